package be.brugwerk.system.web;

import be.brugwerk.system.MultiLine;
import be.brugwerk.system.TextInput;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads every string of a JSON body and refuses what no text field takes ({@link TextInput}), naming the field by its
 * path in the body ({@code members[2].name}). Line breaks pass only into a property marked {@link MultiLine}, and
 * into the elements and values of such a list or map. A name ({@link TextInput#isNameField}) is read without the
 * invisible characters that can disguise it ({@link TextInput#withoutHiddenMarks}).
 */
final class TextDeserializer extends StringDeserializer {

    private final boolean multiLine;

    TextDeserializer() {
        this(false);
    }

    private TextDeserializer(boolean multiLine) {
        this.multiLine = multiLine;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        boolean allowed = property != null && property.getAnnotation(MultiLine.class) != null;
        return allowed == multiLine ? this : new TextDeserializer(allowed);
    }

    @Override
    public boolean isCachable() {
        return false;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = super.deserialize(parser, context);
        String field = field(parser);
        TextInput.check(field, text, multiLine);
        return TextInput.isNameField(field) ? TextInput.withoutHiddenMarks(text) : text;
    }

    /** The JSON pointer of the value being read ({@code /members/2/name}) as the API names fields. */
    static String field(JsonParser parser) {
        StringBuilder field = new StringBuilder();
        for (JsonPointer at = parser.streamReadContext().pathAsPointer(); at != null && !at.matches(); at = at.tail()) {
            if (at.mayMatchElement()) {
                field.append('[').append(at.getMatchingIndex()).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(at.getMatchingProperty());
            }
        }
        return field.toString();
    }
}

package be.brugwerk.coaching.web;

import be.brugwerk.system.Refusal;
import jakarta.validation.ConstraintViolation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refused form of the trajectory page as it travels across the redirect after its post (post/redirect/get): which
 * form, for which step, action or round table, what was typed and why it was refused, as message keys with their
 * arguments, so that the page shown after the redirect says it in whatever language the person switches to.
 *
 * <p>It is kept as one flash attribute of plain JSON text: the session keeps plain values only (ADR 0009), and
 * reading builds this record and nothing else. Arguments are texts or whole numbers, never objects.
 *
 * @param form the form's model name ({@code wishForm}, {@code stepForm}, {@code actionChange}, ...)
 * @param item the step, action or round table the form belongs to, or {@code null}
 * @param values what was typed, field by field
 * @param errors why it was refused
 * @param messageOnTop a message said above the page rather than at a form (the trajectory closed meanwhile), or
 *        {@code null}
 */
record KeptForm(
        String form, String item, Map<String, List<String>> values, List<KeptError> errors, String messageOnTop) {

    /** A refusal of one field ({@code field} set) or of the whole form. */
    record KeptError(String field, String key, List<Object> arguments) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TEMPLATE_KEY = Pattern.compile("^\\{([\\w.-]+)}$");

    /** A form record bound from the post, with the errors of its binding. */
    static KeptForm of(String form, Object item, Record typed, BindingResult errors, String messageOnTop) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (RecordComponent component : typed.getClass().getRecordComponents()) {
            values.put(component.getName(), texts(read(component, typed)));
        }
        List<KeptError> kept =
                errors.getAllErrors().stream().map(KeptForm::error).toList();
        return new KeptForm(form, item == null ? null : item.toString(), values, kept, messageOnTop);
    }

    /** Fields sent without a form record (a change of one action, a round table's agreements), refused as a whole. */
    static KeptForm ofFields(String form, Object item, Map<String, String> typed, String messageOnTop) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        typed.forEach((name, value) -> values.put(name, value == null ? List.of() : List.of(value)));
        return new KeptForm(form, item.toString(), values, List.of(), messageOnTop);
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** The kept form the text holds, or {@code null} when it is not one (nothing is built from anything else). */
    static KeptForm fromJson(String json) {
        try {
            KeptForm kept = JSON.readValue(json, KeptForm.class);
            return kept.form() == null || kept.values() == null || kept.errors() == null ? null : kept;
        } catch (JacksonException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** The first value typed in a field, or {@code null}. */
    String value(String field) {
        List<String> typed = values.get(field);
        return typed == null || typed.isEmpty() ? null : typed.get(0);
    }

    /** The form record typed again, with its errors bound as they were, for {@code th:object} to show. */
    <T extends Record> BindingResult bind(Class<T> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            List<String> typed = values.getOrDefault(components[i].getName(), List.of());
            arguments[i] = types[i] == List.class ? List.copyOf(typed) : value(components[i].getName());
        }
        Record record;
        try {
            record = type.getDeclaredConstructor(types).newInstance(arguments);
        } catch (ReflectiveOperationException cannotBuild) {
            throw new IllegalStateException("a form record without its canonical constructor: " + type, cannotBuild);
        }
        BindingResult bound = new BeanPropertyBindingResult(record, form);
        for (KeptError error : errors) {
            Object[] messageArguments = error.arguments() == null
                    ? new Object[0]
                    : error.arguments().toArray();
            boolean ofField = error.field() != null && values.containsKey(error.field());
            bound.addError(
                    ofField
                            ? new FieldError(
                                    form,
                                    error.field(),
                                    value(error.field()),
                                    false,
                                    bound.resolveMessageCodes(error.key(), error.field()),
                                    messageArguments,
                                    null)
                            : new ObjectError(form, bound.resolveMessageCodes(error.key()), messageArguments, null));
        }
        return bound;
    }

    private static KeptError error(ObjectError error) {
        String field = error instanceof FieldError onField ? onField.getField() : null;
        if (error.contains(Refusal.class)) {
            Refusal refused = error.unwrap(Refusal.class);
            return new KeptError(field, refused.messageKey(), plain(refused.arguments()));
        }
        if (error.contains(ConstraintViolation.class)) { // a Bean Validation message: its template names our key
            Matcher key =
                    TEMPLATE_KEY.matcher(error.unwrap(ConstraintViolation.class).getMessageTemplate());
            if (key.matches()) {
                return new KeptError(field, key.group(1), List.of());
            }
        }
        String[] codes = error.getCodes();
        return new KeptError(
                field, codes == null || codes.length == 0 ? "form.errors.title" : codes[codes.length - 1], List.of());
    }

    /** Message arguments as texts and whole numbers: what a message pattern formats, and all the session keeps. */
    private static List<Object> plain(Object[] arguments) {
        List<Object> plain = new ArrayList<>();
        for (Object argument : arguments) {
            plain.add(argument instanceof Integer || argument instanceof Long ? argument : String.valueOf(argument));
        }
        return plain;
    }

    private static Object read(RecordComponent component, Record typed) {
        try {
            return component.getAccessor().invoke(typed);
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException("a form record whose field cannot be read: " + component, unreadable);
        }
    }

    private static List<String> texts(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(value.toString());
    }
}

package be.brugwerk.people;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** A participant (deelnemer): the person whose network is strengthened. */
public record ParticipantId(UUID value) {

    /** An id as Brugwerk writes it: 8-4-4-4-12 hexadecimal digits, in either case. */
    private static final Pattern WRITTEN =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    public ParticipantId {
        if (value == null) {
            throw new IllegalArgumentException("a participant id is required");
        }
    }

    public static ParticipantId of(String value) {
        return new ParticipantId(UUID.fromString(value));
    }

    /**
     * The participant an id typed or pasted in a form names, the one rule of every form that takes one: what is around
     * it is dropped when it is white space, a non-breaking space or an invisible mark (a zero-width space, a byte order
     * mark: what a copy from a mail or a document brings along), and either case is the same id; what is left must be
     * the id as Brugwerk writes it, all 36 characters. Anything else names nobody, in particular the short forms
     * {@link UUID#fromString} also takes ({@code 1-2-3-4-5}): a digit lost in pasting must not name another id.
     *
     * @return empty for blank text and for text that is no id
     */
    public static Optional<ParticipantId> typed(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String id = inner(text);
        if (!WRITTEN.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ParticipantId(UUID.fromString(id)));
    }

    /**
     * Whether nothing was typed, by the rule of {@link #typed}: the text is null, or holds only what that drops around
     * an id (a field with a lone non-breaking space is empty, not an id mistyped).
     */
    public static boolean blank(String text) {
        return text == null || inner(text).isEmpty();
    }

    /** {@code text} without what {@link #typed} drops around an id. */
    private static String inner(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && around(text.charAt(start))) {
            start++;
        }
        while (end > start && around(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** White space, any space separator (the non-breaking ones too) and invisible format marks. */
    private static boolean around(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

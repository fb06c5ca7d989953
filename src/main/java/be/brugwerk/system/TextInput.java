package be.brugwerk.system;

/**
 * What a text field may hold: text, and nothing a person cannot type. Refused are NUL and the other control
 * characters (C0, DEL and C1), line breaks and tabs outside a {@link MultiLine} field, and a surrogate without its
 * other half (not a character at all). PostgreSQL refuses NUL in text, so without this a NUL answered 500; the
 * others would be stored and shown to someone else. Plain Java: the JSON reader, the form binder and the sign-in page
 * all ask here.
 */
public final class TextInput {

    /** The message key when a field holds a control character or half a character. */
    public static final String CONTROL_CHARACTER = "input.text.controlCharacter";
    /** The message key when a single-line field holds a line break or a tab. */
    public static final String LINE_BREAK = "input.text.lineBreak";

    private TextInput() {}

    /**
     * @param field the field as the request names it; the refusal names it, so the message can say which one
     * @param text what was sent, or null
     * @param multiLine whether line breaks and tabs are allowed
     * @throws Refusal when the text holds what no text field takes
     */
    public static void check(String field, String text, boolean multiLine) {
        String key = problem(text, multiLine);
        if (key != null) {
            throw Refusal.tampered(field, key, field);
        }
    }

    /** The message key of what is wrong with the text, or null when nothing is. */
    public static String problem(String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        boolean lineBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                lineBreak = true;
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return CONTROL_CHARACTER;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return CONTROL_CHARACTER;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return CONTROL_CHARACTER;
            }
        }
        return lineBreak && !multiLine ? LINE_BREAK : null;
    }
}

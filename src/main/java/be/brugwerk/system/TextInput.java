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

    /**
     * Whether a field, as a request names it ({@code members[2].name}, {@code contactName}), holds a name: its last
     * part is {@code name} or ends in {@code Name}. The JSON reader and the request parameters clean such a field with
     * {@link #withoutHiddenMarks}, so that no name field is left out, now or when one is added.
     */
    public static boolean isNameField(String field) {
        if (field == null) {
            return false;
        }
        String last = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d*]$", "");
        return last.equals("name") || last.endsWith("Name");
    }

    /**
     * The name without the characters that show nothing yet change how it reads; null for null. Removed are the
     * bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069), which make "Ann", U+202E,
     * "nhoj" show as "Annjohn" in a list or the audit trail, and the zero-width space, the word joiner and the byte
     * order mark (U+200B, U+2060, U+FEFF), which make two names that look the same differ. Removed, not refused: they
     * carry no meaning in a name, they come with a name copied from elsewhere, and a person cannot act on a message
     * about a character they cannot see (a map holding one such name would never save again). Kept are right-to-left
     * letters, the left-to-right and right-to-left marks (U+200E, U+200F), and the zero-width non-joiner and joiner
     * (U+200C, U+200D), which Persian, Arabic and Indic names need to be written right. The one place names are cleaned:
     * JSON bodies, request parameters, imported map files and the other imports (a CSV of needs, De Sociale Kaart's
     * CSV, OpenStreetMap's answers) all ask here.
     */
    public static String withoutHiddenMarks(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder kept = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean hidden = (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200B'
                    || c == '\u2060'
                    || c == '\uFEFF';
            if (hidden && kept == null) {
                kept = new StringBuilder(name.length()).append(name, 0, i);
            } else if (!hidden && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? name : kept.toString();
    }
}

package be.brugwerk.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a language someone speaks is written wherever Brugwerk takes one: a code or a name in letters, a hyphen allowed
 * after the first ({@code nl}, {@code ar}, {@code pt-BR}, {@code Nederlands}), at most 35 characters; no digits,
 * spaces, colons, commas or other signs. The rule of a participant's languages at intake, and of the languages a
 * neighbourhood actor is reached in. Plain Java.
 */
public final class SpokenLanguages {

    /** Letters, a hyphen allowed after the first: no colon or comma to spoil storage. */
    private static final Pattern LANGUAGE = Pattern.compile("\\p{L}[\\p{L}-]{0,34}");

    /** How languages are told apart in one text: a comma or a semicolon. */
    private static final Pattern SEPARATOR = Pattern.compile("[,;]");

    private SpokenLanguages() {}

    /** Whether {@code language} (stripped) is written as a language: see the class. */
    public static boolean isLanguage(String language) {
        return LANGUAGE.matcher(language).matches();
    }

    /**
     * The languages of a text that lists them separated by commas or semicolons ({@code "Nederlands, Arabisch"}), each
     * stripped, blank ones left out; empty for none.
     *
     * @param field the field as the request names it; the refusal names it
     * @throws Refusal on {@code field} ({@code input.language}, with the one at fault) when one is not written as a
     *     language
     */
    public static List<String> listed(String field, String text) {
        List<String> languages = new ArrayList<>();
        if (text == null) {
            return languages;
        }
        for (String part : SEPARATOR.split(text)) {
            String language = part.strip();
            if (language.isEmpty()) {
                continue;
            }
            if (!isLanguage(language)) {
                throw new Refusal(field, "input.language", language);
            }
            languages.add(language);
        }
        return languages;
    }
}

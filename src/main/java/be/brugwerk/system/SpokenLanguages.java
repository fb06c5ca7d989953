package be.brugwerk.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a language someone speaks is written where Brugwerk takes it as a code or a name: letters with their combining
 * marks ({@code nl}, {@code pt-BR}, {@code Nederlands}, {@code Vlaamse Gebarentaal}, {@code Kreyòl ayisyen}, Hindi and
 * Tamil names, Arabic with its vowel marks), words joined by one space, a hyphen or an apostrophe, and the zero-width
 * non-joiner and joiner Persian and Indic names need; at most {@value #LONGEST} characters; no digits, colons, commas
 * or other signs. Runs of spaces count as one ({@link #written}), so the same language typed twice compares equal.
 * Used for a participant's languages at intake ({@code LanguageRow}) and the languages a neighbourhood actor is reached
 * in. Not the only way Brugwerk holds a language: the languages a participant registers on their own page take free
 * text ({@code Nederlands (A2)}), and roles use ISO codes. Plain Java.
 */
public final class SpokenLanguages {

    /** The most characters a language may take, after its spaces are collapsed. */
    public static final int LONGEST = 60;

    /** Letters with their marks, words joined by one space, hyphen, apostrophe or joiner: nothing to spoil storage. */
    private static final Pattern LANGUAGE = Pattern.compile("\\p{L}\\p{M}*(?:[ '’\\-\\u200C\\u200D]?[\\p{L}\\p{M}])*");

    /** A run of spaces, of any kind. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    /** How languages are told apart in one text: a comma or a semicolon. */
    private static final Pattern SEPARATOR = Pattern.compile("[,;]");

    private SpokenLanguages() {}

    /** The language as it is checked and kept: stripped, every run of spaces one space; null for null. */
    public static String written(String language) {
        return language == null
                ? null
                : SPACES.matcher(language).replaceAll(" ").strip();
    }

    /** Whether {@code language}, {@link #written written} as it is kept, is a language: see the class. */
    public static boolean isLanguage(String language) {
        String written = written(language);
        return written != null
                && written.length() <= LONGEST
                && LANGUAGE.matcher(written).matches();
    }

    /**
     * The languages of a text that lists them separated by commas or semicolons ({@code "Nederlands, Arabisch"}), each
     * {@link #written written} as it is kept, blank ones left out; empty for none.
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
            String language = written(part);
            if (language.isEmpty()) {
                continue;
            }
            if (!isLanguage(language)) {
                throw new Refusal(field, "input.language", language, LONGEST);
            }
            languages.add(language);
        }
        return languages;
    }
}

package be.brugwerk.people;

import java.util.Locale;

/** The languages Brugwerk writes in, and so the languages of its mails: Dutch first. */
public enum Language {

    NL, FR, EN;

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a locale, or Dutch when Brugwerk does not speak it. */
    public static Language of(Locale locale) {
        String tag = locale == null ? "" : locale.getLanguage();
        for (Language language : values()) {
            if (language.tag().equals(tag)) {
                return language;
            }
        }
        return NL;
    }

    /** The language stored with an account, or {@code fallback} where none is known. */
    static Language ofTag(String tag, Language fallback) {
        for (Language language : values()) {
            if (language.tag().equals(tag)) {
                return language;
            }
        }
        return fallback;
    }
}

package be.brugwerk.people;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The languages Brugwerk writes in, and so the languages of its mails: Dutch first. */
public enum Language {
    NL,
    FR,
    EN;

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

    /**
     * The language a registered language names, as people write it on the participant's page (Nederlands, Frans,
     * English), in Dutch, French or English, or as a code; empty for a language Brugwerk does not write in.
     */
    public static Optional<Language> named(String registered) {
        return switch (registered.strip().toLowerCase(Locale.ROOT)) {
            case "nederlands", "vlaams", "dutch", "flemish", "néerlandais", "neerlandais", "nl" -> Optional.of(NL);
            case "frans", "french", "français", "francais", "fr" -> Optional.of(FR);
            case "engels", "english", "anglais", "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /**
     * The language to print for a participant in: {@code chosen} when it is one of ours, else the first of their
     * registered languages Brugwerk writes in, else the reader's, else Dutch.
     */
    public static Language forPrint(String chosen, Collection<String> registered, Locale reader) {
        if (chosen != null) {
            for (Language language : values()) {
                if (language.tag().equals(chosen)) {
                    return language;
                }
            }
        }
        return registered.stream()
                .map(Language::named)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseGet(() -> of(reader));
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

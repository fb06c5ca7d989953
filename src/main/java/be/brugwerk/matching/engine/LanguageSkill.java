package be.brugwerk.matching.engine;

import java.util.Objects;

/**
 * A language someone speaks and how well.
 *
 * @param language a language code or name, compared exactly (use one convention, e.g. ISO 639-1 "nl")
 * @param level the level spoken
 */
public record LanguageSkill(String language, LanguageLevel level) {

    public LanguageSkill {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(level, "level");
        if (language.isBlank()) {
            throw new IllegalArgumentException("A language must be named");
        }
    }
}

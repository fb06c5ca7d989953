package be.brugwerk.matching.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How well someone speaks a language: the CEFR levels, then native. */
public enum LanguageLevel {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
    NATIVE;

    /** This level as a share of native command: A1 = 1/7 up to NATIVE = 1. */
    double share() {
        return (ordinal() + 1) / (double) values().length;
    }

    /**
     * The level a code names: {@code A1} to {@code C2} or {@code NATIVE}, in any case and with spaces around, as forms
     * and stored intakes write them; empty for anything else (a blank, "B3", a translated label). O(1).
     */
    public static Optional<LanguageLevel> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(level -> level.name().equals(wanted))
                .findFirst();
    }
}

package be.brugwerk.matching.engine;

/** How well someone speaks a language: the CEFR levels, then native. */
public enum LanguageLevel {
    A1, A2, B1, B2, C1, C2, NATIVE;

    /** This level as a share of native command: A1 = 1/7 up to NATIVE = 1. */
    double share() {
        return (ordinal() + 1) / (double) values().length;
    }
}

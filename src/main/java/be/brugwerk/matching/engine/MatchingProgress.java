package be.brugwerk.matching.engine;

/**
 * Hears which phase a matching run enters, on the thread that runs it; a web layer can relay it. Must
 * return quickly and not throw.
 */
@FunctionalInterface
public interface MatchingProgress {

    /** A listener that ignores progress. */
    MatchingProgress NONE = phase -> {};

    void entered(MatchingPhase phase);
}

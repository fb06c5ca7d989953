package be.brugwerk.matching.engine;

/** The phases of a matching run, in the order they are entered. */
public enum MatchingPhase {
    /** Building the sparse candidate graph from the hard constraints. */
    CANDIDATES,
    /** Scoring every candidate pair. */
    SCORING,
    /** Solving the whole waiting list as one min-cost flow. */
    SOLVING,
    /** The result is ready. */
    DONE
}

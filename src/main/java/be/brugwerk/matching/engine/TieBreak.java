package be.brugwerk.matching.engine;

/** How a {@link BMatchingSolver} chooses among matchings of equal total score. */
public enum TieBreak {

    /** Whichever optimum the solver reaches first; still deterministic for the same input order. */
    SOLVER_ORDER,

    /**
     * Among optimal matchings, prefer the one whose matched left nodes come earlier in the input: a left
     * node is matched before a later one when both cannot be and the total score is equal.
     */
    EARLIER_LEFT_FIRST
}

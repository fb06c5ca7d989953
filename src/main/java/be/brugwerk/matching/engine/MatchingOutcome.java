package be.brugwerk.matching.engine;

/** What a matching run came to. */
public enum MatchingOutcome {
    /** Pairs are proposed (possibly fewer than people waiting). */
    PAIRS_PROPOSED,
    /** No participant and buddy may be paired under the hard constraints, and no pair was fixed. */
    NO_CANDIDATES
}

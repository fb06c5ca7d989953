package be.brugwerk.matching.programme;

/** The life of a pair: proposed, chosen by both, running, and ended. */
public enum PairStatus {
    /** Proposed by a matching run (or fixed by hand); the coordinator has not decided. */
    PROPOSED,
    /** Accepted by the coordinator; waits for both people to agree. */
    AWAITING_AGREEMENT,
    /** Both agreed: the pair runs. */
    ACTIVE,
    /** Rejected by the coordinator, with a reason: never proposed again. */
    REJECTED,
    /** Ended as planned. */
    COMPLETED,
    /** Ended early, with a reason. */
    STOPPED;

    /** Whether the pair holds its participant and a place of its buddy. */
    public boolean open() {
        return this == AWAITING_AGREEMENT || this == ACTIVE;
    }
}

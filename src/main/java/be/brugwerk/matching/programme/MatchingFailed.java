package be.brugwerk.matching.programme;

/** A matching run failed part-way: it changed nothing, and the run is recorded as failed. */
public class MatchingFailed extends RuntimeException {

    public MatchingFailed(RuntimeException cause) {
        super("The matching run failed and changed nothing", cause);
    }
}

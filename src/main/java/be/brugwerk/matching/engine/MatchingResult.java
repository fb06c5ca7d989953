package be.brugwerk.matching.engine;

import java.util.List;

/**
 * The proposal of a matching run.
 *
 * @param outcome whether any pair could be proposed
 * @param pairs proposed pairs, in waiting-list order (entry date, then id) and then by buddy id
 * @param stillWaiting ids of participants left on the waiting list, in waiting-list order
 * @param candidateCount how many pairs passed the hard constraints (fixed pairs not counted)
 * @param tiesBrokenByWaitingListOrder whether equal-score alternatives were decided by entry date, then id;
 *     false only on lists too large for that tie-break in int64 costs (see {@link WaitingListMatching}),
 *     where the result is still optimal and the same for any input order
 */
public record MatchingResult(
        MatchingOutcome outcome,
        List<ProposedPair> pairs,
        List<String> stillWaiting,
        int candidateCount,
        boolean tiesBrokenByWaitingListOrder) {

    public MatchingResult {
        pairs = List.copyOf(pairs);
        stillWaiting = List.copyOf(stillWaiting);
    }
}

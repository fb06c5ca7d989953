package be.brugwerk.matching.engine;

import java.util.List;

/**
 * A maximum-weight b-matching.
 *
 * @param pairs the edges taken, in the order of their left node in the input, then of their right node
 * @param totalScore the sum of the original scores of {@code pairs}
 * @param exact true when every score was an integer, so {@code totalScore} is the exact optimum; false
 *     when fractional scores were scaled, so it is within 1e-6 relative of the optimum
 * @param tieBreakApplied whether {@link TieBreak#EARLIER_LEFT_FIRST} was honoured (it is dropped when
 *     it would overflow int64 costs, see {@link MinCostFlowBMatching})
 */
public record BMatchingResult(List<ScoredEdge> pairs, double totalScore, boolean exact, boolean tieBreakApplied) {

    public BMatchingResult {
        pairs = List.copyOf(pairs);
    }
}

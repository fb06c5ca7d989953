package be.brugwerk.matching.engine;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maximum-weight b-matching by reduction to minimum-cost flow, solved with OR-Tools' {@link MinCostFlow}
 * (Goldberg's cost-scaling push-relabel, "An efficient implementation of a scaling minimum-cost flow
 * algorithm", J. Algorithms 22, 1997).
 *
 * <p>Network: a source s with supply B = &Sigma; b(l) over left nodes, a sink t with demand B; arcs
 * s&rarr;l (capacity b(l), cost 0), l&rarr;r for every edge of score w &gt; 0 (capacity 1, cost &minus;w'),
 * r&rarr;t (capacity b(r), cost 0) and l&rarr;t (capacity b(l), cost 0), the last one letting capacity go
 * unused so the matching is never forced. An integral min-cost flow takes exactly the edges of a
 * maximum-weight b-matching; edges of score &le; 0 are left out as they can never help.
 *
 * <p>Scaling: w' = round(w &middot; F). Integer scores (|w| &le; 2<sup>53</sup>) use F = 1 and are solved
 * exactly. Otherwise F is the least power of two with F &ge; K / (10<sup>-6</sup> &middot; w<sub>max</sub>),
 * where K = min(&Sigma;b(l), &Sigma;b(r), number of positive edges) bounds the size of any matching. Each
 * rounding errs by at most 1/(2F), so the matching found loses at most K/F &le; 10<sup>-6</sup> w<sub>max</sub>
 * &le; 10<sup>-6</sup> OPT against the true optimum OPT (one edge alone is a matching, so OPT &ge;
 * w<sub>max</sub>). OR-Tools multiplies costs by (number of nodes + 1) internally; costs whose magnitude
 * times max(nodes + 1, K) would exceed 2<sup>61</sup> are refused with an {@link ArithmeticException}.
 *
 * <p>{@link TieBreak#EARLIER_LEFT_FIRST} perturbs costs lexicographically: w'' = w' &middot; (K &middot; L + 1)
 * + (L &minus; position of l), which keeps every optimum of w' optimal and among them maximises
 * &Sigma;(L &minus; position) over matched left nodes. It is dropped (reported in the result) when it would
 * overflow the bound above.
 *
 * <p>Complexity: O(n<sup>2</sup> m log(nC)) in the worst case for n = L + R + 2 nodes, m = L + R + E arcs and
 * largest cost C; near-linear on sparse graphs in practice. Deterministic; the input is not modified.
 */
public final class MinCostFlowBMatching implements BMatchingSolver {

    /** Relative accuracy guaranteed for fractional scores. */
    public static final double RELATIVE_ACCURACY = 1e-6;

    private static final double LARGEST_EXACT_INTEGER = 0x1p53;
    private static final long COST_BOUND = 1L << 61;

    private final TieBreak tieBreak;

    /** A solver that leaves ties to the solver. */
    public MinCostFlowBMatching() {
        this(TieBreak.SOLVER_ORDER);
    }

    public MinCostFlowBMatching(TieBreak tieBreak) {
        this.tieBreak = Objects.requireNonNull(tieBreak, "tieBreak");
    }

    @Override
    public BMatchingResult solve(BMatchingProblem problem) {
        Objects.requireNonNull(problem, "problem");
        Map<String, Integer> leftIndex = indexOf(problem.left());
        Map<String, Integer> rightIndex = indexOf(problem.right());
        List<ScoredEdge> helpful =
                problem.edges().stream().filter(edge -> edge.score() > 0).toList();
        if (helpful.isEmpty()) {
            return new BMatchingResult(List.of(), 0, true, tieBreak == TieBreak.EARLIER_LEFT_FIRST);
        }

        int leftCount = problem.left().size();
        int rightCount = problem.right().size();
        long leftSupply =
                problem.left().stream().mapToLong(MatchingNode::capacity).sum();
        long rightSupply =
                problem.right().stream().mapToLong(MatchingNode::capacity).sum();
        long largestMatching = Math.min(Math.min(leftSupply, rightSupply), helpful.size());
        double largestScore =
                helpful.stream().mapToDouble(ScoredEdge::score).max().orElseThrow();
        boolean integral = helpful.stream().allMatch(edge -> isExactInteger(edge.score()));

        int nodeCount = leftCount + rightCount + 2;
        long costLimit = COST_BOUND / Math.max(nodeCount + 1L, largestMatching);
        double scale = integral ? 1 : scaleFor(largestMatching, largestScore);
        if (largestScore * scale > costLimit) {
            throw new ArithmeticException("Scores up to " + largestScore + " (scaled by " + scale
                    + ") exceed the int64 cost range of a flow network with " + nodeCount
                    + " nodes; largest allowed scaled score is " + costLimit);
        }
        long[] scaled = new long[helpful.size()];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = Math.round(helpful.get(i).score() * scale);
        }

        long multiplier = 1;
        boolean tieBreakApplied = false;
        if (tieBreak == TieBreak.EARLIER_LEFT_FIRST) {
            long candidate = largestMatching * leftCount + 1;
            long largestScaled = Math.round(largestScore * scale);
            if ((costLimit - leftCount) / candidate >= largestScaled) {
                multiplier = candidate;
                tieBreakApplied = true;
            }
        }

        int source = 0;
        int sink = leftCount + rightCount + 1;
        OrTools.ensureLoaded();
        MinCostFlow flow = new MinCostFlow(nodeCount, 2 * leftCount + rightCount + helpful.size());
        try {
            for (int l = 0; l < leftCount; l++) {
                int capacity = problem.left().get(l).capacity();
                flow.addArcWithCapacityAndUnitCost(source, 1 + l, capacity, 0);
                flow.addArcWithCapacityAndUnitCost(1 + l, sink, capacity, 0);
            }
            for (int r = 0; r < rightCount; r++) {
                flow.addArcWithCapacityAndUnitCost(
                        1 + leftCount + r, sink, problem.right().get(r).capacity(), 0);
            }
            int[] edgeArcs = new int[helpful.size()];
            for (int i = 0; i < helpful.size(); i++) {
                int l = leftIndex.get(helpful.get(i).left());
                int r = rightIndex.get(helpful.get(i).right());
                long bonus = tieBreakApplied ? leftCount - l : 0;
                edgeArcs[i] = flow.addArcWithCapacityAndUnitCost(
                        1 + l, 1 + leftCount + r, 1, -(scaled[i] * multiplier + bonus));
            }
            flow.setNodeSupply(source, leftSupply);
            flow.setNodeSupply(sink, -leftSupply);

            MinCostFlowBase.Status status = flow.solve();
            if (status == MinCostFlowBase.Status.BAD_COST_RANGE) {
                throw new ArithmeticException("OR-Tools refused the cost range of this b-matching (" + status + ")");
            }
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("OR-Tools min-cost flow ended with " + status
                        + " on a network that always has a feasible flow");
            }

            List<ScoredEdge> pairs = new ArrayList<>();
            for (int i = 0; i < helpful.size(); i++) {
                if (flow.getFlow(edgeArcs[i]) > 0) {
                    pairs.add(helpful.get(i));
                }
            }
            pairs.sort(Comparator.<ScoredEdge>comparingInt(edge -> leftIndex.get(edge.left()))
                    .thenComparingInt(edge -> rightIndex.get(edge.right())));
            double total = integral
                    ? pairs.stream().mapToLong(edge -> (long) edge.score()).sum()
                    : pairs.stream().mapToDouble(ScoredEdge::score).sum();
            return new BMatchingResult(pairs, total, integral, tieBreakApplied);
        } finally {
            flow.delete();
        }
    }

    /** Least power of two F with F &ge; K / (accuracy &middot; w_max); see the class comment for the bound. */
    static double scaleFor(long largestMatching, double largestScore) {
        double needed = largestMatching / (RELATIVE_ACCURACY * largestScore);
        double below = Math.scalb(1.0, Math.getExponent(needed)); // the greatest power of two not above needed
        return needed > below ? 2 * below : below;
    }

    private static boolean isExactInteger(double score) {
        return score == Math.rint(score) && Math.abs(score) <= LARGEST_EXACT_INTEGER;
    }

    private static Map<String, Integer> indexOf(List<MatchingNode> nodes) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        return index;
    }
}

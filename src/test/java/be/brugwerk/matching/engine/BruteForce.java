package be.brugwerk.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference optima by exhaustive enumeration, for small instances only: independent of OR-Tools so the
 * solvers can be checked against them.
 */
final class BruteForce {

    private BruteForce() {}

    /**
     * The maximum total score of a b-matching: left nodes in turn choose any subset of their edges that
     * fits their own capacity and the right capacities left over; memoised on (left node, remaining right
     * capacities), which keeps 7 x 7 instances with capacities up to 3 well within a second.
     */
    static double maximumBMatchingScore(BMatchingProblem problem) {
        Map<String, Integer> rightIndex = new HashMap<>();
        for (int r = 0; r < problem.right().size(); r++) {
            rightIndex.put(problem.right().get(r).id(), r);
        }
        List<List<ScoredEdge>> edgesByLeft = new ArrayList<>();
        for (MatchingNode left : problem.left()) {
            edgesByLeft.add(problem.edges().stream()
                    .filter(edge -> edge.left().equals(left.id()))
                    .toList());
        }
        int[] remaining =
                problem.right().stream().mapToInt(MatchingNode::capacity).toArray();
        return best(problem, edgesByLeft, rightIndex, 0, remaining, new HashMap<>());
    }

    private static double best(
            BMatchingProblem problem,
            List<List<ScoredEdge>> edgesByLeft,
            Map<String, Integer> rightIndex,
            int left,
            int[] remaining,
            Map<String, Double> memo) {
        if (left == problem.left().size()) {
            return 0;
        }
        String key = left + ":" + Arrays.toString(remaining);
        Double known = memo.get(key);
        if (known != null) {
            return known;
        }
        List<ScoredEdge> edges = edgesByLeft.get(left);
        int capacity = problem.left().get(left).capacity();
        double best = Double.NEGATIVE_INFINITY;
        for (int subset = 0; subset < (1 << edges.size()); subset++) {
            if (Integer.bitCount(subset) > capacity) {
                continue;
            }
            int[] after = remaining.clone();
            double score = 0;
            boolean fits = true;
            for (int e = 0; e < edges.size() && fits; e++) {
                if ((subset & (1 << e)) != 0) {
                    int r = rightIndex.get(edges.get(e).right());
                    fits = --after[r] >= 0;
                    score += edges.get(e).score();
                }
            }
            if (fits) {
                best = Math.max(best, score + best(problem, edgesByLeft, rightIndex, left + 1, after, memo));
            }
        }
        memo.put(key, best);
        return best;
    }

    /** The least total cost over all permutations using only given arcs, or null when none is perfect. */
    static Long minimumAssignmentCost(AssignmentProblem problem) {
        Long[][] cost = new Long[problem.size()][problem.size()];
        for (AssignmentArc arc : problem.arcs()) {
            cost[arc.left()][arc.right()] = arc.cost();
        }
        return cheapest(cost, 0, new boolean[problem.size()]);
    }

    private static Long cheapest(Long[][] cost, int left, boolean[] taken) {
        if (left == cost.length) {
            return 0L;
        }
        Long best = null;
        for (int right = 0; right < cost.length; right++) {
            if (!taken[right] && cost[left][right] != null) {
                taken[right] = true;
                Long rest = cheapest(cost, left + 1, taken);
                taken[right] = false;
                if (rest != null && (best == null || cost[left][right] + rest < best)) {
                    best = cost[left][right] + rest;
                }
            }
        }
        return best;
    }
}

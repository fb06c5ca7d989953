package be.brugwerk.matching.engine;

import com.google.ortools.graph.LinearSumAssignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Minimum-cost perfect assignment with OR-Tools' {@link LinearSumAssignment}, an implementation of the
 * cost-scaling push-relabel algorithm of Goldberg and Kennedy ("An efficient cost scaling algorithm for
 * the assignment problem", Math. Programming 71, 1995).
 *
 * <p>Minimises &Sigma;<sub>i</sub> c(i, &pi;(i)) over bijections &pi; using only the given arcs. By Hall's
 * theorem no perfect assignment exists when some left or right node has no arc; that is checked before
 * the solver runs, and the solver's own INFEASIBLE verdict covers the rest. Costs whose range would
 * overflow the solver's int64 arithmetic raise an {@link ArithmeticException}.
 *
 * <p>Complexity: O(&radic;n &middot; m &middot; log(nC)) for n nodes per side, m arcs and largest cost
 * magnitude C; O(n<sup>2.5</sup> log(nC)) on a dense matrix. Deterministic; the input is not modified.
 */
public final class CostScalingAssignment implements AssignmentSolver {

    @Override
    public AssignmentResult solve(AssignmentProblem problem) {
        Objects.requireNonNull(problem, "problem");
        int size = problem.size();
        if (size == 0) {
            return new AssignmentResult(true, 0, List.of());
        }
        if (!everyNodeHasAnArc(problem)) {
            return AssignmentResult.noPerfectAssignment();
        }
        OrTools.ensureLoaded();
        LinearSumAssignment assignment = new LinearSumAssignment();
        try {
            problem.forEachArc(assignment::addArcWithCost);
            LinearSumAssignment.Status status = assignment.solve();
            switch (status) {
                case OPTIMAL:
                    break;
                case INFEASIBLE:
                    return AssignmentResult.noPerfectAssignment();
                case POSSIBLE_OVERFLOW:
                    throw new ArithmeticException(
                            "The costs of this assignment problem span too large a range for int64 cost scaling");
                default:
                    throw new IllegalStateException("OR-Tools linear sum assignment ended with " + status);
            }
            List<AssignmentArc> pairs = new ArrayList<>(size);
            long total = 0;
            for (int left = 0; left < size; left++) {
                AssignmentArc pair =
                        new AssignmentArc(left, assignment.getRightMate(left), assignment.getAssignmentCost(left));
                pairs.add(pair);
                total = Math.addExact(total, pair.cost());
            }
            return new AssignmentResult(true, total, pairs);
        } finally {
            assignment.delete();
        }
    }

    private static boolean everyNodeHasAnArc(AssignmentProblem problem) {
        if (problem.isDense()) {
            return true;
        }
        boolean[] leftCovered = new boolean[problem.size()];
        boolean[] rightCovered = new boolean[problem.size()];
        problem.forEachArc((left, right, cost) -> {
            leftCovered[left] = true;
            rightCovered[right] = true;
        });
        for (int i = 0; i < problem.size(); i++) {
            if (!leftCovered[i] || !rightCovered[i]) {
                return false;
            }
        }
        return true;
    }
}

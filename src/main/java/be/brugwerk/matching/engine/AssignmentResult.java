package be.brugwerk.matching.engine;

import java.util.List;

/**
 * The outcome of an {@link AssignmentSolver}: a minimum-cost perfect assignment, or the statement that
 * none exists.
 *
 * @param perfectAssignmentExists false when some left node cannot be given its own right node
 * @param totalCost the sum of the costs of {@code pairs}; 0 when no perfect assignment exists
 * @param pairs one arc per left node, ordered by left index; empty when no perfect assignment exists
 */
public record AssignmentResult(boolean perfectAssignmentExists, long totalCost, List<AssignmentArc> pairs) {

    public AssignmentResult {
        pairs = List.copyOf(pairs);
    }

    static AssignmentResult noPerfectAssignment() {
        return new AssignmentResult(false, 0, List.of());
    }
}

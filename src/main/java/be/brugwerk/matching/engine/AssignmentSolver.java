package be.brugwerk.matching.engine;

/**
 * Minimum-cost perfect assignment (linear sum assignment): a bijection &pi; from left to right nodes using
 * only the given arcs that minimises &Sigma; cost(i, &pi;(i)), or the statement that none exists.
 */
public interface AssignmentSolver {

    /** Solves the problem; never returns null. */
    AssignmentResult solve(AssignmentProblem problem);
}

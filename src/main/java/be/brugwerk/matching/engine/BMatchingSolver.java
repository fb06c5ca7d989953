package be.brugwerk.matching.engine;

/**
 * Maximum-weight b-matching on a bipartite graph: choose a set M of edges such that every node v lies on
 * at most b(v) edges of M, maximising the sum of the scores of M. The matching need not be perfect nor
 * maximum in size; edges with score at most 0 are never taken.
 */
public interface BMatchingSolver {

    /** Solves the problem; never returns null, returns an empty matching when no edge helps. */
    BMatchingResult solve(BMatchingProblem problem);
}

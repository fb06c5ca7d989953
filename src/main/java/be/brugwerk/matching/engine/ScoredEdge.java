package be.brugwerk.matching.engine;

import java.util.Objects;

/**
 * An edge between a left and a right node with the score it adds to a matching that takes it.
 *
 * @param left id of a left node
 * @param right id of a right node
 * @param score finite; an edge with score at most 0 never improves a matching and is never taken
 */
public record ScoredEdge(String left, String right, double score) {

    public ScoredEdge {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException(
                    "Edge " + left + "-" + right + " has a score that is not finite: " + score);
        }
    }
}

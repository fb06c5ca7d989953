package be.brugwerk.matching.engine;

import java.util.Objects;

/**
 * A node on one side of a bipartite graph: its id and its capacity b, the number of edges it may take
 * in a b-matching (1 for an ordinary matching).
 *
 * @param id non-blank, unique on its side
 * @param capacity at least 1
 */
public record MatchingNode(String id, int capacity) {

    public MatchingNode {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A node id must not be blank");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("Node " + id + " has capacity " + capacity + "; it must be at least 1");
        }
    }

    /** A node of capacity 1. */
    public static MatchingNode of(String id) {
        return new MatchingNode(id, 1);
    }
}

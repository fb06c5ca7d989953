package be.brugwerk.matching.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A sparse weighted bipartite graph with node capacities: the input of a {@link BMatchingSolver}. The
 * order of the lists is kept; it decides nothing but the order of the result and, with
 * {@link TieBreak#EARLIER_LEFT_FIRST}, which of two equally good left nodes wins.
 *
 * @param left the left nodes, ids unique among them
 * @param right the right nodes, ids unique among them (a right id may equal a left id)
 * @param edges at most one edge per (left, right), both ends declared
 */
public record BMatchingProblem(List<MatchingNode> left, List<MatchingNode> right, List<ScoredEdge> edges) {

    public BMatchingProblem {
        left = List.copyOf(left);
        right = List.copyOf(right);
        edges = List.copyOf(edges);
        Set<String> leftIds = uniqueIds(left, "left");
        Set<String> rightIds = uniqueIds(right, "right");
        Set<List<String>> ends = new HashSet<>();
        for (ScoredEdge edge : edges) {
            if (!leftIds.contains(edge.left())) {
                throw new IllegalArgumentException(
                        "Edge " + edge.left() + "-" + edge.right() + " names an unknown left node " + edge.left());
            }
            if (!rightIds.contains(edge.right())) {
                throw new IllegalArgumentException(
                        "Edge " + edge.left() + "-" + edge.right() + " names an unknown right node " + edge.right());
            }
            if (!ends.add(List.of(edge.left(), edge.right()))) {
                throw new IllegalArgumentException("Edge " + edge.left() + "-" + edge.right() + " appears twice");
            }
        }
    }

    private static Set<String> uniqueIds(List<MatchingNode> nodes, String side) {
        Set<String> ids = new HashSet<>();
        for (MatchingNode node : nodes) {
            Objects.requireNonNull(node, side + " node");
            if (!ids.add(node.id())) {
                throw new IllegalArgumentException("The " + side + " node " + node.id() + " appears twice");
            }
        }
        return ids;
    }
}

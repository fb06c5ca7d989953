package be.brugwerk.matching.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A square assignment problem: n left and n right nodes (0-based) and the arcs allowed between them, each
 * with a cost; dense when every pair is an arc. The OR-Library assignment instances (Beasley, assignp800
 * to assignp5000) are dense.
 *
 * @param size n &ge; 0
 * @param arcs at most one arc per (left, right), indices below n
 */
public record AssignmentProblem(int size, List<AssignmentArc> arcs) {

    public AssignmentProblem {
        if (size < 0) {
            throw new IllegalArgumentException("An assignment problem cannot have negative size " + size);
        }
        arcs = List.copyOf(arcs);
        Set<Long> seen = new HashSet<>();
        for (AssignmentArc arc : arcs) {
            if (arc.left() >= size || arc.right() >= size) {
                throw new IllegalArgumentException("Arc " + arc.left() + "-" + arc.right() + " lies outside an assignment problem of size " + size);
            }
            if (!seen.add((long) arc.left() * size + arc.right())) {
                throw new IllegalArgumentException("Arc " + arc.left() + "-" + arc.right() + " appears twice");
            }
        }
    }

    /** The dense problem with costs[i][j] the cost of assigning left i to right j; the matrix must be square. */
    public static AssignmentProblem dense(long[][] costs) {
        int size = costs.length;
        List<AssignmentArc> arcs = new ArrayList<>(size * size);
        for (int i = 0; i < size; i++) {
            if (costs[i].length != size) {
                throw new IllegalArgumentException("Row " + i + " has " + costs[i].length + " costs; a square matrix of size " + size + " needs " + size);
            }
            for (int j = 0; j < size; j++) {
                arcs.add(new AssignmentArc(i, j, costs[i][j]));
            }
        }
        return new AssignmentProblem(size, arcs);
    }
}

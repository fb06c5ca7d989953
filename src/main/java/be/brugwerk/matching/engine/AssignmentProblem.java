package be.brugwerk.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A square assignment problem: n left and n right nodes (0-based) and the arcs allowed between them, each
 * with an int64 cost; dense when every pair is an arc. The OR-Library assignment instances (Beasley,
 * assignp800 to assignp5000) are dense.
 *
 * <p>Immutable. Not a record, unlike the other inputs: a dense problem keeps its n<sup>2</sup> costs in one
 * row-major {@code long[]} (200 MB at n = 5000) rather than as n<sup>2</sup> arc objects (four times that).
 */
public final class AssignmentProblem {

    /** Receives the arcs of a problem one by one, without allocating them. */
    @FunctionalInterface
    public interface ArcConsumer {
        void accept(int left, int right, long cost);
    }

    private final int size;
    private final long[] denseCosts;
    private final List<AssignmentArc> sparseArcs;

    private AssignmentProblem(int size, long[] denseCosts, List<AssignmentArc> sparseArcs) {
        this.size = size;
        this.denseCosts = denseCosts;
        this.sparseArcs = sparseArcs;
    }

    /** The dense problem with costs[i][j] the cost of assigning left i to right j; the matrix must be square. */
    public static AssignmentProblem dense(long[][] costs) {
        int size = costs.length;
        long[] rowMajor = new long[Math.multiplyExact(size, size)];
        for (int i = 0; i < size; i++) {
            if (costs[i].length != size) {
                throw new IllegalArgumentException("Row " + i + " has " + costs[i].length
                        + " costs; a square matrix of size " + size + " needs " + size);
            }
            System.arraycopy(costs[i], 0, rowMajor, i * size, size);
        }
        return new AssignmentProblem(size, rowMajor, null);
    }

    /** The dense problem whose cost of left i to right j is {@code rowMajorCosts[i * size + j]}; the array is copied. */
    public static AssignmentProblem dense(int size, long[] rowMajorCosts) {
        checkSize(size);
        if (rowMajorCosts.length != (long) size * size) {
            throw new IllegalArgumentException("A dense problem of size " + size + " needs " + (long) size * size
                    + " costs, not " + rowMajorCosts.length);
        }
        return new AssignmentProblem(size, rowMajorCosts.clone(), null);
    }

    /** The problem with only the given arcs: at most one per (left, right), indices below {@code size}. */
    public static AssignmentProblem sparse(int size, List<AssignmentArc> arcs) {
        checkSize(size);
        List<AssignmentArc> copy = List.copyOf(arcs);
        Set<Long> seen = new HashSet<>();
        for (AssignmentArc arc : copy) {
            if (arc.left() >= size || arc.right() >= size) {
                throw new IllegalArgumentException("Arc " + arc.left() + "-" + arc.right()
                        + " lies outside an assignment problem of size " + size);
            }
            if (!seen.add((long) arc.left() * size + arc.right())) {
                throw new IllegalArgumentException("Arc " + arc.left() + "-" + arc.right() + " appears twice");
            }
        }
        return new AssignmentProblem(size, null, copy);
    }

    private static void checkSize(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("An assignment problem cannot have negative size " + size);
        }
    }

    /** n, the number of nodes on each side. */
    public int size() {
        return size;
    }

    public boolean isDense() {
        return denseCosts != null;
    }

    public long arcCount() {
        return isDense() ? denseCosts.length : sparseArcs.size();
    }

    /** Hands every arc to {@code consumer}, row by row for a dense problem, in the given order for a sparse one. */
    public void forEachArc(ArcConsumer consumer) {
        if (isDense()) {
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    consumer.accept(i, j, denseCosts[i * size + j]);
                }
            }
        } else {
            sparseArcs.forEach(arc -> consumer.accept(arc.left(), arc.right(), arc.cost()));
        }
    }

    /** All arcs as objects; for small problems. */
    public List<AssignmentArc> arcs() {
        if (!isDense()) {
            return sparseArcs;
        }
        List<AssignmentArc> arcs = new ArrayList<>(denseCosts.length);
        forEachArc((left, right, cost) -> arcs.add(new AssignmentArc(left, right, cost)));
        return List.copyOf(arcs);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AssignmentProblem that
                && size == that.size
                && Arrays.equals(denseCosts, that.denseCosts)
                && Objects.equals(sparseArcs, that.sparseArcs);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * size + Arrays.hashCode(denseCosts)) + Objects.hashCode(sparseArcs);
    }

    @Override
    public String toString() {
        return "AssignmentProblem[size=" + size + ", " + (isDense() ? "dense" : arcCount() + " arcs") + "]";
    }
}

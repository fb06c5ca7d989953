package be.brugwerk.matching.engine;

/**
 * A permitted assignment of left node {@code left} to right node {@code right}, both 0-based, at a cost.
 *
 * @param left 0-based left index
 * @param right 0-based right index
 * @param cost any int64 cost, negative allowed
 */
public record AssignmentArc(int left, int right, long cost) {

    public AssignmentArc {
        if (left < 0 || right < 0) {
            throw new IllegalArgumentException("Arc " + left + "-" + right + " has a negative index");
        }
    }
}

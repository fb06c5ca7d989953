package be.brugwerk.coaching.scoring;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One figure of a measurement (a total or a subscale): either its points or the reason it could not be
 * computed, never both. A missing figure is never reported as zero.
 *
 * @param points the figure, empty when it is missing
 * @param missingReason why the figure is missing, empty when it is present
 */
public record Score(OptionalInt points, Optional<MissingReason> missingReason) {

    public Score {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(missingReason, "missingReason");
        if (points.isPresent() == missingReason.isPresent()) {
            throw new IllegalArgumentException(
                    "A score has either points or a reason why it is missing: " + points + ", " + missingReason);
        }
    }

    public static Score of(int points) {
        if (points < 0) {
            throw new IllegalArgumentException("A score is never negative: " + points);
        }
        return new Score(OptionalInt.of(points), Optional.empty());
    }

    public static Score missing(MissingReason reason) {
        return new Score(OptionalInt.empty(), Optional.of(reason));
    }

    /** Checks that a present score lies within 0 and {@code maximum}; {@code figure} names it in the message. */
    Score requireAtMost(int maximum, String figure) {
        if (points.isPresent() && points.getAsInt() > maximum) {
            throw new IllegalArgumentException(figure + " lies between 0 and " + maximum + ": " + points.getAsInt());
        }
        return this;
    }

    public boolean isMissing() {
        return points.isEmpty();
    }
}

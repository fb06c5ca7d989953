package be.brugwerk.coaching;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The organisation view's rule for small numbers: a figure computed over fewer than {@link #MINIMUM} participants is
 * suppressed (shown as "fewer than 5"), so that nobody can be recognised in it. Plain Java.
 */
public final class SmallNumbers {

    public static final int MINIMUM = 5;

    private SmallNumbers() {
    }

    /** A count of participants (or of things belonging to that many participants). */
    public record Count(int value, int participants) {

        public boolean suppressed() {
            return participants < MINIMUM;
        }

        /** The count, or empty when suppressed. */
        public OptionalDouble shown() {
            return suppressed() ? OptionalDouble.empty() : OptionalDouble.of(value);
        }
    }

    /** The mean of one value per participant, or empty (suppressed) over fewer than {@link #MINIMUM}. */
    public record Average(OptionalDouble value, int participants) {

        public boolean suppressed() {
            return value.isEmpty();
        }
    }

    public static Count count(int value, int participants) {
        return new Count(value, participants);
    }

    public static Average average(List<Double> perParticipant) {
        if (perParticipant.size() < MINIMUM) {
            return new Average(OptionalDouble.empty(), perParticipant.size());
        }
        return new Average(perParticipant.stream().mapToDouble(Double::doubleValue).average(), perParticipant.size());
    }
}

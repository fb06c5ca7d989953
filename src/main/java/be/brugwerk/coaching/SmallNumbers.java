package be.brugwerk.coaching;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The organisation view's rule for small numbers: a figure computed over fewer than {@link #MINIMUM} participants is
 * suppressed (shown as "fewer than 5"), so that nobody can be recognised in it. Plain Java.
 */
public final class SmallNumbers {

    public static final int MINIMUM = 5;

    private SmallNumbers() {}

    /**
     * A count of participants (or of things belonging to that many participants); {@code withheld} when it is
     * hidden only so that a suppressed neighbour cannot be worked out from the total.
     */
    public record Count(int value, int participants, boolean withheld) {

        public boolean suppressed() {
            return participants < MINIMUM || withheld;
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
        return new Count(value, participants, false);
    }

    /**
     * Secondary suppression for the cells of one row whose total is shown: when exactly one cell is suppressed, its
     * value would follow from the total minus the others, so the smallest cell still shown is withheld too.
     */
    public static List<Count> suppressedTogether(List<Count> row) {
        if (row.stream().filter(Count::suppressed).count() != 1) {
            return row;
        }
        Count smallest = row.stream()
                .filter(c -> !c.suppressed())
                .min(java.util.Comparator.comparingInt(Count::value))
                .orElse(null);
        if (smallest == null) {
            return row;
        }
        List<Count> together = new java.util.ArrayList<>(row);
        together.set(row.indexOf(smallest), new Count(smallest.value(), smallest.participants(), true));
        return together;
    }

    public static Average average(List<Double> perParticipant) {
        if (perParticipant.size() < MINIMUM) {
            return new Average(OptionalDouble.empty(), perParticipant.size());
        }
        return new Average(
                perParticipant.stream().mapToDouble(Double::doubleValue).average(), perParticipant.size());
    }
}

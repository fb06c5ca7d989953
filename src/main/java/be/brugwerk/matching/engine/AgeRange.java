package be.brugwerk.matching.engine;

/**
 * An inclusive range of ages in years.
 *
 * @param min at least 0
 * @param max at least {@code min}
 */
public record AgeRange(int min, int max) {

    public AgeRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("An age range needs 0 <= min <= max, not " + min + ".." + max);
        }
    }

    public boolean contains(int age) {
        return age >= min && age <= max;
    }
}

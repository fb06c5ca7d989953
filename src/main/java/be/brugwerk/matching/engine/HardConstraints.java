package be.brugwerk.matching.engine;

/**
 * Limits a person sets on the other person of a pair: a pair that breaks one is never proposed.
 *
 * @param ages the other's age must lie in this range, or null for no limit
 * @param maxDistanceKm the largest known distance accepted, or null for the programme's limit only
 */
public record HardConstraints(AgeRange ages, Double maxDistanceKm) {

    public HardConstraints {
        if (maxDistanceKm != null && !(maxDistanceKm >= 0)) {
            throw new IllegalArgumentException("A maximum distance must be at least 0 km, not " + maxDistanceKm);
        }
    }

    public static HardConstraints none() {
        return new HardConstraints(null, null);
    }
}

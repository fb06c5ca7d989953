package be.brugwerk.roles.engine;

/**
 * The rules of a run.
 *
 * @param weights the points each criterion is worth
 * @param maxDistanceKm a known distance beyond this rules a pair out, and it is where the distance part reaches 0;
 *     positive
 */
public record RoleMatchingRules(RoleWeights weights, double maxDistanceKm) {

    /** The default weights and 5 km, about an hour's walk or a short bus ride. */
    public static final RoleMatchingRules DEFAULT = new RoleMatchingRules(RoleWeights.DEFAULT, 5);

    public RoleMatchingRules {
        java.util.Objects.requireNonNull(weights, "weights");
        if (!(maxDistanceKm > 0) || Double.isInfinite(maxDistanceKm)) {
            throw new IllegalArgumentException("A maximum distance is a positive number of km, not " + maxDistanceKm);
        }
    }
}

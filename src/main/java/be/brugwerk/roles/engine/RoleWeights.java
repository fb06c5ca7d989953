package be.brugwerk.roles.engine;

/**
 * How many points each criterion is worth at most: a part's points are its weight times a measure in [0, 1].
 *
 * @param talents weight of {@link RoleCriterion#TALENTS}
 * @param learning weight of {@link RoleCriterion#LEARNING}
 * @param language weight of {@link RoleCriterion#LANGUAGE}
 * @param accessibility weight of {@link RoleCriterion#ACCESSIBILITY}
 * @param distance weight of {@link RoleCriterion#DISTANCE}
 * @param times weight of {@link RoleCriterion#TIMES}
 */
public record RoleWeights(
        double talents, double learning, double language, double accessibility, double distance, double times) {

    /** Talents first (10), then distance (4), language and times (3 each), learning and accessibility (2 each). */
    public static final RoleWeights DEFAULT = new RoleWeights(10, 2, 3, 2, 4, 3);

    public RoleWeights {
        for (double weight : new double[] {talents, learning, language, accessibility, distance, times}) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("A weight is finite and at least 0, not " + weight);
            }
        }
    }

    double of(RoleCriterion criterion) {
        return switch (criterion) {
            case TALENTS -> talents;
            case LEARNING -> learning;
            case LANGUAGE -> language;
            case ACCESSIBILITY -> accessibility;
            case DISTANCE -> distance;
            case TIMES -> times;
        };
    }
}

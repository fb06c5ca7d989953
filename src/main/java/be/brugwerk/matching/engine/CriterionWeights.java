package be.brugwerk.matching.engine;

/**
 * The points a programme gives for a perfect score on each fit criterion; a pair earns weight times its
 * measure in [0, 1] per criterion.
 */
public record CriterionWeights(
        double language, double interests, double proximity, double availability, double preferences) {

    public CriterionWeights {
        for (double weight : new double[] {language, interests, proximity, availability, preferences}) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("Criterion weights must be finite and at least 0: " + weight);
            }
        }
    }

    public double of(Criterion criterion) {
        return switch (criterion) {
            case LANGUAGE -> language;
            case INTERESTS -> interests;
            case PROXIMITY -> proximity;
            case AVAILABILITY -> availability;
            case PREFERENCES -> preferences;
            case WAITING -> throw new IllegalArgumentException("Waiting is weighed by the programme's WaitingTradeOff");
        };
    }
}

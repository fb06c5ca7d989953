package be.brugwerk.matching.engine;

import java.util.Objects;

/**
 * How a buddy programme matches.
 *
 * @param weights points per fit criterion
 * @param waiting how much waiting time weighs against fit
 * @param mustShareLanguage whether a pair must share at least one language
 * @param maxDistanceKm the largest known distance in a pair; also the distance at which proximity scores 0
 * @param genderWishes how gender wishes count
 */
public record ProgrammeRules(
        CriterionWeights weights,
        WaitingTradeOff waiting,
        boolean mustShareLanguage,
        double maxDistanceKm,
        GenderWishes genderWishes) {

    public ProgrammeRules {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(waiting, "waiting");
        Objects.requireNonNull(genderWishes, "genderWishes");
        if (!(maxDistanceKm > 0) || Double.isInfinite(maxDistanceKm)) {
            throw new IllegalArgumentException(
                    "A programme's maximum distance must be a positive number of km, not " + maxDistanceKm);
        }
    }
}

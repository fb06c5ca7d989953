package be.brugwerk.matching.engine;

import java.util.Set;

/**
 * What someone would like in the other person of a pair (wensen). Soft: met wishes add points; the
 * programme's {@link GenderWishes} may turn the gender wish into a requirement.
 *
 * @param genders genders wished for; empty for no wish
 * @param ages ages wished for, or null for no wish
 */
public record Preferences(Set<Gender> genders, AgeRange ages) {

    public Preferences {
        genders = Set.copyOf(genders);
    }

    public static Preferences none() {
        return new Preferences(Set.of(), null);
    }
}

package be.brugwerk.matching.engine;

import java.util.OptionalDouble;

/**
 * The hard constraints of a programme: whether a participant and a buddy may be paired at all. An unknown
 * distance passes the distance limits (the coordinator judges it); a known one must not exceed the
 * programme's limit nor either person's own.
 */
final class CandidateFilter {

    private final ProgrammeRules rules;

    CandidateFilter(ProgrammeRules rules) {
        this.rules = rules;
    }

    boolean allows(Participant participant, Buddy buddy) {
        Profile p = participant.profile();
        Profile b = buddy.profile();
        return (!rules.mustShareLanguage() || sharesALanguage(p, b))
                && withinDistance(p, b)
                && acceptsAge(p, b)
                && acceptsAge(b, p)
                && (rules.genderWishes() != GenderWishes.AS_REQUIREMENT || acceptsGender(p, b) && acceptsGender(b, p));
    }

    private static boolean sharesALanguage(Profile p, Profile b) {
        return p.languages().stream()
                .anyMatch(skill -> b.languages().stream()
                        .anyMatch(other -> other.language().equals(skill.language())));
    }

    private boolean withinDistance(Profile p, Profile b) {
        OptionalDouble distance = p.place().distanceKmTo(b.place());
        if (distance.isEmpty()) {
            return true;
        }
        double km = distance.getAsDouble();
        return km <= rules.maxDistanceKm() && withinOwnLimit(p, km) && withinOwnLimit(b, km);
    }

    private static boolean withinOwnLimit(Profile profile, double km) {
        return profile.constraints().maxDistanceKm() == null
                || km <= profile.constraints().maxDistanceKm();
    }

    /** Whether {@code chooser}'s age limit accepts {@code other}. */
    private static boolean acceptsAge(Profile chooser, Profile other) {
        return chooser.constraints().ages() == null
                || chooser.constraints().ages().contains(other.age());
    }

    /** Whether {@code chooser}'s gender wish, if any, accepts {@code other}. */
    static boolean acceptsGender(Profile chooser, Profile other) {
        return chooser.preferences().genders().isEmpty()
                || chooser.preferences().genders().contains(other.gender());
    }
}

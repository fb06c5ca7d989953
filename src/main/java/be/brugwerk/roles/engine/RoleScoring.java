package be.brugwerk.roles.engine;

import be.brugwerk.system.GeoPoint;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Whether a participant may be proposed for a role at all, and the score of the pair as a sum of explained parts.
 *
 * <p>Hard rules: when the role asks talents, the participant would like to share at least one of them; a known
 * distance is at most the run's maximum; no access need of the participant is known to be unmet by the role's place
 * (an unknown answer passes: the coordinator asks); when both the role's days and the participant's are known, they
 * share at least one (unknown days on either side pass).
 *
 * <p>Each part is weight &times; measure, the measure in [0, 1]:
 * <ul>
 * <li>TALENTS: |asked &cap; shared| / |asked|; 0 when the role asks none;</li>
 * <li>LEARNING: |taught &cap; wanted| / |taught|; 0 when the role teaches none;</li>
 * <li>LANGUAGE: 1 when the participant speaks a language of the role or the role names none, else 0;</li>
 * <li>ACCESSIBILITY: needs known to be met / needs stated; 1 when none are stated;</li>
 * <li>DISTANCE: 1 &minus; d / maximum, clamped to [0, 1], d the haversine distance in km from the participant's
 * nearest own place to the role's place; 0 when the participant has no place;</li>
 * <li>TIMES: |role's days &cap; participant's days| / |role's days|; 1 when the role states no days (any day
 * will do); 0 when the participant's days are unknown (never ruled out, but a participant known to be free then comes
 * first, as with an unknown distance).</li>
 * </ul>
 * Every part is rounded half up to thousandths of a point and the score is the sum of the rounded parts, so the
 * explanation adds up exactly and the solver works on integers. O(talents + languages + places + days) per pair.
 *
 * <p>A run weighs every participant against every role ({@link #allows}, {@link #milliPoints}) but explains only the
 * pairs it proposes ({@link #explain}), so the weighing counts and measures without building a reason's sets, texts
 * or decimals; both take a part's points from the same {@link #milliPoints(RoleCriterion, Candidate, OpenRole)}, so a
 * proposal's explanation adds up to the score the solver weighed.
 */
final class RoleScoring {

    static final int SCALE = 3;

    /** Every fact a part can state, per criterion: each is a message {@code roles.reason.<CRITERION>.<fact>}. */
    static final Map<RoleCriterion, List<String>> FACTS = Map.of(
            RoleCriterion.TALENTS, List.of("shared", "noneAsked"),
            RoleCriterion.LEARNING, List.of("shared", "none", "noneTaught"),
            RoleCriterion.LANGUAGE, List.of("shared", "none", "noneAsked"),
            RoleCriterion.ACCESSIBILITY, List.of("met", "noneNeeded"),
            RoleCriterion.DISTANCE, List.of("km", "unknown"),
            RoleCriterion.TIMES, List.of("shared", "noneAsked", "unknown"));

    private final RoleMatchingRules rules;

    RoleScoring(RoleMatchingRules rules) {
        this.rules = rules;
    }

    boolean allows(Candidate candidate, OpenRole role) {
        if (!role.asks().isEmpty() && common(role.asks(), candidate.shares()) == 0) {
            return false;
        }
        OptionalDouble km = nearest(candidate, role);
        if (km.isPresent() && km.getAsDouble() > rules.maxDistanceKm()) {
            return false;
        }
        if (!role.days().isEmpty() && !candidate.days().isEmpty() && common(role.days(), candidate.days()) == 0) {
            return false;
        }
        for (Access need : candidate.needs()) {
            if (Boolean.FALSE.equals(role.offers(need))) {
                return false;
            }
        }
        return true;
    }

    /** The pair's score in thousandths of a point: the sum of its rounded parts. */
    long milliPoints(Candidate candidate, OpenRole role) {
        long sum = 0;
        for (RoleCriterion criterion : RoleCriterion.values()) {
            sum += milliPoints(criterion, candidate, role);
        }
        return sum;
    }

    /** One part's points in thousandths of a point: its weight &times; its measure, rounded half up. */
    long milliPoints(RoleCriterion criterion, Candidate candidate, OpenRole role) {
        return Math.round(rules.weights().of(criterion) * measure(criterion, candidate, role) * 1000);
    }

    /** The part's measure in [0, 1], as the class's Javadoc states it. */
    private double measure(RoleCriterion criterion, Candidate candidate, OpenRole role) {
        return switch (criterion) {
            case TALENTS ->
                role.asks().isEmpty()
                        ? 0
                        : common(role.asks(), candidate.shares())
                                / (double) role.asks().size();
            case LEARNING ->
                role.teaches().isEmpty()
                        ? 0
                        : common(role.teaches(), candidate.wantsToLearn())
                                / (double) role.teaches().size();
            case LANGUAGE -> role.languages().isEmpty() || common(role.languages(), candidate.languages()) > 0 ? 1 : 0;
            case ACCESSIBILITY ->
                candidate.needs().isEmpty()
                        ? 1
                        : met(candidate, role) / (double) candidate.needs().size();
            case DISTANCE -> {
                OptionalDouble km = nearest(candidate, role);
                yield km.isEmpty() ? 0 : Math.max(0, Math.min(1, 1 - km.getAsDouble() / rules.maxDistanceKm()));
            }
            case TIMES ->
                role.days().isEmpty()
                        ? 1
                        : candidate.days().isEmpty()
                                ? 0
                                : common(role.days(), candidate.days())
                                        / (double) role.days().size();
        };
    }

    RoleProposal explain(Candidate candidate, OpenRole role) {
        List<ReasonPart> parts = parts(candidate, role);
        BigDecimal score =
                parts.stream().map(ReasonPart::points).reduce(BigDecimal.ZERO.setScale(SCALE), BigDecimal::add);
        OptionalDouble km = nearest(candidate, role);
        return new RoleProposal(role.id(), candidate.id(), score, parts, km.isPresent() ? km.getAsDouble() : null);
    }

    private List<ReasonPart> parts(Candidate candidate, OpenRole role) {
        List<ReasonPart> parts = new ArrayList<>(RoleCriterion.values().length);
        parts.add(talents(candidate, role));
        parts.add(learning(candidate, role));
        parts.add(language(candidate, role));
        parts.add(accessibility(candidate, role));
        parts.add(distance(candidate, role));
        parts.add(times(candidate, role));
        return parts;
    }

    private ReasonPart talents(Candidate candidate, OpenRole role) {
        if (role.asks().isEmpty()) {
            return part(RoleCriterion.TALENTS, candidate, role, "noneAsked");
        }
        Set<String> shared = intersection(role.asks(), candidate.shares());
        return part(
                RoleCriterion.TALENTS,
                candidate,
                role,
                "shared",
                String.valueOf(shared.size()),
                String.valueOf(role.asks().size()),
                String.join(",", shared));
    }

    private ReasonPart learning(Candidate candidate, OpenRole role) {
        if (role.teaches().isEmpty()) {
            return part(RoleCriterion.LEARNING, candidate, role, "noneTaught");
        }
        Set<String> wanted = intersection(role.teaches(), candidate.wantsToLearn());
        if (wanted.isEmpty()) {
            return part(
                    RoleCriterion.LEARNING,
                    candidate,
                    role,
                    "none",
                    String.valueOf(role.teaches().size()),
                    codes(role.teaches()));
        }
        return part(
                RoleCriterion.LEARNING,
                candidate,
                role,
                "shared",
                String.valueOf(wanted.size()),
                String.valueOf(role.teaches().size()),
                String.join(",", wanted));
    }

    private ReasonPart language(Candidate candidate, OpenRole role) {
        if (role.languages().isEmpty()) {
            return part(RoleCriterion.LANGUAGE, candidate, role, "noneAsked");
        }
        Set<String> spoken = intersection(role.languages(), candidate.languages());
        return spoken.isEmpty()
                ? part(RoleCriterion.LANGUAGE, candidate, role, "none", codes(role.languages()))
                : part(RoleCriterion.LANGUAGE, candidate, role, "shared", String.join(",", spoken));
    }

    private ReasonPart accessibility(Candidate candidate, OpenRole role) {
        if (candidate.needs().isEmpty()) {
            return part(RoleCriterion.ACCESSIBILITY, candidate, role, "noneNeeded");
        }
        return part(
                RoleCriterion.ACCESSIBILITY,
                candidate,
                role,
                "met",
                String.valueOf(met(candidate, role)),
                String.valueOf(candidate.needs().size()));
    }

    private ReasonPart distance(Candidate candidate, OpenRole role) {
        OptionalDouble km = nearest(candidate, role);
        if (km.isEmpty()) {
            return part(RoleCriterion.DISTANCE, candidate, role, "unknown");
        }
        return part(
                RoleCriterion.DISTANCE, candidate, role, "km", String.format(Locale.ROOT, "%.1f", km.getAsDouble()));
    }

    private ReasonPart times(Candidate candidate, OpenRole role) {
        if (role.days().isEmpty()) {
            return part(RoleCriterion.TIMES, candidate, role, "noneAsked");
        }
        if (candidate.days().isEmpty()) {
            return part(RoleCriterion.TIMES, candidate, role, "unknown", days(role.days()));
        }
        Set<DayOfWeek> common = commonDays(candidate, role);
        return part(
                RoleCriterion.TIMES,
                candidate,
                role,
                "shared",
                String.valueOf(common.size()),
                String.valueOf(role.days().size()),
                days(common));
    }

    /** The role's days on which the participant can take part, in week order. */
    private static Set<DayOfWeek> commonDays(Candidate candidate, OpenRole role) {
        Set<DayOfWeek> common = new TreeSet<>(role.days());
        common.retainAll(candidate.days());
        return common;
    }

    /** Days as comma-separated codes in week order ({@code MONDAY,SATURDAY}). */
    private static String days(Set<DayOfWeek> days) {
        return new TreeSet<>(days).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private ReasonPart part(
            RoleCriterion criterion, Candidate candidate, OpenRole role, String fact, String... arguments) {
        return new ReasonPart(
                criterion,
                BigDecimal.valueOf(milliPoints(criterion, candidate, role), SCALE),
                fact,
                List.of(arguments));
    }

    /** Kilometres from the participant's nearest own place to the role's place; empty when they have none. */
    static OptionalDouble nearest(Candidate candidate, OpenRole role) {
        if (candidate.places().isEmpty()) {
            return OptionalDouble.empty();
        }
        double nearest = Double.POSITIVE_INFINITY;
        for (GeoPoint place : candidate.places()) {
            nearest = Math.min(nearest, place.kilometresTo(role.place()));
        }
        return OptionalDouble.of(nearest);
    }

    /** How many of the participant's access needs the role's place is known to meet. */
    private static int met(Candidate candidate, OpenRole role) {
        int met = 0;
        for (Access need : candidate.needs()) {
            if (Boolean.TRUE.equals(role.offers(need))) {
                met++;
            }
        }
        return met;
    }

    /** How many elements both sets hold: the size of their intersection, without making it. */
    private static <T> int common(Set<T> a, Set<T> b) {
        int common = 0;
        for (T element : a) {
            if (b.contains(element)) {
                common++;
            }
        }
        return common;
    }

    /** The codes both sets hold, sorted, so that reasons read the same whatever the order of the input. */
    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static String codes(Set<String> codes) {
        return String.join(",", new TreeSet<>(codes));
    }
}

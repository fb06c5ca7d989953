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
 * or decimals. Both go through one switch that decides each criterion's case once and yields its measure and, when
 * explaining, the fact stated for it, so a proposal's explanation states the case the solver weighed and adds up to
 * its score.
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
        return milliPoints(criterion, measure(criterion, candidate, role, null));
    }

    private long milliPoints(RoleCriterion criterion, double measure) {
        return Math.round(rules.weights().of(criterion) * measure * 1000);
    }

    /**
     * The part's measure in [0, 1], as the class's Javadoc states it, and, when {@code fact} is given, the fact behind
     * it: each criterion's case is decided here once, for the weighing and the explanation alike. The weighing passes
     * no {@code fact} (null) and so builds no reason's sets, texts or decimals.
     */
    private double measure(RoleCriterion criterion, Candidate candidate, OpenRole role, Fact fact) {
        return switch (criterion) {
            case TALENTS -> {
                if (role.asks().isEmpty()) {
                    yield stating(fact, 0, "noneAsked");
                }
                int shared = common(role.asks(), candidate.shares());
                if (fact != null) {
                    fact.is(
                            "shared",
                            count(shared),
                            count(role.asks().size()),
                            String.join(",", intersection(role.asks(), candidate.shares())));
                }
                yield shared / (double) role.asks().size();
            }
            case LEARNING -> {
                if (role.teaches().isEmpty()) {
                    yield stating(fact, 0, "noneTaught");
                }
                int wanted = common(role.teaches(), candidate.wantsToLearn());
                if (fact != null && wanted == 0) {
                    fact.is("none", count(role.teaches().size()), codes(role.teaches()));
                }
                if (fact != null && wanted > 0) {
                    fact.is(
                            "shared",
                            count(wanted),
                            count(role.teaches().size()),
                            String.join(",", intersection(role.teaches(), candidate.wantsToLearn())));
                }
                yield wanted / (double) role.teaches().size();
            }
            case LANGUAGE -> {
                if (role.languages().isEmpty()) {
                    yield stating(fact, 1, "noneAsked");
                }
                int spoken = common(role.languages(), candidate.languages());
                if (fact != null && spoken == 0) {
                    fact.is("none", codes(role.languages()));
                }
                if (fact != null && spoken > 0) {
                    fact.is("shared", String.join(",", intersection(role.languages(), candidate.languages())));
                }
                yield spoken > 0 ? 1 : 0;
            }
            case ACCESSIBILITY -> {
                if (candidate.needs().isEmpty()) {
                    yield stating(fact, 1, "noneNeeded");
                }
                int met = met(candidate, role);
                if (fact != null) {
                    fact.is("met", count(met), count(candidate.needs().size()));
                }
                yield met / (double) candidate.needs().size();
            }
            case DISTANCE -> {
                OptionalDouble km = nearest(candidate, role);
                if (km.isEmpty()) {
                    yield stating(fact, 0, "unknown");
                }
                if (fact != null) {
                    fact.is("km", String.format(Locale.ROOT, "%.1f", km.getAsDouble()));
                }
                yield Math.max(0, Math.min(1, 1 - km.getAsDouble() / rules.maxDistanceKm()));
            }
            case TIMES -> {
                if (role.days().isEmpty()) {
                    yield stating(fact, 1, "noneAsked");
                }
                if (candidate.days().isEmpty()) {
                    if (fact != null) {
                        fact.is("unknown", days(role.days()));
                    }
                    yield 0;
                }
                int free = common(role.days(), candidate.days());
                if (fact != null) {
                    fact.is("shared", count(free), count(role.days().size()), days(commonDays(candidate, role)));
                }
                yield free / (double) role.days().size();
            }
        };
    }

    RoleProposal explain(Candidate candidate, OpenRole role) {
        List<ReasonPart> parts = new ArrayList<>(RoleCriterion.values().length);
        long score = 0;
        for (RoleCriterion criterion : RoleCriterion.values()) {
            Fact fact = new Fact();
            long points = milliPoints(criterion, measure(criterion, candidate, role, fact));
            parts.add(new ReasonPart(criterion, BigDecimal.valueOf(points, SCALE), fact.name, fact.arguments));
            score += points;
        }
        OptionalDouble km = nearest(candidate, role);
        return new RoleProposal(
                role.id(),
                candidate.id(),
                BigDecimal.valueOf(score, SCALE),
                parts,
                km.isPresent() ? km.getAsDouble() : null);
    }

    /** The fact behind a part as {@link #measure} states it while explaining: its name and its arguments. */
    private static final class Fact {
        private String name;
        private List<String> arguments;

        void is(String name, String... arguments) {
            this.name = name;
            this.arguments = List.of(arguments);
        }
    }

    /** {@code measure}, stating the fact {@code name}, which has no arguments, when there is a fact to state. */
    private static double stating(Fact fact, double measure, String name) {
        if (fact != null) {
            fact.is(name);
        }
        return measure;
    }

    private static String count(int count) {
        return String.valueOf(count);
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

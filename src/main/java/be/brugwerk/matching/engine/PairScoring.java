package be.brugwerk.matching.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a pair as a sum of explainable parts. Each fit part is weight &times; measure, the measure in
 * [0, 1]:
 * <ul>
 * <li>LANGUAGE: over shared languages, the best lower level of the two as a share of native (A1 = 1/7 &hellip;
 * NATIVE = 1); 0 without a shared language;</li>
 * <li>INTERESTS: Jaccard index |I<sub>p</sub> &cap; I<sub>b</sub>| / |I<sub>p</sub> &cup; I<sub>b</sub>|, 0 when both are empty;</li>
 * <li>PROXIMITY: 1 &minus; d / programme's maximum distance, clamped to [0, 1]; d is the straight-line km between
 * both points, or 0 without both points but with the same neighbourhood name; 0 when d is unknown;</li>
 * <li>AVAILABILITY: shared weekly slots / the smaller number of slots, 0 when either has none;</li>
 * <li>PREFERENCES: met wishes / stated wishes of both people (age, and gender when the programme counts it
 * as a preference); 1 when none are stated, as no wish goes unmet.</li>
 * </ul>
 * WAITING adds days waited &times; points / days of the programme's {@link WaitingTradeOff}. Every part is
 * rounded half up to thousandths of a point and the score is defined as the sum of the rounded parts, so
 * the explanation adds up exactly. The solver needs only the sum ({@link #fitMilliPoints},
 * {@link #waitingMilliPoints}); reasons are written only for the pairs proposed ({@link #explain}), from the
 * same measures. O(size of both profiles) per pair.
 */
final class PairScoring {

    static final int SCALE = 3;
    private static final Criterion[] FIT = {
        Criterion.LANGUAGE, Criterion.INTERESTS, Criterion.PROXIMITY, Criterion.AVAILABILITY, Criterion.PREFERENCES
    };

    private final ProgrammeRules rules;

    PairScoring(ProgrammeRules rules) {
        this.rules = rules;
    }

    /** The fit of a pair in thousandths of a point: the sum of its rounded fit parts. */
    long fitMilliPoints(Participant participant, Buddy buddy) {
        long sum = 0;
        for (Criterion criterion : FIT) {
            sum += milliPoints(criterion, measure(criterion, participant.profile(), buddy.profile()));
        }
        return sum;
    }

    /** The participant's waiting part in thousandths of a point. */
    long waitingMilliPoints(Participant participant, LocalDate today) {
        return rules.waiting()
                .pointsFor(daysWaited(participant, today), SCALE)
                .unscaledValue()
                .longValueExact();
    }

    /** The pair with one explained part per criterion; its score is fit plus waiting as computed above. */
    ProposedPair explain(Participant participant, Buddy buddy, LocalDate today, boolean fixedByCoordinator) {
        Profile p = participant.profile();
        Profile b = buddy.profile();
        List<ScorePart> parts = new ArrayList<>();
        for (Criterion criterion : FIT) {
            parts.add(part(criterion, milliPoints(criterion, measure(criterion, p, b)), p, b));
        }
        long daysWaited = daysWaited(participant, today);
        String tradeDays = String.valueOf(rules.waiting().days());
        String tradePoints = plain(rules.waiting().points());
        parts.add(new ScorePart(
                Criterion.WAITING,
                BigDecimal.valueOf(waitingMilliPoints(participant, today), SCALE),
                "waiting " + daysWaited + " days (" + tradeDays + " days weigh " + tradePoints + " points)",
                ScorePart.SHARED,
                List.of(String.valueOf(daysWaited), tradeDays, tradePoints)));
        BigDecimal score =
                parts.stream().map(ScorePart::points).reduce(BigDecimal.ZERO.setScale(SCALE), BigDecimal::add);
        return new ProposedPair(participant.id(), buddy.id(), score, parts, fixedByCoordinator);
    }

    private long milliPoints(Criterion criterion, double measure) {
        return Math.round(rules.weights().of(criterion) * measure * 1000);
    }

    private double measure(Criterion criterion, Profile p, Profile b) {
        return switch (criterion) {
            case LANGUAGE ->
                bestSharedLanguage(p, b).map(shared -> shared.lower().share()).orElse(0.0);
            case INTERESTS -> {
                int shared = sharedInterests(p, b);
                int all = p.interests().size() + b.interests().size() - shared;
                yield all == 0 ? 0 : shared / (double) all;
            }
            case PROXIMITY -> {
                OptionalDouble distance = p.place().distanceKmTo(b.place());
                yield distance.isEmpty()
                        ? 0
                        : Math.max(0, Math.min(1, 1 - distance.getAsDouble() / rules.maxDistanceKm()));
            }
            case AVAILABILITY -> {
                int fewer = Math.min(p.availability().size(), b.availability().size());
                yield fewer == 0 ? 0 : sharedSlots(p, b).size() / (double) fewer;
            }
            case PREFERENCES -> {
                int[] metAndStated = wishes(p, b);
                yield metAndStated[1] == 0 ? 1 : metAndStated[0] / (double) metAndStated[1];
            }
            case WAITING -> throw new IllegalArgumentException("Waiting is not a fit criterion");
        };
    }

    /**
     * The facts behind a fit part, language-neutral (see {@link ScorePart}), and an English sentence of them:
     * LANGUAGE shared [language, level, level] or none; INTERESTS shared [shared, all, "a, b"] or none [all];
     * PROXIMITY straightLine [km to one decimal], sameNeighbourhood or unknown (the measure used, see
     * {@link Place#measureTo}); AVAILABILITY shared [count, "MONDAY:MORNING,..."] or none;
     * PREFERENCES shared [met, stated] or none.
     */
    private ScorePart part(Criterion criterion, long milliPoints, Profile p, Profile b) {
        BigDecimal points = BigDecimal.valueOf(milliPoints, SCALE);
        return switch (criterion) {
            case LANGUAGE ->
                bestSharedLanguage(p, b)
                        .map(shared -> new ScorePart(
                                criterion,
                                points,
                                "both speak " + shared.language() + " (" + shared.mine() + " and " + shared.theirs()
                                        + ")",
                                ScorePart.SHARED,
                                List.of(
                                        shared.language(),
                                        shared.mine().name(),
                                        shared.theirs().name())))
                        .orElse(new ScorePart(criterion, points, "no shared language", ScorePart.NONE, List.of()));
            case INTERESTS -> {
                Set<String> shared = new TreeSet<>(p.interests());
                shared.retainAll(b.interests());
                int all = p.interests().size() + b.interests().size() - shared.size();
                yield shared.isEmpty()
                        ? new ScorePart(
                                criterion,
                                points,
                                "shares 0 of " + all + " interests",
                                ScorePart.NONE,
                                List.of(String.valueOf(all)))
                        : new ScorePart(
                                criterion,
                                points,
                                "shares " + shared.size() + " of " + all + " interests: " + String.join(", ", shared),
                                ScorePart.SHARED,
                                List.of(String.valueOf(shared.size()), String.valueOf(all), String.join(", ", shared)));
            }
            case PROXIMITY -> {
                Place.Measure measure = p.place().measureTo(b.place());
                yield switch (measure) {
                    case STRAIGHT_LINE -> {
                        String km = String.format(
                                Locale.ROOT,
                                "%.1f",
                                p.place().distanceKmTo(b.place()).getAsDouble());
                        yield new ScorePart(
                                criterion,
                                points,
                                km + " km apart in a straight line",
                                ScorePart.STRAIGHT_LINE,
                                List.of(km));
                    }
                    case SAME_NEIGHBOURHOOD ->
                        new ScorePart(
                                criterion,
                                points,
                                "same neighbourhood (no points to measure)",
                                ScorePart.SAME_NEIGHBOURHOOD,
                                List.of());
                    case UNKNOWN -> new ScorePart(criterion, points, "distance unknown", ScorePart.UNKNOWN, List.of());
                };
            }
            case AVAILABILITY -> {
                List<WeeklySlot> slots = sharedSlots(p, b).stream()
                        .sorted(Comparator.comparing(WeeklySlot::day).thenComparing(WeeklySlot::part))
                        .toList();
                if (slots.isEmpty()) {
                    yield new ScorePart(criterion, points, "0 weekly moments in common", ScorePart.NONE, List.of());
                }
                String english = String.join(
                        ", ",
                        slots.stream()
                                .map(slot -> slot.day().toString().toLowerCase(Locale.ROOT) + " "
                                        + slot.part().toString().toLowerCase(Locale.ROOT))
                                .toList());
                String codes = String.join(
                        ",",
                        slots.stream()
                                .map(slot ->
                                        slot.day().name() + ":" + slot.part().name())
                                .toList());
                yield new ScorePart(
                        criterion,
                        points,
                        slots.size() + " weekly moments in common: " + english,
                        ScorePart.SHARED,
                        List.of(String.valueOf(slots.size()), codes));
            }
            case PREFERENCES -> {
                int[] metAndStated = wishes(p, b);
                yield metAndStated[1] == 0
                        ? new ScorePart(criterion, points, "no wishes stated", ScorePart.NONE, List.of())
                        : new ScorePart(
                                criterion,
                                points,
                                metAndStated[0] + " of " + metAndStated[1] + " wishes met",
                                ScorePart.SHARED,
                                List.of(String.valueOf(metAndStated[0]), String.valueOf(metAndStated[1])));
            }
            case WAITING -> throw new IllegalArgumentException("Waiting is not a fit criterion");
        };
    }

    /** A language both speak, at the participant's and the buddy's level. */
    private record SharedLanguage(String language, LanguageLevel mine, LanguageLevel theirs) {

        LanguageLevel lower() {
            return mine.compareTo(theirs) <= 0 ? mine : theirs;
        }
    }

    /** The shared language whose lower level of the two is highest; the first such in the participant's list. */
    private static Optional<SharedLanguage> bestSharedLanguage(Profile p, Profile b) {
        SharedLanguage best = null;
        for (LanguageSkill mine : p.languages()) {
            for (LanguageSkill theirs : b.languages()) {
                if (mine.language().equals(theirs.language())) {
                    SharedLanguage shared = new SharedLanguage(mine.language(), mine.level(), theirs.level());
                    if (best == null || shared.lower().compareTo(best.lower()) > 0) {
                        best = shared;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static int sharedInterests(Profile p, Profile b) {
        int shared = 0;
        for (String interest : p.interests()) {
            if (b.interests().contains(interest)) {
                shared++;
            }
        }
        return shared;
    }

    private static Set<WeeklySlot> sharedSlots(Profile p, Profile b) {
        Set<WeeklySlot> shared = new HashSet<>(p.availability());
        shared.retainAll(b.availability());
        return shared;
    }

    /** Met and stated soft wishes of both people: age, and gender when the programme counts it as a preference. */
    private int[] wishes(Profile p, Profile b) {
        int stated = 0;
        int met = 0;
        for (Profile[] chooserAndOther : new Profile[][] {{p, b}, {b, p}}) {
            Profile chooser = chooserAndOther[0];
            Profile other = chooserAndOther[1];
            if (chooser.preferences().ages() != null) {
                stated++;
                met += chooser.preferences().ages().contains(other.age()) ? 1 : 0;
            }
            if (rules.genderWishes() == GenderWishes.AS_PREFERENCE
                    && !chooser.preferences().genders().isEmpty()) {
                stated++;
                met += CandidateFilter.acceptsGender(chooser, other) ? 1 : 0;
            }
        }
        return new int[] {met, stated};
    }

    private static long daysWaited(Participant participant, LocalDate today) {
        return ChronoUnit.DAYS.between(participant.waitingSince(), today);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

package be.brugwerk.matching.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * <li>PROXIMITY: 1 &minus; d / programme's maximum distance, clamped to [0, 1]; 0 when d is unknown;</li>
 * <li>AVAILABILITY: shared weekly slots / the smaller number of slots, 0 when either has none;</li>
 * <li>PREFERENCES: met wishes / stated wishes of both people (age, and gender when the programme counts it
 * as a preference); 1 when none are stated, as no wish goes unmet.</li>
 * </ul>
 * WAITING adds days waited &times; points / days of the programme's {@link WaitingTradeOff}. Every part is
 * rounded half up to 3 decimals and the score is defined as the sum of the rounded parts, so the
 * explanation adds up exactly. O(size of both profiles) per pair.
 */
final class PairScoring {

    static final int SCALE = 3;

    private final ProgrammeRules rules;

    PairScoring(ProgrammeRules rules) {
        this.rules = rules;
    }

    ProposedPair score(Participant participant, Buddy buddy, LocalDate today, boolean fixedByCoordinator) {
        Profile p = participant.profile();
        Profile b = buddy.profile();
        List<ScorePart> parts = new ArrayList<>();
        parts.add(language(p, b));
        parts.add(interests(p, b));
        parts.add(proximity(p, b));
        parts.add(availability(p, b));
        parts.add(preferences(p, b));
        long daysWaited = ChronoUnit.DAYS.between(participant.waitingSince(), today);
        parts.add(new ScorePart(Criterion.WAITING, rules.waiting().pointsFor(daysWaited, SCALE),
                "waiting " + daysWaited + " days (" + rules.waiting().days() + " days weigh " + plain(rules.waiting().points()) + " points)"));
        BigDecimal score = parts.stream().map(ScorePart::points).reduce(BigDecimal.ZERO.setScale(SCALE), BigDecimal::add);
        return new ProposedPair(participant.id(), buddy.id(), score, parts, fixedByCoordinator);
    }

    private ScorePart language(Profile p, Profile b) {
        Optional<String> best = Optional.empty();
        double bestShare = 0;
        for (LanguageSkill mine : p.languages()) {
            for (LanguageSkill theirs : b.languages()) {
                if (mine.language().equals(theirs.language())) {
                    LanguageLevel lower = mine.level().compareTo(theirs.level()) <= 0 ? mine.level() : theirs.level();
                    if (lower.share() > bestShare) {
                        bestShare = lower.share();
                        best = Optional.of(mine.language() + " (" + mine.level() + " and " + theirs.level() + ")");
                    }
                }
            }
        }
        return part(Criterion.LANGUAGE, bestShare, best.map(language -> "both speak " + language).orElse("no shared language"));
    }

    private ScorePart interests(Profile p, Profile b) {
        Set<String> shared = new TreeSet<>(p.interests());
        shared.retainAll(b.interests());
        Set<String> all = new HashSet<>(p.interests());
        all.addAll(b.interests());
        double measure = all.isEmpty() ? 0 : shared.size() / (double) all.size();
        return part(Criterion.INTERESTS, measure, "shares " + shared.size() + " of " + all.size() + " interests"
                + (shared.isEmpty() ? "" : ": " + String.join(", ", shared)));
    }

    private ScorePart proximity(Profile p, Profile b) {
        OptionalDouble distance = p.place().distanceKmTo(b.place());
        if (distance.isEmpty()) {
            return part(Criterion.PROXIMITY, 0, "distance unknown");
        }
        double measure = Math.max(0, Math.min(1, 1 - distance.getAsDouble() / rules.maxDistanceKm()));
        return part(Criterion.PROXIMITY, measure, String.format(Locale.ROOT, "%.1f km apart", distance.getAsDouble()));
    }

    private ScorePart availability(Profile p, Profile b) {
        Set<WeeklySlot> shared = new HashSet<>(p.availability());
        shared.retainAll(b.availability());
        int fewer = Math.min(p.availability().size(), b.availability().size());
        double measure = fewer == 0 ? 0 : shared.size() / (double) fewer;
        List<String> slots = shared.stream().sorted(Comparator.comparing(WeeklySlot::day).thenComparing(WeeklySlot::part))
                .map(slot -> slot.day().toString().toLowerCase(Locale.ROOT) + " " + slot.part().toString().toLowerCase(Locale.ROOT)).toList();
        return part(Criterion.AVAILABILITY, measure, shared.size() + " weekly moments in common" + (slots.isEmpty() ? "" : ": " + String.join(", ", slots)));
    }

    private ScorePart preferences(Profile p, Profile b) {
        int stated = 0;
        int met = 0;
        for (Profile[] chooserAndOther : new Profile[][] {{p, b}, {b, p}}) {
            Profile chooser = chooserAndOther[0];
            Profile other = chooserAndOther[1];
            if (chooser.preferences().ages() != null) {
                stated++;
                met += chooser.preferences().ages().contains(other.age()) ? 1 : 0;
            }
            if (rules.genderWishes() == GenderWishes.AS_PREFERENCE && !chooser.preferences().genders().isEmpty()) {
                stated++;
                met += CandidateFilter.acceptsGender(chooser, other) ? 1 : 0;
            }
        }
        double measure = stated == 0 ? 1 : met / (double) stated;
        return part(Criterion.PREFERENCES, measure, stated == 0 ? "no wishes stated" : met + " of " + stated + " wishes met");
    }

    private ScorePart part(Criterion criterion, double measure, String reason) {
        BigDecimal points = BigDecimal.valueOf(rules.weights().of(criterion) * measure).setScale(SCALE, RoundingMode.HALF_UP);
        return new ScorePart(criterion, points, reason);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

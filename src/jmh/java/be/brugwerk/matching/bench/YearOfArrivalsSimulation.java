package be.brugwerk.matching.bench;

import be.brugwerk.matching.engine.Buddy;
import be.brugwerk.matching.engine.BuddyMatcher;
import be.brugwerk.matching.engine.Criterion;
import be.brugwerk.matching.engine.CriterionWeights;
import be.brugwerk.matching.engine.GenderWishes;
import be.brugwerk.matching.engine.MatchingRequest;
import be.brugwerk.matching.engine.Participant;
import be.brugwerk.matching.engine.ProgrammeRules;
import be.brugwerk.matching.engine.ProposedPair;
import be.brugwerk.matching.engine.ScorePart;
import be.brugwerk.matching.engine.WaitingListMatching;
import be.brugwerk.matching.engine.WaitingTradeOff;
import be.brugwerk.matching.simulation.ArrivingBuddy;
import be.brugwerk.matching.simulation.FirstComeFirstServedMatching;
import be.brugwerk.matching.simulation.FirstComeFirstServedMatching.BuddyChoice;
import be.brugwerk.matching.simulation.YearOfArrivals;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A year of arrivals in one Flemish buddy programme, matched three ways from the same seeded arrivals:
 * Brugwerk's {@link WaitingListMatching} on the whole waiting list every Monday, and first come, first
 * served as a coordinator does it by hand ({@link FirstComeFirstServedMatching}), picking the best-fitting
 * or the nearest allowed buddy. Prints the parameters and, per way of matching, waiting times, pairs
 * formed, their fit by the engine's own scoring and the time of each weekly run, as Markdown.
 *
 * <p>Arguments (all optional, in this order): seed (2027), newcomers (8000), buddies (2500), weeks a pair
 * lasts (26).
 */
public final class YearOfArrivalsSimulation {

    static final int YEAR = 2027;
    /** The programme of docs/matching-engine.md: 30 days of waiting weigh as much as 10 points of fit (fit at most 20). */
    static final ProgrammeRules RULES = new ProgrammeRules(new CriterionWeights(2, 10, 3, 4, 1), new WaitingTradeOff(30, 10), true, 10,
            GenderWishes.AS_PREFERENCE);
    private static final Criterion[] FIT = {Criterion.LANGUAGE, Criterion.INTERESTS, Criterion.PROXIMITY, Criterion.AVAILABILITY,
            Criterion.PREFERENCES};

    private YearOfArrivalsSimulation() {
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 2027;
        int newcomerCount = args.length > 1 ? Integer.parseInt(args[1]) : 8000;
        int buddyCount = args.length > 2 ? Integer.parseInt(args[2]) : 2500;
        int pairDurationWeeks = args.length > 3 ? Integer.parseInt(args[3]) : 26;

        long generationStart = System.nanoTime();
        YearOfArrivals arrivals = YearOfArrivals.generate(seed, YEAR, newcomerCount, buddyCount);
        System.out.printf(Locale.ROOT, "seed %d, %d newcomers, %d buddies (%d places), pairs last %d weeks, year %d; generated in %d ms%n%n", seed,
                newcomerCount, buddyCount, arrivals.buddies().stream().mapToInt(arriving -> arriving.buddy().capacity()).sum(), pairDurationWeeks,
                YEAR, (System.nanoTime() - generationStart) / 1_000_000);

        BuddyMatcher engine = new WaitingListMatching();
        Map<String, Function<MatchingRequest, List<ProposedPair>>> matchers = new LinkedHashMap<>();
        matchers.put("WaitingListMatching (whole list)", request -> engine.match(request).pairs());
        matchers.put("first come, first served: best fit", new FirstComeFirstServedMatching(BuddyChoice.BEST_FIT)::match);
        matchers.put("first come, first served: nearest", new FirstComeFirstServedMatching(BuddyChoice.NEAREST)::match);

        ProgrammeYear programme = new ProgrammeYear(arrivals, RULES, pairDurationWeeks);
        Map<String, ProgrammeYear.Outcome> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, Function<MatchingRequest, List<ProposedPair>>> matcher : matchers.entrySet()) {
            long start = System.nanoTime();
            outcomes.put(matcher.getKey(), programme.live(YEAR, matcher.getValue()));
            System.out.printf(Locale.ROOT, "[%s] year simulated in %.1f s%n", matcher.getKey(), (System.nanoTime() - start) / 1e9);
        }
        System.out.println();
        printTable(outcomes, arrivals);
        printWaitingByQuarter(arrivals, outcomes);
    }

    private static void printTable(Map<String, ProgrammeYear.Outcome> outcomes, YearOfArrivals arrivals) {
        List<String> names = List.copyOf(outcomes.keySet());
        System.out.println("| figure | " + String.join(" | ", names) + " |");
        System.out.println("|---" + "|---:".repeat(names.size()) + "|");
        row(outcomes, "newcomers matched", outcome -> String.valueOf(outcome.matches().size()));
        row(outcomes, "still waiting on Dec 31", outcome -> String.valueOf(outcome.stillWaiting().size()));
        row(outcomes, "  of whom no buddy of the whole year is allowed", outcome -> String.valueOf(withoutAnyAllowedBuddy(outcome, arrivals)));
        row(outcomes, "wait of the matched, median (days)", outcome -> String.valueOf(percentile(matchedWaits(outcome), 50)));
        row(outcomes, "wait of the matched, 90th percentile (days)", outcome -> String.valueOf(percentile(matchedWaits(outcome), 90)));
        row(outcomes, "wait of the matched, longest (days)", outcome -> String.valueOf(percentile(matchedWaits(outcome), 100)));
        row(outcomes, "still waiting: waited so far, median (days)", outcome -> String.valueOf(percentile(openWaits(outcome), 50)));
        row(outcomes, "still waiting: waited so far, longest (days)", outcome -> String.valueOf(percentile(openWaits(outcome), 100)));
        row(outcomes, "everyone (matched: wait; waiting: so far), median (days)", outcome -> String.valueOf(percentile(allWaits(outcome), 50)));
        row(outcomes, "everyone (matched: wait; waiting: so far), 90th percentile (days)",
                outcome -> String.valueOf(percentile(allWaits(outcome), 90)));
        row(outcomes, "matched within 4 weeks of entry", outcome -> String.valueOf(matchedWaits(outcome).stream().filter(days -> days <= 28).count()));
        row(outcomes, "mean fit of the pairs (engine's scoring, 0-20)", outcome -> format(meanFit(outcome, FIT)));
        for (Criterion criterion : FIT) {
            row(outcomes, "  of which " + criterion.name().toLowerCase(Locale.ROOT) + " (max " + plain(RULES.weights().of(criterion)) + ")",
                    outcome -> format(meanFit(outcome, criterion)));
        }
        row(outcomes, "mean score incl. waiting points", outcome -> format(outcome.matches().stream()
                .mapToDouble(match -> match.pair().score().doubleValue()).average().orElse(Double.NaN)));
        row(outcomes, "sum of fit over all pairs", outcome -> format(meanFit(outcome, FIT) * outcome.matches().size()));
        row(outcomes, "free buddy places left after a run, mean", outcome -> format(outcome.freePlacesLeftPerRun().stream()
                .mapToInt(Integer::intValue).average().orElse(Double.NaN)));
        row(outcomes, "waiting list at a run, largest", outcome -> String.valueOf(outcome.waitingPerRun().stream().mapToInt(Integer::intValue).max().orElse(0)));
        row(outcomes, "weekly run time, median (ms)", outcome -> format(percentile(runMillis(outcome), 50)));
        row(outcomes, "weekly run time, longest (ms)", outcome -> format(percentile(runMillis(outcome), 100)));
        row(outcomes, "weekly run time, all 52 runs (s)", outcome -> format(outcome.runNanos().stream().mapToLong(Long::longValue).sum() / 1e9));
        row(outcomes, "weekly run time, mean of the last 10 runs (ms)", outcome -> format(outcome.runNanos().subList(outcome.runNanos().size() - 10,
                outcome.runNanos().size()).stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 1e6));
        System.out.println();
    }

    /** Median wait of the newcomers who entered in each quarter (matched: wait; still waiting: so far), and how many of them still wait. */
    private static void printWaitingByQuarter(YearOfArrivals arrivals, Map<String, ProgrammeYear.Outcome> outcomes) {
        List<String> names = List.copyOf(outcomes.keySet());
        System.out.println("| entered in | " + String.join(" | ", names) + " |");
        System.out.println("|---" + "|---:".repeat(names.size()) + "|");
        for (int quarter = 1; quarter <= 4; quarter++) {
            int q = quarter;
            List<String> cells = new ArrayList<>();
            for (ProgrammeYear.Outcome outcome : outcomes.values()) {
                List<Long> waits = new ArrayList<>();
                outcome.matches().stream().filter(match -> quarterOf(match.participant()) == q).forEach(match -> waits.add(match.daysWaited()));
                List<Participant> open = outcome.stillWaiting().stream().filter(participant -> quarterOf(participant) == q).toList();
                open.forEach(participant -> waits.add(ChronoUnit.DAYS.between(participant.waitingSince(), outcome.yearEnd())));
                cells.add("median " + percentile(waits, 50) + " d, " + open.size() + " still waiting");
            }
            long entered = arrivals.newcomers().stream().filter(participant -> quarterOf(participant) == q).count();
            System.out.println("| Q" + q + " (" + entered + ") | " + String.join(" | ", cells) + " |");
        }
        long buddies = arrivals.buddies().stream().map(ArrivingBuddy::approvedOn).filter(day -> day.getMonthValue() <= 6).count();
        System.out.printf(Locale.ROOT, "%nbuddies approved in the first half year: %d%n", buddies);
    }

    /**
     * Newcomers still waiting at year end for whom not one buddy of the whole year, free or not, passes the
     * hard constraints (shared language, distance): no way of matching could have served them.
     */
    private static long withoutAnyAllowedBuddy(ProgrammeYear.Outcome outcome, YearOfArrivals arrivals) {
        BuddyMatcher engine = new WaitingListMatching();
        List<Buddy> everyBuddy = arrivals.buddies().stream().map(ArrivingBuddy::buddy).toList();
        return outcome.stillWaiting().stream().filter(participant -> engine.match(new MatchingRequest(List.of(participant), everyBuddy, RULES,
                outcome.yearEnd(), Set.of(), Set.of())).candidateCount() == 0).count();
    }

    private static int quarterOf(Participant participant) {
        return (participant.waitingSince().getMonthValue() - 1) / 3 + 1;
    }

    private static void row(Map<String, ProgrammeYear.Outcome> outcomes, String figure, Function<ProgrammeYear.Outcome, String> value) {
        List<String> cells = outcomes.values().stream().map(value).toList();
        System.out.println("| " + figure + " | " + String.join(" | ", cells) + " |");
    }

    private static List<Long> matchedWaits(ProgrammeYear.Outcome outcome) {
        return outcome.matches().stream().map(ProgrammeYear.Match::daysWaited).toList();
    }

    private static List<Long> openWaits(ProgrammeYear.Outcome outcome) {
        return outcome.stillWaiting().stream().map(participant -> ChronoUnit.DAYS.between(participant.waitingSince(), outcome.yearEnd())).toList();
    }

    private static List<Long> allWaits(ProgrammeYear.Outcome outcome) {
        List<Long> all = new ArrayList<>(matchedWaits(outcome));
        all.addAll(openWaits(outcome));
        return all;
    }

    private static List<Double> runMillis(ProgrammeYear.Outcome outcome) {
        return outcome.runNanos().stream().map(nanos -> nanos / 1e6).toList();
    }

    /** Mean points of the given fit criteria per formed pair, read from the pairs' explanations. */
    private static double meanFit(ProgrammeYear.Outcome outcome, Criterion... criteria) {
        Set<Criterion> wanted = EnumSet.noneOf(Criterion.class);
        wanted.addAll(List.of(criteria));
        return outcome.matches().stream().mapToDouble(match -> match.pair().explanation().stream().filter(part -> wanted.contains(part.criterion()))
                .map(ScorePart::points).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue()).average().orElse(Double.NaN);
    }

    /** Nearest-rank percentile; "-" for no values. */
    private static <T extends Comparable<T>> Object percentile(List<T> values, int percent) {
        if (values.isEmpty()) {
            return "-";
        }
        List<T> sorted = values.stream().sorted().toList();
        int rank = Math.max(1, (int) Math.ceil(percent / 100.0 * sorted.size()));
        return sorted.get(rank - 1);
    }

    private static String format(Object value) {
        return value instanceof Double number ? String.format(Locale.ROOT, "%.2f", number) : String.valueOf(value);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

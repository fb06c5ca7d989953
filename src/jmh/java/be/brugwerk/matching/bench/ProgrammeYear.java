package be.brugwerk.matching.bench;

import be.brugwerk.matching.engine.Buddy;
import be.brugwerk.matching.engine.MatchingRequest;
import be.brugwerk.matching.engine.Participant;
import be.brugwerk.matching.engine.ProgrammeRules;
import be.brugwerk.matching.engine.ProposedPair;
import be.brugwerk.matching.simulation.ArrivingBuddy;
import be.brugwerk.matching.simulation.YearOfArrivals;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * One programme living through a year of arrivals with one way of matching: every Monday the newcomers
 * who entered so far and are still waiting, and the buddies approved so far who have a free place, go to
 * the matcher; every pair it forms starts that day (the coordinator accepts every proposal) and takes one
 * of the buddy's places for {@code pairDurationWeeks} weeks, after which the place is free again. Buddies stay
 * in the programme for the whole year; nobody leaves the waiting list except by being matched.
 */
final class ProgrammeYear {

    /** A newcomer's match: entered, matched on, and the pair with its explained score. */
    record Match(Participant participant, LocalDate matchedOn, ProposedPair pair) {

        long daysWaited() {
            return ChronoUnit.DAYS.between(participant.waitingSince(), matchedOn);
        }
    }

    /** What happened over the year. */
    record Outcome(List<Match> matches, List<Participant> stillWaiting, LocalDate yearEnd, List<Long> runNanos, List<Integer> waitingPerRun,
            List<Integer> freePlacesLeftPerRun) {
    }

    private record PairEnd(LocalDate endsOn, String buddyId) {
    }

    private final YearOfArrivals arrivals;
    private final ProgrammeRules rules;
    private final int pairDurationWeeks;

    ProgrammeYear(YearOfArrivals arrivals, ProgrammeRules rules, int pairDurationWeeks) {
        this.arrivals = arrivals;
        this.rules = rules;
        this.pairDurationWeeks = pairDurationWeeks;
    }

    /** Runs the year with {@code matcher} deciding the pairs of each weekly run. */
    Outcome live(int year, Function<MatchingRequest, List<ProposedPair>> matcher) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Map<String, Participant> waiting = new LinkedHashMap<>();
        Map<String, Buddy> buddies = new HashMap<>();
        Map<String, Integer> freePlaces = new HashMap<>();
        PriorityQueue<PairEnd> pairEnds = new PriorityQueue<>(Comparator.comparing(PairEnd::endsOn));
        List<Match> matches = new ArrayList<>();
        List<Long> runNanos = new ArrayList<>();
        List<Integer> waitingPerRun = new ArrayList<>();
        List<Integer> freePlacesLeftPerRun = new ArrayList<>();
        int nextNewcomer = 0;
        int nextBuddy = 0;
        for (LocalDate run = LocalDate.of(year, 1, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)); !run.isAfter(yearEnd); run = run.plusWeeks(1)) {
            while (nextNewcomer < arrivals.newcomers().size() && !arrivals.newcomers().get(nextNewcomer).waitingSince().isAfter(run)) {
                Participant newcomer = arrivals.newcomers().get(nextNewcomer++);
                waiting.put(newcomer.id(), newcomer);
            }
            while (nextBuddy < arrivals.buddies().size() && !arrivals.buddies().get(nextBuddy).approvedOn().isAfter(run)) {
                ArrivingBuddy arriving = arrivals.buddies().get(nextBuddy++);
                buddies.put(arriving.buddy().id(), arriving.buddy());
                freePlaces.put(arriving.buddy().id(), arriving.buddy().capacity());
            }
            while (!pairEnds.isEmpty() && !pairEnds.peek().endsOn().isAfter(run)) {
                freePlaces.merge(pairEnds.poll().buddyId(), 1, Integer::sum);
            }
            // a buddy offers the places not taken by running pairs: the engine's capacity is what is free now
            List<Buddy> available = freePlaces.entrySet().stream().filter(free -> free.getValue() > 0)
                    .map(free -> new Buddy(free.getKey(), buddies.get(free.getKey()).profile(), free.getValue())).toList();
            MatchingRequest request = new MatchingRequest(List.copyOf(waiting.values()), available, rules, run, Set.of(), Set.of());
            long start = System.nanoTime();
            List<ProposedPair> pairs = matcher.apply(request);
            runNanos.add(System.nanoTime() - start);
            waitingPerRun.add(waiting.size());
            for (ProposedPair pair : pairs) {
                matches.add(new Match(waiting.remove(pair.participantId()), run, pair));
                freePlaces.merge(pair.buddyId(), -1, Integer::sum);
                pairEnds.add(new PairEnd(run.plusWeeks(pairDurationWeeks), pair.buddyId()));
            }
            freePlacesLeftPerRun.add(freePlaces.values().stream().mapToInt(Integer::intValue).sum());
        }
        return new Outcome(matches, List.copyOf(waiting.values()), yearEnd, runNanos, waitingPerRun, freePlacesLeftPerRun);
    }
}

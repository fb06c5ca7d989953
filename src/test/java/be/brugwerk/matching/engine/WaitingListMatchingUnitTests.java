package be.brugwerk.matching.engine;

import static be.brugwerk.matching.engine.BuddyFixtures.TODAY;
import static be.brugwerk.matching.engine.BuddyFixtures.newcomerProgramme;
import static be.brugwerk.matching.engine.BuddyFixtures.person;
import static be.brugwerk.matching.engine.BuddyFixtures.programme;
import static be.brugwerk.matching.engine.BuddyFixtures.randomRequest;
import static be.brugwerk.matching.engine.BuddyFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WaitingListMatchingUnitTests {

    private final BuddyMatcher matcher = new WaitingListMatching();

    @Test
    void saysThereAreNoCandidatesWhenNobodyWaits() {
        MatchingResult result = matcher.match(request(List.of(), List.of(person().buddy("b"))));

        assertThat(result.outcome()).isEqualTo(MatchingOutcome.NO_CANDIDATES);
        assertThat(result.pairs()).isEmpty();
    }

    @Test
    void saysThereAreNoCandidatesWhenNoPairSharesALanguage() {
        Participant newcomer = person().speaksOnly("uk", LanguageLevel.NATIVE).participant("p");

        MatchingResult result = matcher.match(request(List.of(newcomer), List.of(person().buddy("b"))));

        assertThat(result.outcome()).isEqualTo(MatchingOutcome.NO_CANDIDATES);
        assertThat(result.stillWaiting()).containsExactly("p");
        assertThat(result.candidateCount()).isZero();
    }

    @Test
    void pairsTheOnlyParticipantWithTheOnlyBuddy() {
        MatchingResult result =
                matcher.match(request(List.of(person().participant("p")), List.of(person().buddy("b"))));

        assertThat(result.outcome()).isEqualTo(MatchingOutcome.PAIRS_PROPOSED);
        assertThat(pairsOf(result)).containsExactly("p-b");
        assertThat(result.stillWaiting()).isEmpty();
    }

    @Test
    void prefersTheLongerWaitWhenFitIsEqual() {
        Participant recent = person().waitingFor(5).participant("a-recent");
        Participant longWaiting = person().waitingFor(40).participant("z-long");

        assertThat(pairsOf(matcher.match(request(List.of(recent, longWaiting), List.of(person().buddy("b"))))))
                .containsExactly("z-long-b");
        assertThat(pairsOf(matcher.match(request(List.of(longWaiting, recent), List.of(person().buddy("b"))))))
                .containsExactly("z-long-b");
    }

    @ParameterizedTest
    @CsvSource({"29, better-fit", "30, long-waiter", "31, long-waiter"})
    void holdsTheWaitingTradeOffAtItsBoundary(int daysLonger, String expectedParticipant) {
        // 30 days weigh as much as 10 points; sharing the buddy's only interest is worth exactly 10 points
        Participant longWaiter = person().waitingFor(daysLonger).participant("long-waiter");
        Participant betterFit = person().interestedIn("chess").participant("better-fit");
        Buddy buddy = person().interestedIn("chess").buddy("b");

        MatchingResult result = matcher.match(request(List.of(betterFit, longWaiter), List.of(buddy)));

        assertThat(pairsOf(result)).containsExactly(expectedParticipant + "-b");
    }

    @Test
    void scoresBothSidesOfTheBoundaryEqually() {
        Participant longWaiter = person().waitingFor(30).participant("long-waiter");
        Participant betterFit = person().interestedIn("chess").participant("better-fit");
        Buddy buddy = person().interestedIn("chess").buddy("b");
        PairScoring scoring = new PairScoring(newcomerProgramme());

        assertThat(scoring.explain(longWaiter, buddy, TODAY, false).score())
                .isEqualByComparingTo(
                        scoring.explain(betterFit, buddy, TODAY, false).score());
    }

    @Test
    void breaksAnExactTieBySmallerIdWhenEntryDatesAreEqual() {
        List<Participant> twins = new ArrayList<>(List.of(
                person().waitingFor(10).participant("p-2"),
                person().waitingFor(10).participant("p-1")));

        MatchingResult result = matcher.match(request(twins, List.of(person().buddy("b"))));
        assertThat(pairsOf(result)).containsExactly("p-1-b");
        assertThat(result.tiesBrokenByWaitingListOrder()).isTrue();
        Collections.reverse(twins);
        assertThat(pairsOf(matcher.match(request(twins, List.of(person().buddy("b"))))))
                .containsExactly("p-1-b");
    }

    @Test
    void matchesTheWholeListRatherThanFirstComeFirstServed() {
        // served first, the long waiter would take the buddy the other can share a language with
        Participant longWaiter =
                person().speaks("fr", LanguageLevel.B2).waitingFor(60).participant("long");
        Participant frenchOnly =
                person().speaksOnly("fr", LanguageLevel.NATIVE).waitingFor(1).participant("french");
        Buddy dutch = person().buddy("dutch");
        Buddy french = person().speaksOnly("fr", LanguageLevel.C1).buddy("french-buddy");

        MatchingResult result = matcher.match(request(List.of(longWaiter, frenchOnly), List.of(dutch, french)));

        assertThat(pairsOf(result)).containsExactly("long-dutch", "french-french-buddy");
    }

    @Test
    void excludesPairsFartherApartThanTheProgrammeAllows() {
        Participant inGent = person().participant("gent");
        Buddy inBrussels = person().livingAt(Place.at(50.8467, 4.3525)).buddy("brussels");

        assertThat(matcher.match(request(List.of(inGent), List.of(inBrussels))).outcome())
                .isEqualTo(MatchingOutcome.NO_CANDIDATES);
    }

    @Test
    void excludesPairsFartherApartThanAPersonAccepts() {
        Participant nearby = person().livingAt(Place.at(51.0543, 3.7600))
                .limits(new HardConstraints(null, 1.0))
                .participant("p");

        assertThat(matcher.match(request(List.of(nearby), List.of(person().buddy("b"))))
                        .outcome())
                .isEqualTo(MatchingOutcome.NO_CANDIDATES);
    }

    @Test
    void excludesBuddiesOutsideTheAcceptedAges() {
        Participant older = person().aged(70)
                .limits(new HardConstraints(new AgeRange(50, 90), null))
                .participant("p");

        MatchingResult result = matcher.match(request(
                List.of(older),
                List.of(person().aged(25).buddy("young"), person().aged(55).buddy("older"))));

        assertThat(pairsOf(result)).containsExactly("p-older");
    }

    @Test
    void excludesTheWrongGenderOnlyWhereTheProgrammeMakesItARequirement() {
        Participant wantsAWoman = person().wishesGenders(Gender.WOMAN).participant("p");
        List<Buddy> men = List.of(person().gender(Gender.MAN).buddy("man"));

        MatchingRequest required = new MatchingRequest(
                List.of(wantsAWoman), men, programme(GenderWishes.AS_REQUIREMENT), TODAY, Set.of(), Set.of());
        MatchingRequest preferred = new MatchingRequest(
                List.of(wantsAWoman), men, programme(GenderWishes.AS_PREFERENCE), TODAY, Set.of(), Set.of());

        assertThat(matcher.match(required).outcome()).isEqualTo(MatchingOutcome.NO_CANDIDATES);
        assertThat(pairsOf(matcher.match(preferred))).containsExactly("p-man");
    }

    @Test
    void prefersTheWishedGenderWhenItCountsAsAPreference() {
        Participant wantsAWoman = person().wishesGenders(Gender.WOMAN).participant("p");
        List<Buddy> buddies = List.of(
                person().gender(Gender.MAN).buddy("a-man"),
                person().gender(Gender.WOMAN).buddy("b-woman"));

        assertThat(pairsOf(matcher.match(request(List.of(wantsAWoman), buddies))))
                .containsExactly("p-b-woman");
    }

    @Test
    void keepsFixedPairsEvenAgainstTheHardConstraints() {
        Participant ukrainian = person().speaksOnly("uk", LanguageLevel.NATIVE).participant("p");
        MatchingRequest fixed = new MatchingRequest(
                List.of(ukrainian),
                List.of(person().buddy("b")),
                newcomerProgramme(),
                TODAY,
                Set.of(new PairIds("p", "b")),
                Set.of());

        MatchingResult result = matcher.match(fixed);

        assertThat(pairsOf(result)).containsExactly("p-b");
        assertThat(result.pairs().get(0).fixedByCoordinator()).isTrue();
        assertThat(result.outcome()).isEqualTo(MatchingOutcome.PAIRS_PROPOSED);
    }

    @Test
    void countsFixedPairsAgainstTheBuddysCapacity() {
        List<Participant> waiting = List.of(
                person().waitingFor(1).participant("fixed"),
                person().waitingFor(300).participant("long"));
        MatchingRequest request = new MatchingRequest(
                waiting,
                List.of(person().buddy("b")),
                newcomerProgramme(),
                TODAY,
                Set.of(new PairIds("fixed", "b")),
                Set.of());

        MatchingResult result = matcher.match(request);

        assertThat(pairsOf(result)).containsExactly("fixed-b");
        assertThat(result.stillWaiting()).containsExactly("long");
    }

    @Test
    void neverProposesAnExcludedPair() {
        MatchingRequest request = new MatchingRequest(
                List.of(person().waitingFor(100).participant("p")),
                List.of(person().interestedIn("chess").buddy("rejected"), person().buddy("other")),
                newcomerProgramme(),
                TODAY,
                Set.of(),
                Set.of(new PairIds("p", "rejected")));

        assertThat(pairsOf(matcher.match(request))).containsExactly("p-other");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void neverProposesExcludedPairsOnALargerList(long seed) {
        MatchingRequest open = randomRequest(seed, 40, 15);
        Set<PairIds> firstProposal = matcher.match(open).pairs().stream()
                .map(pair -> new PairIds(pair.participantId(), pair.buddyId()))
                .collect(Collectors.toSet());
        MatchingRequest rejectingThem =
                new MatchingRequest(open.waiting(), open.buddies(), open.rules(), TODAY, Set.of(), firstProposal);

        MatchingResult second = matcher.match(rejectingThem);

        assertThat(second.pairs())
                .noneMatch(pair -> firstProposal.contains(new PairIds(pair.participantId(), pair.buddyId())));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void respectsEveryBuddysCapacity(long seed) {
        MatchingRequest request = randomRequest(seed, 60, 12);

        MatchingResult result = matcher.match(request);

        Map<String, Long> taken =
                result.pairs().stream().collect(Collectors.groupingBy(ProposedPair::buddyId, Collectors.counting()));
        assertThat(request.buddies())
                .allSatisfy(
                        buddy -> assertThat(taken.getOrDefault(buddy.id(), 0L)).isLessThanOrEqualTo(buddy.capacity()));
        assertThat(result.pairs()).extracting(ProposedPair::participantId).doesNotHaveDuplicates();
        assertThat(result.pairs().size() + result.stillWaiting().size())
                .isEqualTo(request.waiting().size());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void findsTheBestTotalScoreOfTheWholeList(long seed) {
        MatchingRequest request = randomRequest(seed, 6, 3);
        PairScoring scoring = new PairScoring(request.rules());
        CandidateFilter filter = new CandidateFilter(request.rules());
        List<ScoredEdge> edges = new ArrayList<>();
        for (Participant participant : request.waiting()) {
            for (Buddy buddy : request.buddies()) {
                if (filter.allows(participant, buddy)) {
                    edges.add(new ScoredEdge(
                            participant.id(),
                            buddy.id(),
                            scoring.explain(participant, buddy, TODAY, false)
                                    .score()
                                    .doubleValue()));
                }
            }
        }
        BMatchingProblem asBMatching = new BMatchingProblem(
                request.waiting().stream().map(p -> MatchingNode.of(p.id())).toList(),
                request.buddies().stream()
                        .map(b -> new MatchingNode(b.id(), b.capacity()))
                        .toList(),
                edges);

        MatchingResult result = matcher.match(request);

        double total = result.pairs().stream()
                .map(ProposedPair::score)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .doubleValue();
        assertThat(total).isCloseTo(BruteForce.maximumBMatchingScore(asBMatching), within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void explainsEveryScoreWithPartsThatAddUpExactly(long seed) {
        MatchingResult result = matcher.match(randomRequest(seed, 50, 20));

        assertThat(result.pairs()).isNotEmpty().allSatisfy(pair -> {
            assertThat(pair.explanation()).extracting(ScorePart::criterion).containsExactly(Criterion.values());
            assertThat(pair.explanation().stream().map(ScorePart::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualTo(pair.score());
            assertThat(pair.explanation())
                    .allSatisfy(part -> assertThat(part.reason()).isNotBlank());
        });
    }

    @Test
    void keepsTheFactsBehindEveryReasonSoThatAPageCanWordThemInItsReadersLanguage() {
        Participant amina =
                person().speaksOnly("nl", LanguageLevel.A2).waitingFor(12).participant("amina");
        Buddy lotte = person().speaksOnly("nl", LanguageLevel.NATIVE).buddy("lotte");

        List<ScorePart> parts = matcher.match(request(List.of(amina), List.of(lotte)))
                .pairs()
                .get(0)
                .explanation();

        assertThat(parts)
                .filteredOn(part -> part.criterion() == Criterion.LANGUAGE)
                .singleElement()
                .satisfies(part -> assertThat(part.fact()).isEqualTo(ScorePart.SHARED))
                .satisfies(part -> assertThat(part.arguments()).containsExactly("nl", "A2", "NATIVE"));
        assertThat(parts)
                .filteredOn(part -> part.criterion() == Criterion.AVAILABILITY)
                .singleElement()
                .satisfies(part -> assertThat(part.arguments()).containsExactly("1", "TUESDAY:EVENING"));
        assertThat(parts)
                .filteredOn(part -> part.criterion() == Criterion.WAITING)
                .singleElement()
                .satisfies(part -> assertThat(part.arguments()).containsExactly("12", "30", "10"));
        assertThat(parts)
                .allSatisfy(part -> assertThat(part.fact())
                        .isIn(ScorePart.SHARED, ScorePart.NONE, ScorePart.UNKNOWN, ScorePart.STRAIGHT_LINE));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void givesTheSolverExactlyTheScoreItExplains(long seed) {
        MatchingRequest request = randomRequest(seed, 30, 10);
        PairScoring scoring = new PairScoring(request.rules());

        for (Participant participant : request.waiting()) {
            for (Buddy buddy : request.buddies()) {
                long solverMilliPoints =
                        scoring.fitMilliPoints(participant, buddy) + scoring.waitingMilliPoints(participant, TODAY);
                assertThat(scoring.explain(participant, buddy, TODAY, false)
                                .score()
                                .movePointRight(3)
                                .longValueExact())
                        .isEqualTo(solverMilliPoints);
            }
        }
    }

    @Test
    void explainsAPairInDomainWords() {
        Participant participant =
                person().interestedIn("chess", "cooking").waitingFor(45).participant("p");
        Buddy buddy = person().speaksOnly("nl", LanguageLevel.NATIVE)
                .interestedIn("chess")
                .buddy("b");

        ProposedPair pair = new PairScoring(newcomerProgramme()).explain(participant, buddy, TODAY, false);

        assertThat(pair.explanation())
                .extracting(ScorePart::reason)
                .contains(
                        "both speak nl (B1 and NATIVE)",
                        "shares 1 of 2 interests: chess",
                        "0.0 km apart in a straight line",
                        "1 weekly moments in common: tuesday evening",
                        "no wishes stated",
                        "waiting 45 days (30 days weigh 10 points)");
        // language 2 * 3/7, interests 10 * 1/2, proximity 3, availability 4, preferences 1, waiting 45 * 10 / 30
        assertThat(pair.score())
                .isEqualByComparingTo(new BigDecimal("0.857")
                        .add(new BigDecimal("5.000"))
                        .add(new BigDecimal("3.000"))
                        .add(new BigDecimal("4.000"))
                        .add(new BigDecimal("1.000"))
                        .add(new BigDecimal("15.000")));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void proposesTheSamePairsWhateverTheInputOrder(long seed) {
        MatchingRequest request = randomRequest(seed, 80, 25);
        MatchingResult reference = matcher.match(request);
        Random random = new Random(seed);

        for (int shuffle = 0; shuffle < 4; shuffle++) {
            List<Participant> waiting = new ArrayList<>(request.waiting());
            List<Buddy> buddies = new ArrayList<>(request.buddies());
            Collections.shuffle(waiting, random);
            Collections.shuffle(buddies, random);

            MatchingResult shuffled =
                    matcher.match(new MatchingRequest(waiting, buddies, request.rules(), TODAY, Set.of(), Set.of()));

            assertThat(shuffled).isEqualTo(reference);
        }
    }

    @Test
    void reportsItsPhasesInOrder() {
        List<MatchingPhase> phases = new CopyOnWriteArrayList<>();

        matcher.match(randomRequest(1, 10, 4), phases::add);

        assertThat(phases)
                .containsExactly(
                        MatchingPhase.CANDIDATES, MatchingPhase.SCORING, MatchingPhase.SOLVING, MatchingPhase.DONE);
    }

    @Test
    void reportsDoneToAListenerOnAnotherThread() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        MatchingProgress progress = phase -> {
            if (phase == MatchingPhase.DONE) {
                done.countDown();
            }
        };

        Thread run = new Thread(() -> matcher.match(randomRequest(2, 10, 4), progress));
        run.start();

        assertThat(done.await(1, TimeUnit.MINUTES)).isTrue();
        run.join();
    }

    @Test
    void reportsAllPhasesEvenWithoutCandidates() {
        List<MatchingPhase> phases = new CopyOnWriteArrayList<>();

        matcher.match(request(List.of(), List.of()), phases::add);

        assertThat(phases).containsExactly(MatchingPhase.values());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4})
    void refusesABuddyCapacityOutsideOneToThree(int capacity) {
        assertThatThrownBy(() -> person().buddy("b", capacity))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Buddy b has capacity " + capacity);
    }

    @Test
    void refusesAFixedPairWithAnUnknownParticipant() {
        assertThatThrownBy(() -> new MatchingRequest(
                        List.of(),
                        List.of(person().buddy("b")),
                        newcomerProgramme(),
                        TODAY,
                        Set.of(new PairIds("ghost", "b")),
                        Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixed pair ghost-b names an unknown participant ghost");
    }

    @Test
    void refusesAnExcludedPairWithAnUnknownBuddy() {
        assertThatThrownBy(() -> new MatchingRequest(
                        List.of(person().participant("p")),
                        List.of(),
                        newcomerProgramme(),
                        TODAY,
                        Set.of(),
                        Set.of(new PairIds("p", "ghost"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("excluded pair p-ghost names an unknown buddy ghost");
    }

    @Test
    void refusesAParticipantFixedTwice() {
        assertThatThrownBy(() -> new MatchingRequest(
                        List.of(person().participant("p")),
                        List.of(person().buddy("a"), person().buddy("b")),
                        newcomerProgramme(),
                        TODAY,
                        Set.of(new PairIds("p", "a"), new PairIds("p", "b")),
                        Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixed to more than one buddy");
    }

    @Test
    void refusesMoreFixedPairsThanABuddyCanTake() {
        assertThatThrownBy(() -> new MatchingRequest(
                        List.of(person().participant("p"), person().participant("q")),
                        List.of(person().buddy("b")),
                        newcomerProgramme(),
                        TODAY,
                        Set.of(new PairIds("p", "b"), new PairIds("q", "b")),
                        Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity 1");
    }

    @Test
    void refusesAPairBothFixedAndExcluded() {
        assertThatThrownBy(() -> new MatchingRequest(
                        List.of(person().participant("p")),
                        List.of(person().buddy("b")),
                        newcomerProgramme(),
                        TODAY,
                        Set.of(new PairIds("p", "b")),
                        Set.of(new PairIds("p", "b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both fixed and excluded");
    }

    @Test
    void refusesTheSameParticipantTwice() {
        assertThatThrownBy(() -> request(List.of(person().participant("p"), person().participant("p")), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("participant id p appears twice");
    }

    @Test
    void refusesAnEntryDateAfterTheDayOfTheRun() {
        assertThatThrownBy(() -> request(List.of(person().waitingFor(-1).participant("p")), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after the day of the run");
    }

    private static List<String> pairsOf(MatchingResult result) {
        return result.pairs().stream()
                .map(pair -> pair.participantId() + "-" + pair.buddyId())
                .toList();
    }
}

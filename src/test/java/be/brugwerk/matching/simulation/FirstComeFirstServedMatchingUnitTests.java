package be.brugwerk.matching.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import be.brugwerk.matching.engine.Buddy;
import be.brugwerk.matching.engine.CriterionWeights;
import be.brugwerk.matching.engine.DayPart;
import be.brugwerk.matching.engine.Gender;
import be.brugwerk.matching.engine.GenderWishes;
import be.brugwerk.matching.engine.HardConstraints;
import be.brugwerk.matching.engine.LanguageLevel;
import be.brugwerk.matching.engine.LanguageSkill;
import be.brugwerk.matching.engine.MatchingRequest;
import be.brugwerk.matching.engine.PairIds;
import be.brugwerk.matching.engine.Participant;
import be.brugwerk.matching.engine.Place;
import be.brugwerk.matching.engine.Preferences;
import be.brugwerk.matching.engine.Profile;
import be.brugwerk.matching.engine.ProgrammeRules;
import be.brugwerk.matching.engine.ProposedPair;
import be.brugwerk.matching.engine.WaitingListMatching;
import be.brugwerk.matching.engine.WaitingTradeOff;
import be.brugwerk.matching.engine.WeeklySlot;
import be.brugwerk.matching.simulation.FirstComeFirstServedMatching.BuddyChoice;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstComeFirstServedMatchingUnitTests {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 7);
    private static final ProgrammeRules PROGRAMME = new ProgrammeRules(
            new CriterionWeights(2, 10, 3, 4, 1), new WaitingTradeOff(30, 10), true, 10, GenderWishes.AS_PREFERENCE);
    /** Gent centre; a degree of latitude is about 111 km, so 0.01 degree north is about 1.1 km. */
    private static final double GENT_LATITUDE = 51.0543;

    private static final double GENT_LONGITUDE = 3.7174;

    private final FirstComeFirstServedMatching bestFit = new FirstComeFirstServedMatching(BuddyChoice.BEST_FIT);
    private final FirstComeFirstServedMatching nearest = new FirstComeFirstServedMatching(BuddyChoice.NEAREST);

    @Test
    void servesTheLongestWaitingParticipantFirstEvenWhenALaterOneFitsBetter() {
        Participant waitedLonger = participant("n1", 20, Set.of("chess"), 0);
        Participant fitsBetter = participant("n2", 19, Set.of("cooking", "music", "films"), 0);
        Buddy buddy = buddy("b1", 1, Set.of("cooking", "music", "films"), 0.01, "nl");

        List<ProposedPair> pairs = bestFit.match(request(List.of(fitsBetter, waitedLonger), List.of(buddy)));

        assertThat(pairs)
                .extracting(ProposedPair::participantId, ProposedPair::buddyId)
                .containsExactly(tuple("n1", "b1"));
    }

    @Test
    void givesTheBestFittingAllowedBuddyOrTheNearestOneAsChosen() {
        Participant newcomer = participant("n1", 10, Set.of("cooking", "music", "films"), 0);
        Buddy nearButUnlike = buddy("b1", 1, Set.of("chess"), 0.01, "nl");
        Buddy fartherButAlike = buddy("b2", 1, Set.of("cooking", "music", "films"), 0.05, "nl");
        MatchingRequest request = request(List.of(newcomer), List.of(nearButUnlike, fartherButAlike));

        assertThat(bestFit.match(request)).extracting(ProposedPair::buddyId).containsExactly("b2");
        assertThat(nearest.match(request)).extracting(ProposedPair::buddyId).containsExactly("b1");
    }

    @Test
    void neverPairsBeyondTheProgrammesDistanceOrWithoutASharedLanguage() {
        Participant newcomer = participant("n1", 10, Set.of("chess"), 0);
        Buddy tooFar = buddy("b1", 1, Set.of("chess"), 0.15, "nl");
        Buddy speaksOnlyFrench = buddy("b2", 1, Set.of("chess"), 0.01, "fr");
        MatchingRequest request = request(List.of(newcomer), List.of(tooFar, speaksOnlyFrench));

        assertThat(bestFit.match(request)).isEmpty();
        assertThat(nearest.match(request)).isEmpty();
    }

    @Test
    void fillsABuddyUpToItsFreePlacesInWaitingListOrder() {
        List<Participant> waiting = List.of(
                participant("n3", 5, Set.of(), 0),
                participant("n1", 30, Set.of(), 0),
                participant("n2", 20, Set.of(), 0));
        Buddy buddy = buddy("b1", 2, Set.of("chess"), 0.01, "nl");

        List<ProposedPair> pairs = nearest.match(request(waiting, List.of(buddy)));

        assertThat(pairs).extracting(ProposedPair::participantId).containsExactly("n1", "n2");
    }

    @Test
    void scoresItsPairsAsTheEngineScoresTheSamePairMadeByHand() {
        Participant newcomer = participant("n1", 45, Set.of("cooking", "music"), 0);
        Buddy buddy = buddy("b1", 1, Set.of("cooking", "chess"), 0.03, "nl");
        MatchingRequest request = request(List.of(newcomer), List.of(buddy));

        ProposedPair greedy = bestFit.match(request).get(0);
        ProposedPair byHand = new WaitingListMatching()
                .match(new MatchingRequest(
                        List.of(newcomer), List.of(buddy), PROGRAMME, TODAY, Set.of(new PairIds("n1", "b1")), Set.of()))
                .pairs()
                .get(0);

        assertThat(greedy.score()).isEqualByComparingTo(byHand.score());
        assertThat(greedy.explanation()).isEqualTo(byHand.explanation());
    }

    @Test
    void refusesCoordinatorDecisionsItDoesNotModel() {
        Participant newcomer = participant("n1", 10, Set.of(), 0);
        Buddy buddy = buddy("b1", 1, Set.of(), 0.01, "nl");
        MatchingRequest withFixedPair = new MatchingRequest(
                List.of(newcomer), List.of(buddy), PROGRAMME, TODAY, Set.of(new PairIds("n1", "b1")), Set.of());

        assertThatIllegalArgumentException().isThrownBy(() -> bestFit.match(withFixedPair));
    }

    private static MatchingRequest request(List<Participant> waiting, List<Buddy> buddies) {
        return new MatchingRequest(waiting, buddies, PROGRAMME, TODAY, Set.of(), Set.of());
    }

    /** A Dutch-learning newcomer in Gent who entered {@code daysWaiting} days ago, {@code degreesNorth} of the centre. */
    private static Participant participant(String id, int daysWaiting, Set<String> interests, double degreesNorth) {
        return new Participant(id, TODAY.minusDays(daysWaiting), profile(interests, degreesNorth, "nl"));
    }

    private static Buddy buddy(String id, int capacity, Set<String> interests, double degreesNorth, String language) {
        return new Buddy(id, profile(interests, degreesNorth, language), capacity);
    }

    private static Profile profile(Set<String> interests, double degreesNorth, String language) {
        return new Profile(
                List.of(new LanguageSkill(language, LanguageLevel.B1)),
                interests,
                Set.of(new WeeklySlot(DayOfWeek.MONDAY, DayPart.EVENING)),
                Place.at(GENT_LATITUDE + degreesNorth, GENT_LONGITUDE),
                30,
                Gender.UNSTATED,
                Preferences.none(),
                HardConstraints.none());
    }
}

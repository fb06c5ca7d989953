package be.brugwerk.matching.engine;

import static be.brugwerk.matching.engine.BuddyFixtures.GENT_CENTRE;
import static be.brugwerk.matching.engine.BuddyFixtures.TODAY;
import static be.brugwerk.matching.engine.BuddyFixtures.newcomerProgramme;
import static be.brugwerk.matching.engine.BuddyFixtures.person;
import static be.brugwerk.matching.engine.BuddyFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which measure of distance a pair gets, and what it does to the candidates and the proximity part: straight-line km
 * when both have a point, the same neighbourhood name as fallback (counted as 0 km), unknown otherwise. The programme
 * of {@link BuddyFixtures} allows 10 km and weighs proximity 3.
 */
class ProximityMeasureUnitTests {

    /** About 4.35 km east of Gent's centre (Gentbrugge). */
    private static final Place GENTBRUGGE = new Place(51.0430, 3.7770, "gentbrugge");

    /** About 50 km from Gent's centre (Brussels, Grote Markt), though it names the same neighbourhood. */
    private static final Place BRUSSELS = new Place(50.8467, 4.3525, "gentbrugge");

    private final BuddyMatcher matcher = new WaitingListMatching();

    @Test
    void measuresAStraightLineWhenBothHaveAPointEvenIfTheyNameTheSameNeighbourhood() {
        Place inGent = new Place(GENT_CENTRE.latitude(), GENT_CENTRE.longitude(), "gentbrugge");

        assertThat(inGent.measureTo(GENTBRUGGE)).isEqualTo(Place.Measure.STRAIGHT_LINE);
        assertThat(inGent.distanceKmTo(GENTBRUGGE).getAsDouble()).isCloseTo(4.35, within(0.01));
    }

    @Test
    void fallsBackToTheNeighbourhoodWhenOneHasNoPoint() {
        Place nameOnly = Place.inNeighbourhood("gentbrugge");

        assertThat(nameOnly.measureTo(GENTBRUGGE)).isEqualTo(Place.Measure.SAME_NEIGHBOURHOOD);
        assertThat(GENTBRUGGE.measureTo(nameOnly)).isEqualTo(Place.Measure.SAME_NEIGHBOURHOOD);
        assertThat(nameOnly.distanceKmTo(GENTBRUGGE).getAsDouble()).isZero();
        assertThat(Place.inNeighbourhood("ledeberg").measureTo(GENTBRUGGE)).isEqualTo(Place.Measure.UNKNOWN);
        assertThat(Place.unknown().distanceKmTo(GENTBRUGGE)).isEmpty();
    }

    @Test
    void leavesOutABuddyFartherThanTheLimitAndRanksTheNearerOneFirst() {
        Participant amina = person().livingAt(GENT_CENTRE).participant("amina");
        Buddy far = person().livingAt(BRUSSELS).buddy("far");
        Buddy near = person().livingAt(GENTBRUGGE).buddy("near");
        Buddy nearer = person().livingAt(Place.at(51.0500, 3.7250)).buddy("nearer");
        PairScoring scoring = new PairScoring(newcomerProgramme());
        CandidateFilter filter = new CandidateFilter(newcomerProgramme());

        assertThat(filter.allows(amina, far)).isFalse();
        assertThat(filter.allows(amina, near)).isTrue();
        assertThat(scoring.fitMilliPoints(amina, nearer)).isGreaterThan(scoring.fitMilliPoints(amina, near));
        assertThat(matcher.match(request(List.of(amina), List.of(far, near, nearer)))
                        .pairs())
                .singleElement()
                .satisfies(pair -> assertThat(pair.buddyId()).isEqualTo("nearer"));
    }

    @Test
    void explainsWhichMeasureWasUsed() {
        Participant withPoint = person().livingAt(GENT_CENTRE).participant("p");
        PairScoring scoring = new PairScoring(newcomerProgramme());

        ScorePart line = proximity(
                scoring.explain(withPoint, person().livingAt(GENTBRUGGE).buddy("b"), TODAY, false));
        assertThat(line.fact()).isEqualTo(ScorePart.STRAIGHT_LINE);
        assertThat(line.arguments()).containsExactly("4.4");
        assertThat(line.reason()).isEqualTo("4.4 km apart in a straight line");
        // 3 * (1 - 4.3516 / 10), rounded half up to thousandths
        assertThat(line.points()).isEqualByComparingTo("1.695");

        Participant nameOnly =
                person().livingAt(Place.inNeighbourhood("gentbrugge")).participant("q");
        ScorePart same = proximity(
                scoring.explain(nameOnly, person().livingAt(GENTBRUGGE).buddy("b"), TODAY, false));
        assertThat(same.fact()).isEqualTo(ScorePart.SAME_NEIGHBOURHOOD);
        assertThat(same.arguments()).isEmpty();
        assertThat(same.points()).isEqualByComparingTo("3.000");

        ScorePart unknown = proximity(scoring.explain(
                person().livingAt(Place.unknown()).participant("r"), person().buddy("b"), TODAY, false));
        assertThat(unknown.fact()).isEqualTo(ScorePart.UNKNOWN);
        assertThat(unknown.points()).isEqualByComparingTo("0.000");
    }

    @Test
    void keepsTheScoreOfAPairWithoutPointsAsItWas() {
        // without points the neighbourhood name decides, as before points were read: a full proximity part
        Participant p = person().livingAt(Place.inNeighbourhood("ledeberg")).participant("p");
        Buddy b = person().livingAt(Place.inNeighbourhood("ledeberg")).buddy("b");

        assertThat(new PairScoring(newcomerProgramme()).fitMilliPoints(p, b))
                .isEqualTo(new PairScoring(newcomerProgramme())
                        .fitMilliPoints(person().participant("p2"), person().buddy("b2")));
    }

    private static ScorePart proximity(ProposedPair pair) {
        return pair.explanation().stream()
                .filter(part -> part.criterion() == Criterion.PROXIMITY)
                .findFirst()
                .orElseThrow();
    }
}

package be.brugwerk.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The neighbourhood analysis on small layouts whose distances are worked out by hand: points straight north of each
 * other, so that a distance is the arc of the meridian, km = degrees × 6371.0088 × π / 180 (about 111.195 km a degree),
 * independent of the haversine the analysis uses.
 */
class NeighbourhoodAnalysisUnitTests {

    static final double SOUTH = 50.80;
    static final double LONGITUDE = 4.35;
    static final double KM_PER_DEGREE = 6371.0088 * Math.PI / 180;

    /** A point {@code km} straight north of the south edge. */
    static double north(double km) {
        return SOUTH + km / KM_PER_DEGREE;
    }

    static ActorView actor(
            String name,
            ActorKind kind,
            Double latitude,
            Boolean free,
            Boolean stepFree,
            Map<DayOfWeek, String> hours) {
        return new ActorView(
                UUID.randomUUID(),
                1,
                ActorSource.MANUAL,
                null,
                null,
                name,
                kind,
                null,
                latitude,
                latitude == null ? null : LONGITUDE,
                null,
                null,
                null,
                null,
                hours,
                free,
                stepFree,
                null,
                null,
                null,
                null,
                null,
                false);
    }

    @Test
    void findsNothingToMeasureWithoutActors() {
        NeighbourhoodAnalysis.Result result = NeighbourhoodAnalysis.of(List.of());

        assertThat(result.actors()).isZero();
        assertThat(result.coverage()).isNull();
        assertThat(result.farFromFreeMeetingPlace()).isEmpty();
        assertThat(result.weekend()).isEqualTo(new NeighbourhoodAnalysis.Weekend(0, 0, 0));
        assertThat(result.kinds()).isEmpty();
    }

    @Test
    void measuresTheAreaOnAGridAndNamesTheActorsFarFromAFreeMeetingPlace() {
        // the south edge at 0 km, the free community centre at 0.1 km, a school at 0.6 km, a shop at 1.9 km
        ActorView edge = actor("Bakker", ActorKind.SHOP, SOUTH, null, null, Map.of());
        ActorView centre = actor("Buurthuis", ActorKind.COMMUNITY_CENTRE, north(0.1), true, true, Map.of());
        ActorView school = actor("School", ActorKind.SCHOOL, north(0.6), null, false, Map.of());
        ActorView far = actor("Winkel", ActorKind.SHOP, north(1.9), null, null, Map.of());

        NeighbourhoodAnalysis.Result result = NeighbourhoodAnalysis.of(List.of(edge, centre, school, far));

        assertThat(result.freeMeetingPlaces()).isEqualTo(1);
        assertThat(result.farFromFreeMeetingPlace()).containsExactly(far);
        // grid points at 0, 0.25, ..., 1.75 km (2.0 lies beyond the shop): 8 points, at 0.1, 0.15, 0.4, 0.65, 0.9,
        // 1.15, 1.4 and 1.65 km from the centre: the last three are uncovered
        assertThat(result.coverage()).isEqualTo(new NeighbourhoodAnalysis.Coverage(0.25, 8, 3));
        assertThat(result.coverage().coveredShare()).isEqualTo(5 / 8.0);
    }

    @Test
    void countsAMeetingPlaceOnlyWhenItIsFree() {
        ActorView paying = actor("Café", ActorKind.CAFE, SOUTH, false, null, Map.of());
        ActorView unknown = actor("Park", ActorKind.PARK, north(0.2), null, null, Map.of());
        ActorView freeShop = actor("Weggeefwinkel", ActorKind.SHOP, north(0.3), true, null, Map.of());

        NeighbourhoodAnalysis.Result result = NeighbourhoodAnalysis.of(List.of(paying, unknown, freeShop));

        assertThat(result.freeMeetingPlaces()).isZero();
        assertThat(result.farFromFreeMeetingPlace()).containsExactly(paying, unknown, freeShop);
        assertThat(result.coverage().uncovered()).isEqualTo(result.coverage().points());
    }

    @Test
    void leavesActorsWithoutAPlaceOutOfTheDistancesButNotOutOfTheCounts() {
        ActorView unplaced = actor("Vereniging", ActorKind.ASSOCIATION, null, null, true, Map.of());

        NeighbourhoodAnalysis.Result result = NeighbourhoodAnalysis.of(List.of(unplaced));

        assertThat(result.actors()).isEqualTo(1);
        assertThat(result.placed()).isZero();
        assertThat(result.coverage()).isNull();
        assertThat(result.kinds())
                .containsExactly(new NeighbourhoodAnalysis.KindAccess(ActorKind.ASSOCIATION, 1, 1, 0, 0));
    }

    @Test
    void countsWhatIsOpenAtTheWeekendAndWhoseHoursAreUnknown() {
        ActorView saturday =
                actor("Markt", ActorKind.SHOP, null, null, null, Map.of(DayOfWeek.SATURDAY, "08:00-13:00"));
        ActorView weekdays =
                actor("Dienst", ActorKind.SERVICE, null, null, null, Map.of(DayOfWeek.MONDAY, "09:00-12:00"));
        ActorView unknown = actor("Club", ActorKind.SPORTS_GROUND, null, null, null, Map.of());

        assertThat(NeighbourhoodAnalysis.of(List.of(saturday, weekdays, unknown))
                        .weekend())
                .isEqualTo(new NeighbourhoodAnalysis.Weekend(1, 0, 1));
    }

    @Test
    void marksAKindWithNothingKnownToBeStepFreeAsAGap() {
        ActorView stepFree = actor("Bib", ActorKind.LIBRARY, null, null, true, Map.of());
        ActorView steps = actor("Kerk", ActorKind.RELIGIOUS_COMMUNITY, null, null, false, Map.of());
        ActorView unknown = actor("Moskee", ActorKind.RELIGIOUS_COMMUNITY, null, null, null, Map.of());

        List<NeighbourhoodAnalysis.KindAccess> kinds =
                NeighbourhoodAnalysis.of(List.of(stepFree, steps, unknown)).kinds();

        assertThat(kinds)
                .containsExactly(
                        new NeighbourhoodAnalysis.KindAccess(ActorKind.RELIGIOUS_COMMUNITY, 2, 0, 1, 1),
                        new NeighbourhoodAnalysis.KindAccess(ActorKind.LIBRARY, 1, 1, 0, 0));
        assertThat(kinds.get(0).gap()).isTrue();
        assertThat(kinds.get(1).gap()).isFalse();
    }

    @Test
    void measuresALargeAreaOnACoarserGridAndSaysSo() {
        // 40 km north to south and as much east to west: at 250 m that would be 161 × 161 points, too many
        ActorView south = actor("Zuid", ActorKind.OTHER, SOUTH, null, null, Map.of());
        ActorView northEast = new ActorView(
                UUID.randomUUID(),
                1,
                ActorSource.MANUAL,
                null,
                null,
                "Noordoost",
                ActorKind.OTHER,
                null,
                north(40),
                LONGITUDE + 40 / (KM_PER_DEGREE * Math.cos(Math.toRadians((SOUTH + north(40)) / 2))),
                null,
                null,
                null,
                null,
                Map.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false);

        NeighbourhoodAnalysis.Coverage coverage =
                NeighbourhoodAnalysis.of(List.of(south, northEast)).coverage();

        // 500 m: 81 × 81 = 6561 points, within the 10 000
        assertThat(coverage.spacingKm()).isEqualTo(0.5);
        assertThat(coverage.points()).isEqualTo(81 * 81);
        assertThat(coverage.uncovered()).isEqualTo(coverage.points());
    }
}

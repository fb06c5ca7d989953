package be.brugwerk.matching.engine;

import static be.brugwerk.matching.engine.BuddyFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NearbyBuddiesUnitTests {

    @Test
    void findsNoBuddyWhenThereAreNone() {
        assertThat(new NearbyBuddies(List.of(), 10).near(person().participant("p")))
                .isEmpty();
    }

    @Test
    void leavesOutABuddyInAnotherCity() {
        Buddy gent = person().livingAt(Place.at(51.0543, 3.7174)).buddy("gent");
        Buddy brussels = person().livingAt(Place.at(50.8467, 4.3525)).buddy("brussels");

        List<Buddy> near = new NearbyBuddies(List.of(brussels, gent), 10)
                .near(person().livingAt(Place.at(51.06, 3.72)).participant("p"));

        assertThat(near).containsExactly(gent);
    }

    @Test
    void offersBuddiesWithoutCoordinatesToEveryone() {
        Buddy neighbourhoodOnly =
                person().livingAt(Place.inNeighbourhood("Rabot")).buddy("rabot");
        Buddy unknown = person().livingAt(Place.unknown()).buddy("unknown");

        List<Buddy> near = new NearbyBuddies(List.of(neighbourhoodOnly, unknown), 10).near(person().participant("p"));

        assertThat(near).containsExactly(neighbourhoodOnly, unknown);
    }

    @Test
    void offersEveryBuddyToAParticipantWithoutCoordinates() {
        List<Buddy> buddies = List.of(
                person().buddy("a"), person().livingAt(Place.at(-33.9, 151.2)).buddy("sydney"));

        assertThat(new NearbyBuddies(buddies, 10)
                        .near(person().livingAt(Place.inNeighbourhood("Rabot")).participant("p")))
                .containsExactlyElementsOf(buddies);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 10, 150, 5000})
    void missesNoBuddyWithinTheDistanceAnywhereOnEarth(double maxKm) {
        Random random = new Random((long) maxKm);
        List<Buddy> buddies = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            buddies.add(person().livingAt(randomPlaceNear(random, i % 3)).buddy("b" + i));
        }
        NearbyBuddies index = new NearbyBuddies(buddies, maxKm);

        for (int i = 0; i < 300; i++) {
            Place place = randomPlaceNear(random, i % 3);
            List<Buddy> near = index.near(person().livingAt(place).participant("p"));

            List<Buddy> withinReach = buddies.stream()
                    .filter(b -> b.profile().place().distanceKmTo(place).getAsDouble() <= maxKm)
                    .toList();
            // as a set: near may hold nearly all 3000 buddies, and a list's containsAll compares each with each
            assertThat(new HashSet<>(near)).containsAll(withinReach);
        }
    }

    /** Around Gent, near the north pole, or across the antimeridian, where grids on latitude and longitude go wrong. */
    private static Place randomPlaceNear(Random random, int region) {
        return switch (region) {
            case 0 -> Place.at(51.05 + random.nextGaussian() * 0.05, 3.72 + random.nextGaussian() * 0.08);
            case 1 ->
                Place.at(Math.min(90, 89.9 + Math.abs(random.nextGaussian()) * 0.05), random.nextDouble() * 360 - 180);
            default ->
                Place.at(
                        random.nextGaussian() * 0.05,
                        random.nextBoolean() ? 180 - random.nextDouble() * 0.05 : -180 + random.nextDouble() * 0.05);
        };
    }
}

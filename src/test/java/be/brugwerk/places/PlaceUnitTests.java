package be.brugwerk.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.neighbourhood.ActorKind;
import be.brugwerk.neighbourhood.ActorSource;
import be.brugwerk.neighbourhood.ActorView;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class PlaceUnitTests {

    private static final ParticipantId PARTICIPANT = new ParticipantId(UUID.randomUUID());
    private static final UUID NEIGHBOUR = UUID.randomUUID();

    /** The library of Ghent (De Krook): a place the participant goes weekly with a neighbour. */
    private static Place.Input library() {
        return new Place.Input(
                "LIBRARY",
                "De Krook",
                "Miriam Makebaplein 1, 9000 Gent",
                "51.0480",
                "3.7276",
                "GOES",
                "WEEKLY",
                "YES",
                List.of(NEIGHBOUR.toString()),
                "Reads the papers there");
    }

    private static Place.Input with(String field, String value) {
        Place.Input i = library();
        return new Place.Input(
                field.equals("kind") ? value : i.kind(),
                field.equals("name") ? value : i.name(),
                field.equals("address") ? value : i.address(),
                field.equals("latitude") ? value : i.latitude(),
                field.equals("longitude") ? value : i.longitude(),
                field.equals("going") ? value : i.going(),
                field.equals("visits") ? value : i.visits(),
                field.equals("welcome") ? value : i.welcome(),
                field.equals("companions") ? List.of(value) : i.companions(),
                field.equals("note") ? value : i.note());
    }

    private static AbstractThrowableAssert<?, ?> refusing(Place.Input input) {
        return assertThatThrownBy(() -> Place.add(PARTICIPANT, input, LocatedBy.PICKED, Set.of(NEIGHBOUR)))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void addsAPlaceAtVersionOneWithWhatWasGiven() {
        Place place = Place.add(PARTICIPANT, library(), LocatedBy.PICKED, Set.of(NEIGHBOUR));

        assertThat(place.version()).isEqualTo(1);
        assertThat(place.kind()).isEqualTo(PlaceKind.LIBRARY);
        assertThat(place.point().latitude()).isEqualTo(51.0480);
        assertThat(place.point().longitude()).isEqualTo(3.7276);
        assertThat(place.visits()).isEqualTo(Visits.WEEKLY);
        assertThat(place.welcome()).isEqualTo(Welcome.YES);
        assertThat(place.companions()).containsExactly(NEIGHBOUR);
        assertThat(place.locatedBy()).isEqualTo(LocatedBy.PICKED);
        assertThat(place.actor()).isNull();
        assertThat(place.shareable()).isTrue();
    }

    @Test
    void refusesAPlaceWithoutKindOrName() {
        refusing(with("kind", "")).extracting("field", "messageKey").containsExactly("kind", "places.kindRequired");
        refusing(with("name", "  ")).extracting("field", "messageKey").containsExactly("name", "places.nameRequired");
    }

    @Test
    void refusesAnUnknownKindAsTampered() {
        refusing(with("kind", "CASINO")).extracting("field", "tampered").containsExactly("kind", true);
    }

    @Test
    void refusesAPlaceThatIsNotOnTheMap() {
        refusing(with("latitude", ""))
                .extracting("field", "messageKey")
                .containsExactly("latitude", "places.pointRequired");
    }

    @Test
    void refusesCoordinatesOutsideBelgiumNamingTheLatitude() {
        // Paris
        refusing(new Place.Input("PARK", "Jardin", "", "48.8566", "2.3522", "GOES", "DAILY", "", List.of(), ""))
                .extracting("field", "messageKey")
                .containsExactly("latitude", "geo.outsideBelgium");
        // Ghent with latitude and longitude swapped
        refusing(with("latitude", "3.7276")).extracting("messageKey").isEqualTo("geo.outsideBelgium");
    }

    @Test
    void refusesUnreadableCoordinatesAsTampered() {
        refusing(with("longitude", "east")).extracting("field", "tampered").containsExactly("latitude", true);
    }

    @Test
    void asksHowOftenOnlyWhenTheParticipantGoesThere() {
        refusing(with("visits", ""))
                .extracting("field", "messageKey")
                .containsExactly("visits", "places.visitsRequired");

        Place wish = Place.add(
                PARTICIPANT,
                new Place.Input("SPORTS_CLUB", "Zwemclub", "", "51.05", "3.72", "WOULD_LIKE", "", "", null, ""),
                LocatedBy.PICKED,
                Set.of());
        assertThat(wish.going()).isEqualTo(Going.WOULD_LIKE);
        assertThat(wish.visits()).isNull();
        assertThat(wish.welcome()).isNull();
    }

    @Test
    void takesOnlyCompanionsFromTheNetworkMap() {
        refusing(with("companions", UUID.randomUUID().toString()))
                .extracting("field", "messageKey")
                .containsExactly("companions", "places.companionNotOnMap");
        refusing(with("companions", "Anna")).extracting("field", "tampered").containsExactly("companions", true);
    }

    @Test
    void refusesTooLongAndMultiLineTexts() {
        refusing(with("name", "x".repeat(Place.MAX_NAME + 1)))
                .extracting("field", "messageKey")
                .containsExactly("name", "places.tooLong");
        refusing(with("address", "Straat 1\n9000 Gent")).extracting("field").isEqualTo("address");
        Place noted =
                Place.add(PARTICIPANT, with("note", "first line\nsecond line"), LocatedBy.PICKED, Set.of(NEIGHBOUR));
        assertThat(noted.note()).contains("\n");
    }

    @Test
    void neverSharesAHome() {
        Place home = Place.add(PARTICIPANT, with("kind", "HOME"), LocatedBy.PICKED, Set.of(NEIGHBOUR));

        assertThat(home.shareable()).isFalse();
    }

    @Test
    void revisesIntoTheNextVersionAndRefusesAStaleOne() {
        Place place = Place.add(PARTICIPANT, library(), LocatedBy.PICKED, Set.of(NEIGHBOUR));

        Place changed = place.revise(1, with("welcome", "PARTLY"), LocatedBy.PICKED, Set.of(NEIGHBOUR));

        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.id()).isEqualTo(place.id());
        assertThat(changed.welcome()).isEqualTo(Welcome.PARTLY);
        assertThatThrownBy(() -> changed.revise(1, library(), LocatedBy.PICKED, Set.of(NEIGHBOUR)))
                .isInstanceOf(VersionConflict.class);
    }

    @Test
    void givesItselfBackAsTheInputThatMadeIt() {
        Place place = Place.add(PARTICIPANT, library(), LocatedBy.PICKED, Set.of(NEIGHBOUR));

        Place again = Place.add(PARTICIPANT, place.toInput(), LocatedBy.PICKED, Set.of(NEIGHBOUR));

        assertThat(again).usingRecursiveComparison().ignoringFields("id").isEqualTo(place);
    }

    private static ActorView actor(String name, ActorKind kind, Double latitude, Double longitude) {
        return new ActorView(
                UUID.randomUUID(),
                1,
                ActorSource.OPENSTREETMAP,
                "node/1",
                null,
                name,
                kind,
                "Kerkplein 1, 9000 Gent",
                latitude,
                longitude,
                "Koffie",
                null,
                "Onthaal",
                "09 000 00 00",
                Map.of(),
                true,
                true,
                null,
                null,
                null,
                null,
                null,
                false);
    }

    @Test
    void takesNameKindAddressAndPointFromAnActorAndKeepsItsId() {
        ActorView church = actor("Sint-Baafskathedraal", ActorKind.RELIGIOUS_COMMUNITY, 51.0527, 3.7269);

        Place place = Place.takenFrom(PARTICIPANT, church, with("name", "typed over"), Set.of(NEIGHBOUR));

        assertThat(place.name()).isEqualTo("Sint-Baafskathedraal");
        assertThat(place.kind()).isEqualTo(PlaceKind.PLACE_OF_WORSHIP);
        assertThat(place.address()).isEqualTo("Kerkplein 1, 9000 Gent");
        assertThat(place.point().latitude()).isEqualTo(51.0527);
        assertThat(place.point().longitude()).isEqualTo(3.7269);
        assertThat(place.locatedBy()).isEqualTo(LocatedBy.ACTOR);
        assertThat(place.actor()).isEqualTo(church.id());
        assertThat(place.visits()).as("the participant's own answers stay").isEqualTo(Visits.WEEKLY);
        assertThat(place.companions()).containsExactly(NEIGHBOUR);
    }

    @Test
    void refusesAnActorThatIsNotOnTheMap() {
        ActorView unplaced = actor("Buurthuis", ActorKind.COMMUNITY_CENTRE, null, null);

        assertThatThrownBy(() -> Place.takenFrom(PARTICIPANT, unplaced, library(), Set.of(NEIGHBOUR)))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.field()).isEqualTo("actor"));
    }

    @Test
    void cutsAnActorsNameToWhatAPlaceTakes() {
        ActorView longName = actor("x".repeat(150), ActorKind.SPORTS_GROUND, 51.05, 3.72);

        Place place = Place.takenFrom(PARTICIPANT, longName, library(), Set.of(NEIGHBOUR));

        assertThat(place.name()).hasSize(Place.MAX_NAME);
        assertThat(place.kind()).isEqualTo(PlaceKind.SPORTS_CLUB);
    }

    @Test
    void keepsHowThePointWasFoundWhenAChangeLeavesItAsItWas() {
        Place geocoded = Place.add(PARTICIPANT, library(), LocatedBy.GEOCODER, Set.of(NEIGHBOUR));

        Place renamed = geocoded.revise(1, with("name", "Krook"), LocatedBy.PICKED, Set.of(NEIGHBOUR));
        Place moved = geocoded.revise(1, with("latitude", "51.0490"), LocatedBy.PICKED, Set.of(NEIGHBOUR));

        assertThat(renamed.locatedBy()).isEqualTo(LocatedBy.GEOCODER);
        assertThat(moved.locatedBy()).isEqualTo(LocatedBy.PICKED);
    }
}

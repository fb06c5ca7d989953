package be.brugwerk.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.support.ModuleTest;
import be.brugwerk.support.SignedIn;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Role;
import be.brugwerk.system.VersionConflict;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The places module with the modules it depends on (system, people, network, neighbourhood), on its own embedded
 * database: a participant's place stored through the module API is found again as stored, a change made on an older
 * version is refused, and another participant's place is not found through this participant.
 */
@ModuleTest
@ExtendWith(SignedIn.class)
@Import(TestAccounts.class)
class PlacesModuleTests {

    @Autowired
    PlaceManagement places;

    @Autowired
    TestAccounts accounts;

    @Test
    void findsAStoredPlaceAsStoredAndRefusesALateChange() {
        UUID organisation = accounts.organisation("Places module tests");
        Account coordinator = accounts.account(organisation, Role.COORDINATOR);
        Account coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        ParticipantId participant = new ParticipantId(
                accounts.consentedParticipant(organisation, "Placed", "{Nederlands}", coordinator, coach));
        ParticipantId other =
                new ParticipantId(accounts.consentedParticipant(organisation, "Other", "{Nederlands}", coordinator));
        SignedIn.as(coach);

        Place stored = places.add(participant, library("Reads the papers there"));

        assertThat(places.list(participant)).extracting(Place::id).containsExactly(stored.id());
        Place found = places.get(participant, stored.id());
        assertThat(found.kind()).isEqualTo(PlaceKind.LIBRARY);
        assertThat(found.name()).isEqualTo("De Krook");
        assertThat(found.point()).isEqualTo(new GeoPoint(51.0480, 3.7276));
        assertThat(found.going()).isEqualTo(Going.GOES);
        assertThat(found.note()).isEqualTo("Reads the papers there");

        Place changed = places.change(participant, stored.id(), stored.version(), library("Goes on Saturdays"));
        assertThatThrownBy(() -> places.change(participant, stored.id(), stored.version(), library("Too late")))
                .isInstanceOf(VersionConflict.class);
        assertThat(places.get(participant, stored.id()).note()).isEqualTo("Goes on Saturdays");
        assertThat(changed.version()).isGreaterThan(stored.version());

        SignedIn.as(coordinator);
        assertThatThrownBy(() -> places.get(other, stored.id())).isInstanceOf(NotFound.class);
    }

    /** The library of Ghent (De Krook), where the participant goes weekly. */
    private static Place.Input library(String note) {
        return new Place.Input(
                "LIBRARY",
                "De Krook",
                "Miriam Makebaplein 1, 9000 Gent",
                "51.0480",
                "3.7276",
                "GOES",
                "WEEKLY",
                "YES",
                List.of(),
                note);
    }
}

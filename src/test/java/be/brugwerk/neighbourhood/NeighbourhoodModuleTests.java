package be.brugwerk.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.support.ModuleTest;
import be.brugwerk.support.SignedIn;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Role;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The neighbourhood module with the modules it depends on (system, people), on its own embedded database: an actor
 * typed by hand is stored and found through the module API, by its own organisation only, and another module's
 * reaction to an event finds it under the event's organisation and no other.
 */
@ModuleTest
@ExtendWith(SignedIn.class)
@Import(TestAccounts.class)
class NeighbourhoodModuleTests {

    @Autowired
    ActorManagement actors;

    @Autowired
    TestAccounts accounts;

    @Test
    void findsAStoredActorInItsOwnOrganisationOnly() {
        UUID organisation = accounts.organisation("Neighbourhood module tests");
        UUID elsewhere = accounts.organisation("Neighbourhood module tests elsewhere");
        Account coordinator = accounts.account(organisation, Role.COORDINATOR);
        SignedIn.as(coordinator);

        ActorView stored = actors.create(new ActorInput(
                null,
                "Buurthuis De Brug",
                "COMMUNITY_CENTRE",
                "Soep op woensdag",
                "Iemand voor het repair café",
                null,
                null,
                "Kerkstraat 1, 1000 Brussel",
                50.8466,
                4.3528,
                Map.of(DayOfWeek.WEDNESDAY, "12:00-14:00"),
                true,
                true,
                false,
                "Nederlands, Arabisch"));

        assertThat(actors.list()).extracting(ActorView::id).contains(stored.id());
        ActorView found = actors.get(stored.id());
        assertThat(found.name()).isEqualTo("Buurthuis De Brug");
        assertThat(found.kind()).isEqualTo(ActorKind.COMMUNITY_CENTRE);
        assertThat(found.needs()).isEqualTo("Iemand voor het repair café");
        assertThat(found.latitude()).isEqualTo(50.8466);
        assertThat(actors.forReaction(organisation, stored.id()))
                .map(ActorView::name)
                .contains("Buurthuis De Brug");
        assertThat(actors.forReaction(elsewhere, stored.id())).isEmpty();

        SignedIn.as(accounts.account(elsewhere, Role.COORDINATOR));
        assertThat(actors.list()).extracting(ActorView::id).doesNotContain(stored.id());
        assertThatThrownBy(() -> actors.get(stored.id())).isInstanceOf(NotFound.class);
    }
}

package be.brugwerk.coaching;

import static be.brugwerk.coaching.CoachingFixtures.participant;
import static be.brugwerk.coaching.CoachingFixtures.signedIn;
import static be.brugwerk.coaching.CoachingFixtures.trajectory;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whoever may not reach a thing is refused before anything they sent is read (ADR 0006): the same 404 or 403 with
 * missing or malformed input as with good input, never a 400 that says what was wrong with it.
 */
@FullStackTest
class RefusalBeforeInputIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    UUID organisation;
    UUID participant;
    UUID trajectory;

    @BeforeEach
    void aTrajectoryOfOneOrganisation() {
        organisation = accounts.organisation("Refusal before input");
        WebSession coordinator = signedIn(port, accounts.account(organisation, Role.COORDINATOR));
        Account coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        participant = participant(coordinator, coach.id(), "Amina");
        trajectory = trajectory(coordinator, participant, coach.id());
    }

    @Test
    void refusesAnotherOrganisationsCoachAQuestionnaireWithOrWithoutAnInstrument() {
        WebSession stranger =
                signedIn(port, accounts.account(accounts.organisation("Elsewhere"), Role.VOLUNTEER_COACH));
        String questionnaire = "/trajectories/" + trajectory + "/measurements";

        assertThat(stranger.get(questionnaire + "/new?instrument=LSNS_6").statusCode())
                .isEqualTo(404);
        assertThat(stranger.get(questionnaire + "/new").statusCode()).isEqualTo(404);
        assertThat(stranger.get(questionnaire + "/new?instrument=NO_SUCH_SCALE").statusCode())
                .isEqualTo(404);
        assertThat(stranger.post(questionnaire, Map.of()).statusCode()).isEqualTo(404);
        assertThat(stranger.sendJson("POST", "/api/v1/trajectories/" + trajectory + "/measurements", "{\"instrument\":")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void refusesTheMapImportToAnOrganisationAdminAndABuddyWhateverTheySend() {
        String importing = "/participants/" + participant + "/map/exchange/import";
        for (Role role : new Role[] {Role.ORGANISATION_ADMIN, Role.BUDDY}) {
            WebSession session = signedIn(port, accounts.account(organisation, role));

            assertThat(session.post(importing, Map.of("map", "{}", "version", "0"))
                            .statusCode())
                    .as(role.name())
                    .isEqualTo(403);
            assertThat(session.post(importing, Map.of()).statusCode())
                    .as(role.name())
                    .isEqualTo(403);
            assertThat(session.post(importing, Map.of("map", "{}", "version", "many"))
                            .statusCode())
                    .as(role.name())
                    .isEqualTo(403);
        }
    }

    @Test
    void stillTellsWhoMayWhatIsWrongWithTheirInput() {
        WebSession coordinator = signedIn(port, accounts.account(organisation, Role.COORDINATOR));

        assertThat(coordinator
                        .get("/trajectories/" + trajectory + "/measurements/new")
                        .statusCode())
                .isEqualTo(400);
    }
}

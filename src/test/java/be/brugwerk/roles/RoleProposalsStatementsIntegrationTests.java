package be.brugwerk.roles;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.SqlStatements;
import be.brugwerk.support.SqlStatements.Executed;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A matching run reads what it weighs in batches through the modules that own it (talent cards, participants,
 * places), each audited with one row: it runs the same number of SQL statements with 12 participants as with 2, not
 * five more per participant.
 */
@FullStackTest
class RoleProposalsStatementsIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void weighsTwelveParticipantsWithTheStatementsOfTwo() {
        UUID organisation = accounts.organisation("Statements of a role matching run");
        Account coordinatorAccount = accounts.account(organisation, Role.COORDINATOR);
        Account volunteer = accounts.account(organisation, Role.VOLUNTEER_COACH);
        WebSession coordinator = accounts.signedIn(coordinatorAccount);
        WebSession coach = accounts.signedIn(volunteer);
        String cafe = json.readTree(coordinator
                        .sendJson("POST", "/api/v1/neighbourhood/actors", RoleProposalsIntegrationTests.REPAIR_CAFE)
                        .body())
                .get("id")
                .asString();
        assertThat(coordinator
                        .sendJson(
                                "POST",
                                "/api/v1/neighbourhood/actors/" + cafe + "/roles",
                                RoleProposalsIntegrationTests.HELPER.replace("\"capacity\":2", "\"capacity\":20"))
                        .statusCode())
                .isEqualTo(201);

        approachable(2, organisation, coordinatorAccount, volunteer, coach);
        List<Executed> two = run(coordinator, 2);
        approachable(10, organisation, coordinatorAccount, volunteer, coach);
        List<Executed> twelve = run(coordinator, 12);

        assertThat(twelve)
                .as("with 12 participants:" + SqlStatements.describe(twelve))
                .hasSameSizeAs(two);
    }

    private void approachable(int count, UUID organisation, Account coordinator, Account volunteer, WebSession coach) {
        for (int i = 0; i < count; i++) {
            ApproachableParticipants.sharingRepairs(
                    accounts,
                    ownerDataSource,
                    organisation,
                    "Deelnemer " + UUID.randomUUID(),
                    coordinator,
                    volunteer,
                    coach);
        }
    }

    /** The statements of one run that proposes each of {@code participants} for the role. */
    private List<Executed> run(WebSession coordinator, int participants) {
        return statements.during(() -> {
            var answer = coordinator.sendJson("POST", "/api/v1/roles/proposals", "");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(json.readTree(answer.body()).get("proposals")).hasSize(participants);
        });
    }
}

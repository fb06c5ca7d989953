package be.brugwerk.people;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.SqlStatements;
import be.brugwerk.support.SqlStatements.Executed;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The participant list and the audit page run a fixed number of SQL statements, however many rows they show:
 * the same with 2 participants as with 20 (no query per row).
 */
@FullStackTest
class ParticipantPagesStatementsIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    UUID organisation;
    WebSession coordinator;

    @BeforeEach
    void aCoordinator() {
        organisation = accounts.organisation("Statements of participant pages");
        coordinator = accounts.signedIn(organisation, Role.COORDINATOR);
    }

    @Test
    void listsTwentyParticipantsWithTheStatementsOfTwo() {
        Account professional = accounts.account(organisation, Role.PROFESSIONAL);
        register(2, professional);
        List<Executed> two = statementsOf(coordinator, "/participants");
        register(18, professional);
        List<Executed> twenty = statementsOf(coordinator, "/participants");

        assertThat(twenty)
                .as("with 20 participants:" + SqlStatements.describe(twenty))
                .hasSameSizeAs(two);
        assertThat(two).as("with 2 participants:" + SqlStatements.describe(two)).hasSizeLessThanOrEqualTo(7);
    }

    @Test
    void showsTheAuditTrailWithTheStatementsOfAFewRows() {
        WebSession admin = accounts.signedIn(organisation, Role.ORGANISATION_ADMIN);
        register(1, null);
        List<Executed> few = statementsOf(admin, "/audit");
        register(19, null);
        List<Executed> many = statementsOf(admin, "/audit");

        assertThat(many)
                .as("with many audit rows:" + SqlStatements.describe(many))
                .hasSameSizeAs(few);
        assertThat(few)
                .as("with a few audit rows:" + SqlStatements.describe(few))
                .hasSizeLessThanOrEqualTo(7);
    }

    /** The statements of the page, asked for a second time (the first request after sign-in sets up the session). */
    private List<Executed> statementsOf(WebSession session, String path) {
        assertThat(session.get(path).statusCode()).isEqualTo(200);
        return statements.during(
                () -> assertThat(session.get(path).statusCode()).isEqualTo(200));
    }

    /** Participants with processing consent, each with the professional (if any) on their caseload. */
    private void register(int count, Account professional) {
        for (int i = 0; i < count; i++) {
            HttpResponse<String> created =
                    coordinator.sendJson("POST", "/api/v1/participants", """
                    {"name":"Deelnemer %s","consents":[{"purpose":"PROCESSING"}]}""".formatted(UUID.randomUUID()));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            if (professional != null) {
                String id = created.body().replaceFirst("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
                assertThat(coordinator
                                .sendJson("PUT", "/api/v1/participants/" + id + "/caseload/" + professional.id(), "")
                                .statusCode())
                        .isEqualTo(204);
            }
        }
    }
}

package be.brugwerk.network.web;

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
 * The map editor, the map's JSON and the analysis page run a fixed number of SQL statements, however many members
 * and ties the map has: the same with 2 members as with 20.
 */
@FullStackTest
class MapPagesStatementsIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    WebSession professional;
    String map;

    @BeforeEach
    void aParticipantOnAProfessionalsCaseload() {
        UUID organisation = accounts.organisation("Statements of map pages");
        WebSession coordinator = accounts.signedIn(organisation, Role.COORDINATOR);
        Account worker = accounts.account(organisation, Role.PROFESSIONAL);
        HttpResponse<String> created = coordinator.sendJson("POST", "/api/v1/participants", """
                {"name":"Amina","consents":[{"purpose":"PROCESSING"}]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String participant = created.body().replaceFirst("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(coordinator
                        .sendJson("PUT", "/api/v1/participants/" + participant + "/caseload/" + worker.id(), "")
                        .statusCode())
                .isEqualTo(204);
        professional = accounts.signedIn(worker);
        map = "/participants/" + participant + "/map";
    }

    // The ceilings include the three statements of the check that runs before any input is read (ADR 0006,
    // "Ordering": its own short transaction, the organisation setting and the access query); the handler's module
    // API checks again inside its own transaction. Caching that first answer for the request is a next step.
    // The analysis page also asks the people module for the name of whoever changed the map last (one statement:
    // the account table is people's, TableOwnershipTests).
    @Test
    void opensTheEditorOfTwentyMembersWithTheStatementsOfTwo() {
        assertSameStatementsForTwoAndTwentyMembers(map, "text/html", 14);
    }

    @Test
    void answersTheMapOfTwentyMembersAsJsonWithTheStatementsOfTwo() {
        assertSameStatementsForTwoAndTwentyMembers("/api/v1" + map, "application/json", 12);
    }

    @Test
    void analysesTwentyMembersWithTheStatementsOfTwo() {
        assertSameStatementsForTwoAndTwentyMembers(map + "/analysis", "text/html", 16);
    }

    private void assertSameStatementsForTwoAndTwentyMembers(String path, String accept, int ceiling) {
        save(0, 2);
        List<Executed> two = statementsOf(path, accept);
        save(1, 20);
        List<Executed> twenty = statementsOf(path, accept);

        assertThat(twenty)
                .as("with 20 members:" + SqlStatements.describe(twenty))
                .hasSameSizeAs(two);
        assertThat(two).as("with 2 members:" + SqlStatements.describe(two)).hasSizeLessThanOrEqualTo(ceiling);
    }

    private List<Executed> statementsOf(String path, String accept) {
        assertThat(professional.get(path, accept).statusCode()).isEqualTo(200);
        return statements.during(
                () -> assertThat(professional.get(path, accept).statusCode()).isEqualTo(200));
    }

    /** Saves a map of {@code members} members, each tied to the one before and supporting the participant. */
    private void save(int version, int members) {
        StringBuilder memberJson = new StringBuilder();
        StringBuilder tieJson = new StringBuilder();
        UUID previous = null;
        for (int i = 0; i < members; i++) {
            UUID id = UUID.randomUUID();
            memberJson.append(i == 0 ? "" : ",").append("""
                    {"id":"%s","name":"Lid %d","category":"FRIEND","ring":"INNER","frequency":"WEEKLY",
                     "support":{"AFFECTIVE":"BOTH"},"valence":"SUPPORTIVE","status":"ACTIVE","capitalType":"BONDING",
                     "level":"CITY","lightTie":false}""".formatted(id, i));
            if (previous != null) {
                tieJson.append(tieJson.isEmpty() ? "" : ",").append("""
                        {"first":"%s","second":"%s"}""".formatted(previous, id));
            }
            previous = id;
        }
        HttpResponse<String> saved =
                professional.sendJson("PUT", "/api/v1" + map, """
                {"version":%d,"members":[%s],"ties":[%s]}""".formatted(version, memberJson, tieJson));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }
}

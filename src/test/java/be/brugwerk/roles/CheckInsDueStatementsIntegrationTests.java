package be.brugwerk.roles;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.SqlStatements;
import be.brugwerk.support.SqlStatements.Executed;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check-ins due on valued roles are read in a fixed number of statements, however many takings are due: the same
 * with four as with one, for a coordinator (the whole organisation) over the API and for a volunteer coach (their
 * caseload) on their home.
 */
@FullStackTest
class CheckInsDueStatementsIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    @Autowired
    MutableClock clock;

    final JsonMapper json = JsonMapper.builder().build();
    WebSession coordinator;
    WebSession coach;
    UUID coachId;
    String role;

    @BeforeEach
    void aRoleOfTenPlacesACoordinatorAndACoach() {
        UUID organisation = accounts.organisation("Statements of the check-ins due");
        coordinator = accounts.signedIn(organisation, Role.COORDINATOR);
        Account coachAccount = accounts.account(organisation, Role.VOLUNTEER_COACH);
        coachId = coachAccount.id();
        coach = accounts.signedIn(coachAccount);
        HttpResponse<String> actor = coordinator.sendJson("POST", "/api/v1/neighbourhood/actors", """
                {"name":"Repair Café Rabot","kind":"MEETING_PLACE","latitude":51.0600,"longitude":3.7100}""");
        assertThat(actor.statusCode()).as(actor.body()).isEqualTo(201);
        HttpResponse<String> made = coordinator.sendJson(
                "POST",
                "/api/v1/neighbourhood/actors/" + read(actor).get("id").asString() + "/roles",
                RoleTakingIntegrationTests.ONE_PLACE.replace("\"capacity\":1", "\"capacity\":10"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        role = read(made).get("id").asString();
    }

    @Test
    void readsFourCheckInsDueWithTheStatementsOfOne() {
        due(1);
        List<Executed> oneOverApi = overApi(1);
        List<Executed> oneOnHome = onHome(1);
        due(3);
        List<Executed> fourOverApi = overApi(4);
        List<Executed> fourOnHome = onHome(4);

        assertThat(fourOverApi)
                .as("four over the API:" + SqlStatements.describe(fourOverApi))
                .hasSameSizeAs(oneOverApi);
        assertThat(fourOnHome)
                .as("four on the coach's home:" + SqlStatements.describe(fourOnHome))
                .hasSameSizeAs(oneOnHome);
    }

    private List<Executed> overApi(int count) {
        return statements.during(() -> {
            JsonNode due = read(coordinator.getJson("/api/v1/role-takings/check-ins-due"));
            assertThat(due).hasSize(count);
        });
    }

    private List<Executed> onHome(int count) {
        return statements.during(() -> {
            String home = coach.get("/").body();
            assertThat(home.split("data-taking-id=", -1)).hasSize(count + 1);
        });
    }

    /** Participants on the coach's caseload, each with a taking of the role started 20 days ago: a check-in is due. */
    private void due(int count) {
        LocalDate started = LocalDate.now(clock).minusDays(20);
        for (int i = 0; i < count; i++) {
            HttpResponse<String> created =
                    coordinator.sendJson("POST", "/api/v1/participants", """
                    {"name":"Deelnemer %s","consents":[{"purpose":"PROCESSING"},{"purpose":"SHARING","sharedWith":["VOLUNTEER_COACH"]}]}""".formatted(UUID.randomUUID()));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String participant = read(created).get("id").asString();
            assertThat(coordinator
                            .sendJson("PUT", "/api/v1/participants/" + participant + "/caseload/" + coachId, "")
                            .statusCode())
                    .isEqualTo(204);
            String taking = read(coach.sendJson(
                            "POST",
                            "/api/v1/participants/" + participant + "/role-takings",
                            "{\"role\":\"" + role + "\"}"))
                    .get("id")
                    .asString();
            assertThat(step(coach, taking, "choose", "{\"version\":1,\"onMap\":false}"))
                    .isEqualTo(200);
            assertThat(step(coordinator, taking, "agree", "{\"version\":2}")).isEqualTo(200);
            assertThat(step(coach, taking, "start", "{\"version\":3,\"date\":\"" + started + "\"}"))
                    .isEqualTo(200);
        }
    }

    private static int step(WebSession session, String taking, String step, String body) {
        return session.sendJson("POST", "/api/v1/role-takings/" + taking + "/" + step, body)
                .statusCode();
    }

    private JsonNode read(HttpResponse<String> answer) {
        return json.readTree(answer.body());
    }
}

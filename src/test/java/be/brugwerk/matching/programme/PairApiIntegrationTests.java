package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A buddy pair's whole life led through {@code /api/v1/programmes/{id}/pairs}, as the coordinator's page leads it:
 * proposed by a run, accepted, the participant's agreement, a coaching note, and stopped early with a reason; a pair
 * made by hand; refusals naming the field; another organisation's coordinator refused whatever they send.
 */
@FullStackTest
class PairApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    final JsonMapper json = JsonMapper.builder().build();

    WebSession coordinator;
    ProgrammeFixtures programme;
    ProgrammeFixtures.Buddy lotte;
    String lotteEmail;
    String pairs;

    @BeforeEach
    void aminaWaitingAndLotteApproved() {
        UUID organisation = accounts.organisation("Pair API");
        coordinator = accounts.signedIn(organisation, Role.COORDINATOR);
        programme = ProgrammeFixtures.programme(coordinator, "Pair API");
        programme.waitingParticipant("Amina", true);
        lotteEmail = "lotte-" + UUID.randomUUID() + "@test.brugwerk";
        lotte = programme.approvedBuddy("Lotte", lotteEmail);
        pairs = "/api/v1/programmes/" + programme.programme + "/pairs";
    }

    @Test
    void leadsAPairFromProposalToAnEarlyStopThroughTheApi() {
        WebSession buddy = activated();
        assertThat(coordinator
                        .sendJson("POST", "/api/v1/programmes/" + programme.programme + "/runs", "")
                        .statusCode())
                .isEqualTo(200);
        JsonNode proposed = onlyPair();
        assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
        String pair = pairs + "/" + proposed.get("id").asString();

        assertThat(coordinator.sendJson("POST", pair + "/accept", "").statusCode())
                .isEqualTo(200);
        assertThat(coordinator
                        .sendJson("POST", pair + "/participant-agreed", "")
                        .statusCode())
                .isEqualTo(204);
        buddy.post("/buddy/pairs/" + proposed.get("id").asString() + "/agree", Map.of());
        assertThat(onlyPair().get("status").asString()).isEqualTo("ACTIVE");

        assertThat(coordinator
                        .sendJson("POST", pair + "/notes", "{\"note\":\"Lotte deze week bellen\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(coordinator
                        .get("/programmes/" + programme.programme + "?lang=en")
                        .body())
                .contains("Lotte deze week bellen");

        refused(coordinator.sendJson("POST", pair + "/end", "{\"outcome\":\"STOPPED\"}"), "reason");
        refused(coordinator.sendJson("POST", pair + "/end", "{\"outcome\":\"SOMETIMES\"}"), "outcome");
        assertThat(onlyPair().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(coordinator
                        .sendJson("POST", pair + "/end", "{\"outcome\":\"STOPPED\",\"reason\":\"Verhuisd\"}")
                        .statusCode())
                .isEqualTo(204);

        assertThat(onlyPair().get("status").asString()).isEqualTo("STOPPED");
        assertThat(owner().sql("select count(*) from waiting_entry where programme_id = ? and status = 'WAITING'")
                        .param(programme.programme)
                        .query(Long.class)
                        .single())
                .as("a pair stopped early puts the participant back on the waiting list")
                .isEqualTo(1);
    }

    @Test
    void refusesAnEmptyNoteAsEmptyAndALongOneAsTooLong() {
        programme.run();
        String pair = pairs + "/" + onlyPair().get("id").asString();

        JsonNode empty = refused(coordinator.sendJson("POST", pair + "/notes", "{\"note\":\" \"}"), "note");
        JsonNode tooLong = refused(
                coordinator.sendJson("POST", pair + "/notes", "{\"note\":\"" + "a".repeat(2001) + "\"}"), "note");

        assertThat(empty.get("code").asString()).isEqualTo("matching.note.required");
        assertThat(empty.get("message").asString()).doesNotContain("2000");
        assertThat(tooLong.get("code").asString()).isEqualTo("matching.note.tooLong");
    }

    @Test
    void makesAPairByHandAndNamesWhatIsMissing() {
        String entry = waitingEntry();

        refused(coordinator.sendJson("POST", pairs, "{\"waitingEntry\":\"" + entry + "\"}"), "buddy");
        HttpResponse<String> fixed = coordinator.sendJson(
                "POST", pairs, "{\"waitingEntry\":\"" + entry + "\",\"buddy\":\"" + lotte.id() + "\"}");

        assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(201);
        JsonNode pair = onlyPair();
        assertThat(pair.get("id").asString())
                .isEqualTo(json.readTree(fixed.body()).get("id").asString());
        assertThat(pair.get("fixedByCoordinator").asBoolean()).isTrue();
        assertThat(pair.get("buddyId").asString()).isEqualTo(lotte.id().toString());
    }

    @Test
    void refusesAnotherOrganisationsCoordinatorWhateverTheySend() {
        programme.run();
        String pair = pairs + "/" + onlyPair().get("id").asString();
        WebSession stranger = accounts.signedIn(accounts.organisation("Elsewhere"), Role.COORDINATOR);

        assertThat(stranger.getJson(pairs).statusCode()).isEqualTo(404);
        assertThat(stranger.sendJson("POST", pair + "/end", "{\"outcome\":\"STOPPED\",\"reason\":\"x\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.sendJson("POST", pair + "/end", "{\"outcome\":").statusCode())
                .isEqualTo(404);
        assertThat(stranger.sendJson("POST", pairs, "{}").statusCode()).isEqualTo(404);
        assertThat(onlyPair().get("status").asString()).isEqualTo("PROPOSED");
    }

    private JsonNode onlyPair() {
        HttpResponse<String> listed = coordinator.getJson(pairs);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode all = json.readTree(listed.body());
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** The error naming {@code field} in a refusal. */
    private JsonNode refused(HttpResponse<String> answer, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode error = json.readTree(answer.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        return error;
    }

    private String waitingEntry() {
        return owner().sql("select cast(id as text) from waiting_entry where programme_id = ? and status = 'WAITING'")
                .param(programme.programme)
                .query(String.class)
                .single();
    }

    private WebSession activated() {
        return lotte.activated(port, lotteEmail);
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }
}

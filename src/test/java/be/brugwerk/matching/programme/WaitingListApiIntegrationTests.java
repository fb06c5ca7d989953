package be.brugwerk.matching.programme;

import static be.brugwerk.support.ApiAnswers.refusedFields;
import static be.brugwerk.support.ApiAnswers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.ApiAnswers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A programme's waiting list kept through {@code /api/v1/programmes/{id}/waiting}, as the coordinator's pages keep
 * it: a participant put on it after their intake, the list, the intake read and corrected at a version (a stale save
 * answers 409 with the version stored now; the date of entry stays); the intake form's rules name each refused field;
 * another organisation's coordinator refused whatever they send.
 */
@FullStackTest
class WaitingListApiIntegrationTests {

    static final String INTAKE = "\"age\":34,\"gender\":\"WOMAN\",\"interests\":\"koken, wandelen\","
            + "\"availability\":[\"SATURDAY:MORNING\"],\"languages\":[{\"code\":\"nl\",\"level\":\"A2\"},"
            + "{\"code\":\"ar\",\"level\":\"NATIVE\"}]";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    final JsonMapper json = JsonMapper.builder().build();

    WebSession coordinator;
    ProgrammeFixtures programme;
    String waiting;
    UUID amina;

    @BeforeEach
    void aminaRegistered() {
        UUID organisation = accounts.organisation("Waiting API");
        coordinator =
                signedIn(port, accounts.account(organisation, Role.COORDINATOR).email());
        programme = ProgrammeFixtures.programme(coordinator, "Waiting API");
        waiting = "/api/v1/programmes/" + programme.programme + "/waiting";
        amina = ProgrammeFixtures.idIn(coordinator.post(
                "/participants", Map.of("name", "Amina", "consentProcessing", "true", "consentMatching", "true")));
    }

    @Test
    void putsAParticipantOnTheListAndCorrectsTheirIntakeAtTheVersionRead() {
        HttpResponse<String> added =
                coordinator.sendJson("POST", waiting, "{\"participant\":\"" + amina + "\"," + INTAKE + "}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String entry = waiting + "/" + json.readTree(added.body()).get("id").asString();

        JsonNode line = onlyLine();
        assertThat(line.get("participantId").asString()).isEqualTo(amina.toString());
        assertThat(line.get("name").asString()).isEqualTo("Amina");
        assertThat(line.get("status").asString()).isEqualTo("WAITING");
        String enteredOn = line.get("enteredOn").asString();

        JsonNode intake = json.readTree(coordinator.getJson(entry).body());
        assertThat(intake.get("interests").asString().split(", ")).containsExactlyInAnyOrder("koken", "wandelen");
        String version = intake.get("version").asString();
        String corrected = INTAKE.replace("\"A2\"", "\"B1\"");
        HttpResponse<String> saved =
                coordinator.sendJson("PUT", entry, "{" + corrected + ",\"version\":\"" + version + "\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
        HttpResponse<String> stale =
                coordinator.sendJson("PUT", entry, "{" + INTAKE + ",\"version\":\"" + version + "\"}");

        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        JsonNode now = json.readTree(coordinator.getJson(entry).body());
        assertThat(json.readTree(stale.body()).get("currentVersion").asString())
                .isEqualTo(now.get("version").asString());
        assertThat(now.get("languages").get(0).get("level").asString())
                .as("the stale save overwrote nothing")
                .isEqualTo("B1");
        assertThat(onlyLine().get("enteredOn").asString()).isEqualTo(enteredOn);
    }

    @Test
    void namesEveryFieldTheIntakeFormWouldRefuse() {
        HttpResponse<String> refused = coordinator.sendJson(
                "POST",
                waiting,
                "{\"participant\":\"nobody\",\"age\":\"oud\",\"gender\":\"WOMAN\","
                        + "\"languages\":[{\"code\":\"nl\"}],\"availability\":[\"SOMEDAY:MORNING\"]}");

        assertThat(refusedFields(refused))
                .containsExactlyInAnyOrder("participant", "age", "languages[0].level", "availability");
        assertThat(coordinator.getJson(waiting).body()).isEqualTo("[]");

        assertThat(coordinator
                        .sendJson("POST", waiting, "{\"participant\":\"" + amina + "\"," + INTAKE + "}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(refusedFields(
                        coordinator.sendJson("POST", waiting, "{\"participant\":\"" + amina + "\"," + INTAKE + "}")))
                .as("already waiting")
                .containsExactly("participant");
    }

    @Test
    void refusesAnotherOrganisationsCoordinatorWhateverTheySend() {
        programme.waitingParticipant("Kim", true);
        WebSession stranger = signedIn(
                port,
                accounts.account(accounts.organisation("Elsewhere"), Role.COORDINATOR)
                        .email());

        assertThat(stranger.getJson(waiting).statusCode()).isEqualTo(404);
        String entry = waiting + "/" + onlyLine().get("entryId").asString();
        assertThat(stranger.getJson(entry).statusCode()).isEqualTo(404);
        assertThat(stranger.sendJson("PUT", entry, "{" + INTAKE + ",\"version\":\"0\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.sendJson("POST", waiting, "{\"participant\":").statusCode())
                .isEqualTo(404);
    }

    private JsonNode onlyLine() {
        JsonNode all = ApiAnswers.body(coordinator.getJson(waiting), 200);
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}

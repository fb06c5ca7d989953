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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A buddy programme itself led through {@code /api/v1/programmes}, as its pages lead it: started, its settings read
 * and changed at a version (a stale change answers 409 with the version stored now and overwrites nothing), shared
 * with another coordinator, a run followed; refused fields named with the page form's rules; another organisation's
 * coordinator refused whatever they send.
 */
@FullStackTest
class ProgrammeApiIntegrationTests {

    static final String SETTINGS = "\"weightLanguage\":30,\"weightInterests\":20,\"weightProximity\":20,"
            + "\"weightAvailability\":20,\"weightPreferences\":10,\"waitingDays\":30,\"waitingPoints\":10,"
            + "\"expectedDurationWeeks\":26,\"maxCapacity\":2,\"maxDistanceKm\":10,\"genderWishes\":\"AS_PREFERENCE\","
            + "\"checkInIntervalDays\":14";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    final JsonMapper json = JsonMapper.builder().build();

    UUID organisation;
    WebSession coordinator;

    @BeforeEach
    void aCoordinator() {
        organisation = accounts.organisation("Programme API");
        coordinator =
                signedIn(port, accounts.account(organisation, Role.COORDINATOR).email());
    }

    @Test
    void startsAProgrammeAndChangesItsSettingsAtTheVersionRead() {
        String programme = started("Buddy's voor nieuwkomers");
        JsonNode read = read(programme);
        assertThat(read.get("name").asString()).isEqualTo("Buddy's voor nieuwkomers");
        assertThat(read.get("maxCapacity").asString()).isEqualTo("2");
        String version = read.get("version").asString();

        HttpResponse<String> changed = coordinator.sendJson(
                "PUT",
                programme,
                "{\"name\":\"Buddies Nederlands oefenen\"," + SETTINGS + ",\"version\":\"" + version + "\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        HttpResponse<String> stale = coordinator.sendJson(
                "PUT", programme, "{\"name\":\"Overschreven\"," + SETTINGS + ",\"version\":\"" + version + "\"}");

        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(json.readTree(stale.body()).get("currentVersion").asInt())
                .isEqualTo(read(programme).get("version").asInt())
                .isNotEqualTo(Integer.parseInt(version));
        assertThat(read(programme).get("name").asString()).isEqualTo("Buddies Nederlands oefenen");
        assertThat(coordinator.get(programme.replace("/api/v1", "")).body())
                .as("the page shows what the API changed")
                .contains("Buddies Nederlands oefenen");
    }

    @Test
    void namesEveryFieldThePageFormWouldRefuse() {
        HttpResponse<String> refused = coordinator.sendJson(
                "POST",
                "/api/v1/programmes",
                "{\"name\":\"\"," + SETTINGS.replace("\"maxCapacity\":2", "\"maxCapacity\":9") + "}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refusedFields(refused)).containsExactlyInAnyOrder("name", "maxCapacity");
        assertThat(json.readTree(refused.body())
                        .get("errors")
                        .get(0)
                        .get("code")
                        .asString())
                .startsWith("matching.");
        assertThat(coordinator.getJson("/api/v1/programmes").body()).isEqualTo("[]");

        String programme = started("Buddy's");
        HttpResponse<String> noVersion =
                coordinator.sendJson("PUT", programme, "{\"name\":\"Zonder\"," + SETTINGS + "}");
        assertThat(refusedFields(noVersion)).containsExactly("version");
    }

    @Test
    void sharesTheProgrammeWithAnotherCoordinator() {
        String programme = started("Gedeeld");
        TestAccounts.Account colleague = accounts.account(organisation, Role.COORDINATOR);

        assertThat(coordinator
                        .sendJson("PUT", programme + "/coordinators/" + colleague.id(), "")
                        .statusCode())
                .isEqualTo(204);

        WebSession theirs = signedIn(port, colleague.email());
        assertThat(theirs.getJson("/api/v1/programmes").body())
                .contains(programme.substring(programme.lastIndexOf('/') + 1));
        assertThat(coordinator
                        .sendJson("PUT", programme + "/coordinators/" + UUID.randomUUID(), "")
                        .statusCode())
                .as("no coordinator of the organisation")
                .isEqualTo(404);
    }

    @Test
    void followsTheLatestRun() {
        String programme = started("Met een run");
        assertThat(coordinator.getJson(programme + "/runs/latest").statusCode()).isEqualTo(404);

        assertThat(coordinator.sendJson("POST", programme + "/runs", "").statusCode())
                .isEqualTo(200);

        HttpResponse<String> latest = coordinator.getJson(programme + "/runs/latest");
        assertThat(latest.statusCode()).as(latest.body()).isEqualTo(200);
        assertThat(latest.body()).contains("\"phase\"");
    }

    @Test
    void refusesAnotherOrganisationsCoordinatorWhateverTheySend() {
        String programme = started("Van ons");
        WebSession stranger = signedIn(
                port,
                accounts.account(accounts.organisation("Elsewhere"), Role.COORDINATOR)
                        .email());

        assertThat(stranger.getJson(programme).statusCode()).isEqualTo(404);
        assertThat(stranger.sendJson("PUT", programme, "{\"name\":\"Van hen\"," + SETTINGS + ",\"version\":\"0\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.sendJson("PUT", programme, "{\"name\":").statusCode())
                .isEqualTo(404);
        assertThat(read(programme).get("name").asString()).isEqualTo("Van ons");
    }

    /** Starts a programme through the API; answers its address. */
    private String started(String name) {
        HttpResponse<String> created =
                coordinator.sendJson("POST", "/api/v1/programmes", "{\"name\":\"" + name + "\"," + SETTINGS + "}");
        return "/api/v1/programmes/" + ApiAnswers.body(created, 201).get("id").asString();
    }

    private JsonNode read(String programme) {
        return ApiAnswers.body(coordinator.getJson(programme), 200);
    }
}

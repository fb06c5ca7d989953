package be.brugwerk.coaching;

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
 * The organisation's coaching set through {@code /api/v1/coaching}, as its pages set it: the settings and the step
 * plan new trajectories start with, each read and saved at a version (a stale save answers 409 with the version
 * stored now and overwrites nothing); the same rules as the pages name the refused field; each organisation sets its
 * own.
 */
@FullStackTest
class CoachingOrganisationApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    final JsonMapper json = JsonMapper.builder().build();

    WebSession coordinator;

    @BeforeEach
    void aCoordinator() {
        coordinator = signedIn(
                port,
                accounts.account(accounts.organisation("Coaching API"), Role.COORDINATOR)
                        .email());
    }

    @Test
    void savesTheSettingsAtTheVersionRead() {
        JsonNode read = read("/api/v1/coaching/settings");
        assertThat(read.get("lsnsAtRiskBelow").asInt()).isEqualTo(CoachingSettings.DEFAULTS.lsnsAtRiskBelow());
        String version = read.get("version").asString();

        HttpResponse<String> saved = coordinator.sendJson(
                "PUT",
                "/api/v1/coaching/settings",
                "{\"lsnsAtRiskBelow\":10,\"stuckAfterWeeks\":6,\"version\":\"" + version + "\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
        HttpResponse<String> stale = coordinator.sendJson(
                "PUT",
                "/api/v1/coaching/settings",
                "{\"lsnsAtRiskBelow\":20,\"stuckAfterWeeks\":2,\"version\":\"" + version + "\"}");

        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        JsonNode now = read("/api/v1/coaching/settings");
        assertThat(json.readTree(stale.body()).get("currentVersion").asString())
                .isEqualTo(now.get("version").asString());
        assertThat(now.get("lsnsAtRiskBelow").asInt()).isEqualTo(10);
        assertThat(now.get("stuckAfterWeeks").asInt()).isEqualTo(6);
        assertThat(refusedField(coordinator.sendJson(
                        "PUT",
                        "/api/v1/coaching/settings",
                        "{\"lsnsAtRiskBelow\":40,\"stuckAfterWeeks\":6,\"version\":\""
                                + now.get("version").asString() + "\"}")))
                .isEqualTo("lsnsAtRiskBelow");
    }

    @Test
    void replacesTheStepPlanInTheOrderSent() {
        JsonNode read = read("/api/v1/coaching/steps");
        assertThat(read.get("steps")).hasSize(TemplateStep.DEFAULT_STEPS);

        HttpResponse<String> saved = coordinator.sendJson(
                "PUT",
                "/api/v1/coaching/steps",
                "{\"steps\":[{\"defaultStep\":2},{\"defaultStep\":1,\"name\":\"Eerste kennismaking\"},"
                        + "{\"name\":\"Samen koffie drinken\"}],\"version\":\""
                        + read.get("version").asString() + "\"}");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
        JsonNode steps = read("/api/v1/coaching/steps").get("steps");
        assertThat(steps).hasSize(3);
        assertThat(steps.get(0).get("defaultStep").asInt()).isEqualTo(2);
        assertThat(steps.get(1).get("name").asString()).isEqualTo("Eerste kennismaking");
        assertThat(steps.get(2).get("name").asString()).isEqualTo("Samen koffie drinken");
        assertThat(coordinator
                        .sendJson(
                                "PUT",
                                "/api/v1/coaching/steps",
                                "{\"steps\":[{\"defaultStep\":1}],\"version\":\""
                                        + read.get("version").asString() + "\"}")
                        .statusCode())
                .as("a stale plan")
                .isEqualTo(409);
        String version = read("/api/v1/coaching/steps").get("version").asString();
        assertThat(refusedField(coordinator.sendJson(
                        "PUT",
                        "/api/v1/coaching/steps",
                        "{\"steps\":[{\"defaultStep\":1},{\"name\":\" \"}],\"version\":\"" + version + "\"}")))
                .isEqualTo("steps[1].name");
        assertThat(refusedField(
                        coordinator.sendJson("PUT", "/api/v1/coaching/steps", "{\"steps\":[{\"defaultStep\":1}]}")))
                .isEqualTo("version");
    }

    @Test
    void keepsEachOrganisationsOwnSettings() {
        String version = read("/api/v1/coaching/settings").get("version").asString();
        assertThat(coordinator
                        .sendJson(
                                "PUT",
                                "/api/v1/coaching/settings",
                                "{\"lsnsAtRiskBelow\":9,\"stuckAfterWeeks\":3,\"version\":\"" + version + "\"}")
                        .statusCode())
                .isEqualTo(204);

        WebSession elsewhere = signedIn(
                port,
                accounts.account(accounts.organisation("Elsewhere " + UUID.randomUUID()), Role.ORGANISATION_ADMIN)
                        .email());
        assertThat(json.readTree(elsewhere.getJson("/api/v1/coaching/settings").body())
                        .get("lsnsAtRiskBelow")
                        .asInt())
                .isEqualTo(CoachingSettings.DEFAULTS.lsnsAtRiskBelow());
        WebSession coach = signedIn(
                port,
                accounts.account(accounts.organisation("Coaches"), Role.VOLUNTEER_COACH)
                        .email());
        assertThat(coach.getJson("/api/v1/coaching/settings").statusCode()).isEqualTo(403);
    }

    private JsonNode read(String path) {
        return ApiAnswers.body(coordinator.getJson(path), 200);
    }

    private static String refusedField(HttpResponse<String> refused) {
        return refusedFields(refused).get(0);
    }
}

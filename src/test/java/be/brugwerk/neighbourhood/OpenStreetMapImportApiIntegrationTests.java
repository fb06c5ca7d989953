package be.brugwerk.neighbourhood;

import static be.brugwerk.support.ApiAnswers.body;
import static be.brugwerk.support.ApiAnswers.refusedFields;
import static be.brugwerk.support.ApiAnswers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The OpenStreetMap import led through {@code /api/v1/neighbourhood/import}, as its page leads it, against a local
 * Overpass server ({@link OverpassStub}): the Overpass URL saved at a version (a stale save answers 409 with the
 * version stored now), an import around a centre that adds and then refreshes actors; without a URL or with a centre
 * outside Belgium nothing is fetched and the field is named; a failing server changes nothing.
 */
@FullStackTest
class OpenStreetMapImportApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    OverpassStub overpass;
    WebSession coordinator;

    @BeforeEach
    void aCoordinatorAndALocalOverpassServer() throws IOException {
        overpass = OverpassStub.started();
        coordinator = signedIn(
                port,
                accounts.account(accounts.organisation("Overpass API"), Role.COORDINATOR)
                        .email());
    }

    @AfterEach
    void stopTheServer() {
        overpass.stop();
    }

    @Test
    void savesTheServerAtTheVersionReadAndImportsAroundACentre() {
        assertThat(refusedFields(importAround("{\"latitude\":50.8467,\"longitude\":4.3525,\"radius\":800}")))
                .as("no server yet")
                .containsExactly("overpassUrl");
        String version = settings().get("version").asString();
        assertThat(coordinator
                        .sendJson(
                                "PUT",
                                "/api/v1/neighbourhood/import/settings",
                                "{\"overpassUrl\":\"" + overpass.url() + "\",\"version\":\"" + version + "\"}")
                        .statusCode())
                .isEqualTo(204);
        HttpResponse<String> stale = coordinator.sendJson(
                "PUT",
                "/api/v1/neighbourhood/import/settings",
                "{\"overpassUrl\":\"\",\"version\":\"" + version + "\"}");
        assertThat(body(stale, 409).get("currentVersion").asString())
                .isEqualTo(settings().get("version").asString());
        assertThat(settings().get("overpassUrl").asString()).isEqualTo(overpass.url());

        JsonNode first = body(importAround("{\"latitude\":50.8467,\"longitude\":4.3525,\"radius\":800}"), 200);
        assertThat(first.get("added").asInt()).isEqualTo(4);
        assertThat(overpass.queries.get(0)).contains("(around:800,50.846700,4.352500)");
        JsonNode again = body(importAround("{\"latitude\":50.8467,\"longitude\":4.3525,\"radius\":800}"), 200);
        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("refreshed").asInt()).isEqualTo(4);
        assertThat(body(coordinator.getJson("/api/v1/neighbourhood/actors"), 200))
                .hasSize(4);
    }

    @Test
    void namesWhatIsRefusedAndChangesNothingWhenTheServerFails() {
        String version = settings().get("version").asString();
        assertThat(refusedFields(coordinator.sendJson(
                        "PUT",
                        "/api/v1/neighbourhood/import/settings",
                        "{\"overpassUrl\":\"ftp://example.org\",\"version\":\"" + version + "\"}")))
                .containsExactly("overpassUrl");
        coordinator.sendJson(
                "PUT",
                "/api/v1/neighbourhood/import/settings",
                "{\"overpassUrl\":\"" + overpass.url() + "\",\"version\":\"" + version + "\"}");

        assertThat(refusedFields(importAround("{\"latitude\":48.85,\"longitude\":2.35,\"radius\":800}")))
                .as("Paris")
                .containsExactly("latitude");
        assertThat(refusedFields(importAround("{\"latitude\":50.8467,\"longitude\":4.3525,\"radius\":50000}")))
                .containsExactly("radius");
        assertThat(overpass.queries).isEmpty();
        overpass.status = 504;
        overpass.body = "<html>Gateway timeout</html>";
        assertThat(refusedFields(importAround("{\"latitude\":50.8467,\"longitude\":4.3525,\"radius\":800}")))
                .containsExactly("overpassUrl");
        assertThat(body(coordinator.getJson("/api/v1/neighbourhood/actors"), 200))
                .isEmpty();
    }

    @Test
    void refusesWhoeverDoesNotEditTheNeighbourhoodMap() {
        WebSession coach = signedIn(
                port,
                accounts.account(accounts.organisation("Coaches"), Role.VOLUNTEER_COACH)
                        .email());

        assertThat(coach.getJson("/api/v1/neighbourhood/import/settings").statusCode())
                .isEqualTo(403);
        assertThat(coach.sendJson("POST", "/api/v1/neighbourhood/import/openstreetmap", "{\"latitude\":")
                        .statusCode())
                .isEqualTo(403);
    }

    private JsonNode settings() {
        return body(coordinator.getJson("/api/v1/neighbourhood/import/settings"), 200);
    }

    private HttpResponse<String> importAround(String json) {
        return coordinator.sendJson("POST", "/api/v1/neighbourhood/import/openstreetmap", json);
    }
}

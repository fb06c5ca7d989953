package be.brugwerk.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.RecordedServer;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import from OpenStreetMap against a tiny local Overpass server ({@link RecordedServer}) that answers a recorded-shape
 * Overpass JSON, never the internet: the named points of interest become actors with their source and date; a second
 * import refreshes them and keeps what the organisation added; a failing or unreachable server says so and changes
 * nothing.
 */
@FullStackTest
class OpenStreetMapImportIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    final JsonMapper json = JsonMapper.builder().build();
    RecordedServer overpass;
    UUID organisation;
    WebSession coordinator;

    @BeforeEach
    void aCoordinatorAndALocalOverpassServer() throws IOException {
        overpass = new RecordedServer("/api/interpreter", OverpassAnswerUnitTests.answer());
        organisation = accounts.organisation("Overpass organisation");
        coordinator = new WebSession(port);
        assertThat(coordinator.signIn(
                        accounts.account(organisation, Role.COORDINATOR).email(), TestAccounts.PASSWORD))
                .isTrue();
    }

    @AfterEach
    void stopTheServer() {
        overpass.close();
    }

    @Test
    void importsTheNamedPointsOfInterestAndRefreshesThemKeepingWhatTheOrganisationAdded() throws IOException {
        useServer(overpass.url());

        HttpResponse<String> first = runImport("50.8467", "4.3525", "800");

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(overpass.requests()).hasSize(1);
        assertThat(overpass.requests().get(0)).contains("(around:800,50.846700,4.352500)");
        JsonNode actors = read(coordinator.getJson("/api/v1/neighbourhood/actors"));
        assertThat(actors).hasSize(4);
        JsonNode library = byName(actors, "Bibliotheek Centrum");
        assertThat(library.get("source").asString()).isEqualTo("OPENSTREETMAP");
        assertThat(library.get("sourceId").asString()).isEqualTo("node/1001");
        assertThat(library.get("fetchedOn").isNull()).isFalse();
        assertThat(library.get("stepFree").asBoolean()).isTrue();

        String id = library.get("id").asString();
        HttpResponse<String> added = coordinator.sendJson(
                "PUT",
                "/api/v1/neighbourhood/actors/" + id,
                "{\"version\":1,\"needs\":\"Voorlezers op woensdag\",\"contactName\":\"Onthaal\",\"free\":true}");
        assertThat(added.statusCode()).isEqualTo(200);
        HttpResponse<String> renamed = coordinator.sendJson(
                "PUT", "/api/v1/neighbourhood/actors/" + id, "{\"version\":2,\"name\":\"Mijn bib\"}");
        assertThat(renamed.statusCode()).isEqualTo(400);
        assertThat(read(renamed).get("errors").get(0).get("field").asString()).isEqualTo("name");

        overpass.answer(
                200,
                OverpassAnswerUnitTests.answer().replace("Bibliotheek Centrum", "Bibliotheek Centrum (vernieuwd)"));
        assertThat(runImport("50.8467", "4.3525", "800").statusCode()).isEqualTo(302);

        JsonNode again = read(coordinator.getJson("/api/v1/neighbourhood/actors"));
        assertThat(again).as("refreshed, not added twice").hasSize(4);
        JsonNode refreshed = read(coordinator.getJson("/api/v1/neighbourhood/actors/" + id));
        assertThat(refreshed.get("name").asString()).isEqualTo("Bibliotheek Centrum (vernieuwd)");
        assertThat(refreshed.get("needs").asString()).isEqualTo("Voorlezers op woensdag");
        assertThat(refreshed.get("contactName").asString()).isEqualTo("Onthaal");
        assertThat(refreshed.get("free").asBoolean()).isTrue();
        assertThat(refreshed.get("version").asInt()).isEqualTo(3);
    }

    @Test
    void aFailingServerSaysSoAndChangesNothing() {
        useServer(overpass.url());
        overpass.answer(504, "<html>Gateway timeout</html>");

        HttpResponse<String> failed = runImport("50.8467", "4.3525", "800");

        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(failed.body()).contains("id=\"import-problem\"").contains("(504)");
        assertThat(failed.body()).contains("value=\"50.8467\"");
        assertThat(read(coordinator.getJson("/api/v1/neighbourhood/actors"))).isEmpty();
    }

    @Test
    void anUnreachableServerSaysSoAndChangesNothing() {
        useServer("http://127.0.0.1:" + RecordedServer.closedPort() + "/api/interpreter");

        HttpResponse<String> failed = runImport("50.8467", "4.3525", "800");

        assertThat(failed.body()).contains("id=\"import-problem\"").contains("niet bereikbaar");
        assertThat(read(coordinator.getJson("/api/v1/neighbourhood/actors"))).isEmpty();
        assertThat(overpass.requests()).isEmpty();
    }

    @Test
    void fetchesNothingWithoutAServer() {
        assertThat(coordinator.get("/neighbourhood/import").body()).contains("id=\"not-configured\"");

        HttpResponse<String> refused = runImport("50.8467", "4.3525", "800");

        assertThat(refused.body()).contains("id=\"import-problem\"");
        assertThat(overpass.requests()).isEmpty();
    }

    @Test
    void refusesAServerThatIsNotHttpsWhenSaved() {
        HttpResponse<String> refused = coordinator.post(
                "/neighbourhood/import/settings",
                Map.of("overpassUrl", "http://overpass.example.org/api/interpreter", "version", "0"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"settings-problem\"")
                .contains("Alleen een https-adres")
                .contains("value=\"http://overpass.example.org/api/interpreter\"");
        assertThat(coordinator.get("/neighbourhood/import").body()).contains("id=\"not-configured\"");
    }

    @Test
    void refusesAServerWrittenAsAnAddressInsideTheNetworkWhenSavedKeepingWhatWasTyped() {
        HttpResponse<String> refused = coordinator.post(
                "/neighbourhood/import/settings",
                Map.of("overpassUrl", "https://192.168.10.20/api/interpreter", "version", "0"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"settings-problem\"")
                .contains("binnen het netwerk")
                .contains("value=\"https://192.168.10.20/api/interpreter\"");
        assertThat(coordinator.get("/neighbourhood/import").body()).contains("id=\"not-configured\"");
    }

    @Test
    void refusesAServerInsideTheNetworkWhenCalledAndChangesNothing() {
        // stored as a name that resolves to a private address by now would be, or as saved before the save-time rule:
        // the check right before the call refuses it, before any connection is made, so nothing is sent to it
        accounts.owner()
                .sql("insert into neighbourhood_settings (organisation_id, overpass_url, version) values (?, ?, 1)")
                .params(organisation, "https://192.168.10.20/api/interpreter")
                .update();

        HttpResponse<String> refused = runImport("50.8467", "4.3525", "800");

        assertThat(refused.body()).contains("id=\"import-problem\"").contains("binnen het netwerk");
        assertThat(read(coordinator.getJson("/api/v1/neighbourhood/actors"))).isEmpty();
    }

    private void useServer(String url) {
        HttpResponse<String> saved =
                coordinator.post("/neighbourhood/import/settings", Map.of("overpassUrl", url, "version", "0"));
        assertThat(saved.statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> runImport(String latitude, String longitude, String radius) {
        return coordinator.post(
                "/neighbourhood/import/openstreetmap",
                Map.of("latitude", latitude, "longitude", longitude, "radius", radius));
    }

    private static JsonNode byName(JsonNode actors, String name) {
        for (JsonNode actor : actors) {
            if (actor.get("name").asString().equals(name)) {
                return actor;
            }
        }
        throw new AssertionError("no actor " + name);
    }

    private JsonNode read(HttpResponse<String> answer) {
        return json.readTree(answer.body());
    }
}

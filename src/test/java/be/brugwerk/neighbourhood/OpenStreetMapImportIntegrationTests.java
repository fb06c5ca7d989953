package be.brugwerk.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * The import from OpenStreetMap against a tiny local Overpass server (JDK HttpServer) that answers a recorded-shape
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
    final List<String> queries = new ArrayList<>();
    HttpServer overpass;
    volatile int status = 200;
    volatile String body;
    WebSession coordinator;

    @BeforeEach
    void aCoordinatorAndALocalOverpassServer() throws IOException {
        body = OverpassAnswerUnitTests.answer();
        overpass = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        overpass.createContext("/api/interpreter", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            queries.add(URLDecoder.decode(form.substring("data=".length()), StandardCharsets.UTF_8));
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        overpass.start();
        UUID organisation = accounts.organisation("Overpass organisation");
        coordinator = new WebSession(port);
        assertThat(coordinator.signIn(
                        accounts.account(organisation, Role.COORDINATOR).email(), TestAccounts.PASSWORD))
                .isTrue();
    }

    @AfterEach
    void stopTheServer() {
        overpass.stop(0);
    }

    @Test
    void importsTheNamedPointsOfInterestAndRefreshesThemKeepingWhatTheOrganisationAdded() {
        useServer("http://127.0.0.1:" + overpass.getAddress().getPort() + "/api/interpreter");

        HttpResponse<String> first = runImport("50.8467", "4.3525", "800");

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(queries).hasSize(1);
        assertThat(queries.get(0)).contains("(around:800,50.846700,4.352500)");
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

        body = body.replace("Bibliotheek Centrum", "Bibliotheek Centrum (vernieuwd)");
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
        useServer("http://127.0.0.1:" + overpass.getAddress().getPort() + "/api/interpreter");
        status = 504;
        body = "<html>Gateway timeout</html>";

        HttpResponse<String> failed = runImport("50.8467", "4.3525", "800");

        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(failed.body()).contains("id=\"import-problem\"").contains("(504)");
        assertThat(failed.body()).contains("value=\"50.8467\"");
        assertThat(read(coordinator.getJson("/api/v1/neighbourhood/actors"))).isEmpty();
    }

    @Test
    void anUnreachableServerSaysSoAndChangesNothing() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        useServer("http://127.0.0.1:" + closed + "/api/interpreter");

        HttpResponse<String> failed = runImport("50.8467", "4.3525", "800");

        assertThat(failed.body()).contains("id=\"import-problem\"").contains("niet bereikbaar");
        assertThat(read(coordinator.getJson("/api/v1/neighbourhood/actors"))).isEmpty();
        assertThat(queries).isEmpty();
    }

    @Test
    void fetchesNothingWithoutAServer() {
        assertThat(coordinator.get("/neighbourhood/import").body()).contains("id=\"not-configured\"");

        HttpResponse<String> refused = runImport("50.8467", "4.3525", "800");

        assertThat(refused.body()).contains("id=\"import-problem\"");
        assertThat(queries).isEmpty();
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

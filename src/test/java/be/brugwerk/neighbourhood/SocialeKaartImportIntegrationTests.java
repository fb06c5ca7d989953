package be.brugwerk.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.RecordedServer;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import of De Sociale Kaart's providers from the sample file the docs ship ({@code docs/sociale-kaart-sample.csv})
 * and variants of it, through the page and the API: providers become actors with their source, id and date; a
 * provider without a place in the file is placed through a tiny local geocoder ({@link RecordedServer}, a Nominatim
 * answer written by hand, never the internet) or left to be picked; a second import refreshes them and keeps what the
 * organisation added; a bad line refuses the whole file, names the line and the column, and stores nothing; another
 * organisation's actors stay as they were.
 */
@FullStackTest
class SocialeKaartImportIntegrationTests {

    static final Path SAMPLE = Path.of("docs/sociale-kaart-sample.csv");

    @Autowired
    TestAccounts accounts;

    final JsonMapper json = JsonMapper.builder().build();
    RecordedServer geocoder;
    WebSession coordinator;

    @BeforeEach
    void aCoordinatorAndALocalGeocoder() {
        geocoder = new RecordedServer("/search", GeocoderAnswerUnitTests.answer());
        coordinator = accounts.signedIn(accounts.organisation("Sociale Kaart organisation"), Role.COORDINATOR);
    }

    @AfterEach
    void stopTheGeocoder() {
        geocoder.close();
    }

    static String sample() throws IOException {
        return Files.readString(SAMPLE, StandardCharsets.UTF_8);
    }

    @Test
    void importsTheProvidersAndRefreshesThemKeepingWhatTheOrganisationAdded() throws IOException {
        useGeocoder(coordinator);

        HttpResponse<String> first = coordinator.postMultipart(
                "/neighbourhood/import/sociale-kaart", Map.of(), "file", "sociale-kaart.csv", bytes(sample()));

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(coordinator.get("/neighbourhood/import").body())
                .contains("id=\"sk-imported\"")
                .contains("3 aanbieders toegevoegd en 0 vernieuwd; 1 geplaatst via de geocoder, 0 nog aan te duiden");
        JsonNode actors = read(coordinator.getJson("/api/v1/neighbourhood/actors"));
        assertThat(actors).hasSize(3);
        JsonNode linde = byName(actors, "Lokaal dienstencentrum De Linde");
        assertThat(linde.get("source").asString()).isEqualTo("SOCIALE_KAART");
        assertThat(linde.get("sourceId").asString()).isEqualTo("SK-100001");
        assertThat(linde.get("fetchedOn").isNull()).isFalse();
        assertThat(linde.get("kind").asString()).isEqualTo("MEETING_PLACE");
        assertThat(linde.get("address").asString()).isEqualTo("Lindestraat 12, 9000 Gent");
        assertThat(linde.get("latitude").asDouble()).isEqualTo(51.0501);
        assertThat(linde.get("phone").asString()).isEqualTo("09 123 45 67");
        assertThat(linde.get("email").asString()).isEqualTo("onthaal@delinde.example");
        assertThat(linde.get("website").asString()).isEqualTo("https://www.delinde.example");
        assertThat(linde.get("openingHours").get("WEDNESDAY").asString()).isEqualTo("09:00-12:00");
        assertThat(linde.get("hoursFromSource").asBoolean()).isTrue();
        assertThat(linde.get("contactName").isNull())
                .as("a file names no person")
                .isTrue();
        JsonNode centre = byName(actors, "Onthaal algemeen welzijnswerk Centrum");
        assertThat(centre.get("openingHours").get("MONDAY").asString()).isEqualTo("09:00-12:00, 13:00-16:00");
        JsonNode health = byName(actors, "Wijkgezondheidscentrum Brugse Poort");
        assertThat(health.get("kind").asString())
                .as("a care provider is a service")
                .isEqualTo("SERVICE");
        assertThat(health.get("latitude").asDouble())
                .as("placed by the geocoder")
                .isEqualTo(51.0480);
        assertThat(geocoder.requests()).hasSize(1);
        assertThat(geocoder.requests().get(0))
                .contains("Bevrijdingslaan")
                .contains("9000")
                .doesNotContain("Wijkgezondheidscentrum");

        String id = linde.get("id").asString();
        HttpResponse<String> added = coordinator.sendJson(
                "PUT",
                "/api/v1/neighbourhood/actors/" + id,
                "{\"version\":1,\"needs\":\"Vrijwilligers voor de soep op dinsdag\",\"contactName\":\"Onthaal\","
                        + "\"free\":true,\"openingHours\":{\"SATURDAY\":\"10:00-12:00\"}}");
        assertThat(added.statusCode()).isEqualTo(200);

        String changed = sample().replace("Lokaal dienstencentrum De Linde", "Lokaal dienstencentrum De Linde vzw")
                .replace("09 123 45 67", "09 123 45 00");
        HttpResponse<String> again =
                coordinator.sendFile("POST", "/api/v1/neighbourhood/imports/sociale-kaart", "text/csv", bytes(changed));

        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode counts = read(again);
        assertThat(counts.get("added").asInt()).isZero();
        assertThat(counts.get("refreshed").asInt()).isEqualTo(3);
        assertThat(counts.get("geocoded").asInt())
                .as("placed before: not looked up again")
                .isZero();
        assertThat(geocoder.requests()).hasSize(1);
        assertThat(read(coordinator.getJson("/api/v1/neighbourhood/actors")))
                .as("refreshed, not added twice")
                .hasSize(3);
        JsonNode refreshed = read(coordinator.getJson("/api/v1/neighbourhood/actors/" + id));
        assertThat(refreshed.get("name").asString()).isEqualTo("Lokaal dienstencentrum De Linde vzw");
        assertThat(refreshed.get("phone").asString()).isEqualTo("09 123 45 00");
        assertThat(refreshed.get("needs").asString()).isEqualTo("Vrijwilligers voor de soep op dinsdag");
        assertThat(refreshed.get("contactName").asString()).isEqualTo("Onthaal");
        assertThat(refreshed.get("free").asBoolean()).isTrue();
        assertThat(refreshed.get("openingHours").get("SATURDAY").asString())
                .as("the organisation's hours go before the source's")
                .isEqualTo("10:00-12:00");
        assertThat(refreshed.get("hoursFromSource").asBoolean()).isFalse();
        assertThat(refreshed.get("version").asInt()).isEqualTo(3);
        JsonNode healthAgain = read(coordinator.getJson(
                "/api/v1/neighbourhood/actors/" + health.get("id").asString()));
        assertThat(healthAgain.get("latitude").asDouble())
                .as("the place found before stays")
                .isEqualTo(51.0480);
    }

    @Test
    void aBadLineRefusesTheWholeFileNamesTheLineAndStoresNothing() throws IOException {
        String bad = sample().replace("onthaal@welzijn.example", "onthaal at welzijn");

        HttpResponse<String> onThePage = coordinator.postMultipart(
                "/neighbourhood/import/sociale-kaart", Map.of(), "file", "sociale-kaart.csv", bytes(bad));

        assertThat(onThePage.statusCode()).isEqualTo(200);
        assertThat(onThePage.body())
                .contains("id=\"file-error\"")
                .contains("Regel 3, kolom email: Dit is geen e-mailadres.");
        assertThat(read(coordinator.getJson("/api/v1/neighbourhood/actors"))).isEmpty();

        HttpResponse<String> overTheApi =
                coordinator.sendFile("POST", "/api/v1/neighbourhood/imports/sociale-kaart", "text/csv", bytes(bad));

        assertThat(overTheApi.statusCode()).isEqualTo(400);
        JsonNode problem = read(overTheApi);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(problem.get("errors").get(0).get("message").asString())
                .isEqualTo("Line 3, column email: This is not an e-mail address. Nothing was stored.");
        assertThat(read(coordinator.getJson("/api/v1/neighbourhood/actors"))).isEmpty();
    }

    @Test
    void refusesAFileWhoseColumnsOrCellsAreWrongNamingWhere() throws IOException {
        String unknownColumn = sample().replaceFirst("website", "webpage");
        String twice = sample().replace("SK-100003", "SK-100001");
        String outside = sample().replace("51.0489,3.7241", "48.8566,2.3522");
        String badHours =
                sample().replace("08:30-18:00,08:30-18:00,08:30-18:00", "08:30-18:00,18:00-08:30,08:30-18:00");

        assertThat(refusal(unknownColumn)).contains("Line 1, column webpage");
        assertThat(refusal(twice))
                .contains("Line 4, column id")
                .contains("SK-100001")
                .contains("line 2");
        assertThat(refusal(outside)).contains("Line 3, column latitude");
        assertThat(refusal(badHours)).contains("Line 4, column hours_tuesday");
        assertThat(refusal("id,name\r\nSK-1,Zonder postcode\r\n")).contains("Line 1, column postcode");
        assertThat(refusal("id,name,postcode\r\n")).contains("no providers below its header");
        assertThat(read(coordinator.getJson("/api/v1/neighbourhood/actors"))).isEmpty();
    }

    @Test
    void withoutAGeocoderAProviderIsLeftToBePickedAndKeepsThePlacePicked() throws IOException {
        HttpResponse<String> imported = apiUpload(sample());

        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(read(imported).get("unplaced").asInt()).isEqualTo(1);
        assertThat(geocoder.requests()).isEmpty();
        JsonNode health = byName(
                read(coordinator.getJson("/api/v1/neighbourhood/actors")), "Wijkgezondheidscentrum Brugse Poort");
        assertThat(health.get("latitude").isNull()).isTrue();
        String id = health.get("id").asString();

        HttpResponse<String> picked = coordinator.sendJson(
                "PUT",
                "/api/v1/neighbourhood/actors/" + id,
                "{\"version\":1,\"latitude\":51.0575,\"longitude\":3.7070}");
        assertThat(picked.statusCode()).isEqualTo(200);
        HttpResponse<String> moved = coordinator.sendJson(
                "PUT", "/api/v1/neighbourhood/actors/" + id, "{\"version\":2,\"latitude\":51.06,\"longitude\":3.70}");
        assertThat(moved.statusCode())
                .as("once placed, the place is the source's or the one picked")
                .isEqualTo(400);

        assertThat(apiUpload(sample()).statusCode()).isEqualTo(200);
        JsonNode again = read(coordinator.getJson("/api/v1/neighbourhood/actors/" + id));
        assertThat(again.get("latitude").asDouble()).isEqualTo(51.0575);
        assertThat(again.get("longitude").asDouble()).isEqualTo(3.7070);
    }

    @Test
    void anotherOrganisationsActorsAreUntouched() throws IOException {
        WebSession other =
                accounts.signedIn(accounts.organisation("Another Sociale Kaart organisation"), Role.COORDINATOR);
        assertThat(other.sendFile("POST", "/api/v1/neighbourhood/imports/sociale-kaart", "text/csv", bytes(sample()))
                        .statusCode())
                .isEqualTo(200);
        String before = other.getJson("/api/v1/neighbourhood/actors").body();

        HttpResponse<String> mine = coordinator.sendFile(
                "POST",
                "/api/v1/neighbourhood/imports/sociale-kaart",
                "text/csv",
                bytes(sample().replace("De Linde", "De Linde (mijn)")));

        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(read(mine).get("added").asInt())
                .as("the same ids, but its own actors")
                .isEqualTo(3);
        assertThat(other.getJson("/api/v1/neighbourhood/actors").body()).isEqualTo(before);
        assertThat(byName(
                        read(coordinator.getJson("/api/v1/neighbourhood/actors")),
                        "Lokaal dienstencentrum De Linde (mijn)"))
                .isNotNull();
    }

    @Test
    void theGeoJsonExportCarriesAProvidersOwnPhoneAndWebsiteButNeverTheContactPerson() throws IOException {
        assertThat(apiUpload(sample()).statusCode()).isEqualTo(200);
        String linde = byName(
                        read(coordinator.getJson("/api/v1/neighbourhood/actors")), "Lokaal dienstencentrum De Linde")
                .get("id")
                .asString();
        assertThat(coordinator
                        .sendJson(
                                "PUT",
                                "/api/v1/neighbourhood/actors/" + linde,
                                "{\"version\":1,\"contactName\":\"Marie Peeters\","
                                        + "\"contactReach\":\"marie.peeters@delinde.example\"}")
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> export = coordinator.getJson("/api/v1/neighbourhood/map.geojson");

        assertThat(export.statusCode()).isEqualTo(200);
        JsonNode features = read(export).get("features");
        JsonNode lindes =
                featureNamed(features, "Lokaal dienstencentrum De Linde").get("properties");
        assertThat(lindes.get("phone").asString()).isEqualTo("09 123 45 67");
        assertThat(lindes.get("website").asString()).isEqualTo("https://www.delinde.example");
        assertThat(lindes.has("email")).isFalse();
        JsonNode health =
                featureNamed(features, "Wijkgezondheidscentrum Brugse Poort").get("properties");
        assertThat(health.get("phone").asString()).isEqualTo("09 111 22 33");
        assertThat(health.has("website")).as("a website the file does not give").isFalse();
        assertThat(export.body())
                .doesNotContain("Marie Peeters")
                .doesNotContain("marie.peeters@delinde.example")
                .doesNotContain("onthaal@delinde.example");
    }

    private static JsonNode featureNamed(JsonNode features, String name) {
        for (JsonNode feature : features) {
            if (feature.get("properties").get("name").asString().equals(name)) {
                return feature;
            }
        }
        throw new AssertionError("no feature " + name);
    }

    @Test
    void theSettingsAndTheOpenStreetMapImportOverTheApi() {
        JsonNode none = read(coordinator.getJson("/api/v1/neighbourhood/imports/settings"));
        assertThat(none.get("version").asInt()).isZero();
        assertThat(none.get("overpassUrl").isNull()).isTrue();

        HttpResponse<String> notHttps = coordinator.sendJson(
                "PUT",
                "/api/v1/neighbourhood/imports/settings",
                "{\"overpassUrl\":\"http://overpass.example.org/api/interpreter\",\"version\":0}");
        assertThat(notHttps.statusCode()).isEqualTo(400);
        assertThat(read(notHttps).get("errors").get(0).get("field").asString()).isEqualTo("overpassUrl");

        HttpResponse<String> noServer = coordinator.sendJson(
                "POST",
                "/api/v1/neighbourhood/imports/openstreetmap",
                "{\"latitude\":50.8467,\"longitude\":4.3525,\"radius\":800}");
        assertThat(noServer.statusCode()).isEqualTo(400);
        assertThat(read(noServer).get("errors").get(0).get("field").asString()).isEqualTo("overpassUrl");

        HttpResponse<String> saved = coordinator.sendJson(
                "PUT",
                "/api/v1/neighbourhood/imports/settings",
                "{\"geocoderUrl\":\"" + geocoder.url() + "\",\"geocoderOwn\":false,\"version\":0}");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(read(saved).get("geocoderUrl").asString()).isEqualTo(geocoder.url());
        assertThat(read(saved).get("version").asInt()).isEqualTo(1);

        HttpResponse<String> stale = coordinator.sendJson(
                "PUT", "/api/v1/neighbourhood/imports/settings", "{\"geocoderUrl\":\"\",\"version\":0}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(read(coordinator.getJson("/api/v1/neighbourhood/imports/settings"))
                        .get("geocoderUrl")
                        .asString())
                .isEqualTo(geocoder.url());
    }

    @Test
    void onlyCoordinatorsAndOrganisationAdminsImport() throws IOException {
        UUID organisation = accounts.organisation("Sociale Kaart professionals");
        WebSession professional = accounts.signedIn(organisation, Role.PROFESSIONAL);

        HttpResponse<String> refused = professional.sendFile(
                "POST", "/api/v1/neighbourhood/imports/sociale-kaart", "text/csv", bytes(sample()));

        assertThat(refused.statusCode()).isEqualTo(403);
        WebSession admin = accounts.signedIn(organisation, Role.ORGANISATION_ADMIN);
        assertThat(read(admin.getJson("/api/v1/neighbourhood/actors"))).isEmpty();
    }

    @Test
    void refusesAnImportWithoutAFileNamingItOnlyToThoseWhoMayImport() {
        HttpResponse<String> refused =
                coordinator.sendFile("POST", "/api/v1/neighbourhood/imports/sociale-kaart", "text/csv", new byte[0]);

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = read(refused).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("file");
        assertThat(error.get("code").asString()).isEqualTo("neighbourhood.sk.fileRequired");
        WebSession professional =
                accounts.signedIn(accounts.organisation("Sociale Kaart without a file"), Role.PROFESSIONAL);
        assertThat(professional
                        .sendFile("POST", "/api/v1/neighbourhood/imports/sociale-kaart", "text/csv", new byte[0])
                        .statusCode())
                .isEqualTo(403);
    }

    /** The file sent to the API as the multipart part {@code file}. */
    private HttpResponse<String> apiUpload(String file) {
        return coordinator.postMultipart(
                "/api/v1/neighbourhood/imports/sociale-kaart",
                Map.of(),
                "file",
                "sociale-kaart.csv",
                bytes(file),
                "application/json");
    }

    private String refusal(String file) {
        HttpResponse<String> refused =
                coordinator.sendFile("POST", "/api/v1/neighbourhood/imports/sociale-kaart", "text/csv", bytes(file));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = read(refused).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("file");
        return error.get("message").asString();
    }

    private void useGeocoder(WebSession session) {
        HttpResponse<String> saved = session.sendJson(
                "PUT",
                "/api/v1/neighbourhood/imports/settings",
                "{\"geocoderUrl\":\"" + geocoder.url() + "\",\"geocoderOwn\":false,\"version\":0}");
        assertThat(saved.statusCode()).isEqualTo(200);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
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

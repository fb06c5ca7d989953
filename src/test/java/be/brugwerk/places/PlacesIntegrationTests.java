package be.brugwerk.places;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A participant's places over HTTP, on real PostgreSQL: added, listed, as GeoJSON in longitude-latitude order, changed
 * on the version read (a stale one is a 409 that changes nothing, and a form keeps what was typed), removed; refused
 * input is a problem naming the field and stores nothing; another organisation's coordinator learns nothing (404);
 * every read and write leaves its audit row.
 */
@FullStackTest
class PlacesIntegrationTests {

    static final String LIBRARY = """
            {"kind":"LIBRARY","name":"De Krook","address":"Miriam Makebaplein 1, 9000 Gent",
             "latitude":51.0480,"longitude":3.7276,"going":"GOES","visits":"WEEKLY","welcome":"YES"}""";
    static final String HOME = """
            {"kind":"HOME","name":"Thuis","latitude":51.0501,"longitude":3.7150,"going":"GOES","visits":"DAILY"}""";

    @Autowired
    TestAccounts accounts;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    final JsonMapper json = JsonMapper.builder().build();
    UUID participant;
    WebSession coach;
    WebSession otherOrganisationsCoordinator;

    @BeforeEach
    void aCoachWithAParticipantAndACoordinatorOfAnotherOrganisation() {
        UUID organisation = accounts.organisation("Places organisation");
        Account coordinator = accounts.account(organisation, Role.COORDINATOR);
        Account volunteer = accounts.account(organisation, Role.VOLUNTEER_COACH);
        participant =
                accounts.consentedParticipant(organisation, "Yusuf Places", "{Nederlands}", coordinator, volunteer);
        coach = accounts.signedIn(volunteer);
        UUID other = accounts.organisation("Other places organisation");
        otherOrganisationsCoordinator = accounts.signedIn(other, Role.COORDINATOR);
    }

    @Test
    void addsListsAndGivesThePlacesAsGeoJsonWithLongitudeFirst() {
        HttpResponse<String> added = coach.sendJson("POST", path(), LIBRARY);
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(read(added).get("version").asInt()).isEqualTo(1);
        assertThat(read(added).get("locatedBy").asString()).isEqualTo("PICKED");
        assertThat(coach.sendJson("POST", path(), HOME).statusCode()).isEqualTo(201);

        JsonNode list = read(coach.getJson(path()));
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("name").asString()).isEqualTo("De Krook");
        assertThat(list.get(0).get("shareable").asBoolean()).isTrue();
        assertThat(list.get(1).get("kind").asString()).isEqualTo("HOME");
        assertThat(list.get(1).get("shareable").asBoolean()).isFalse();

        HttpResponse<String> geo = coach.get(path() + "/geojson", "application/geo+json");
        assertThat(geo.statusCode()).isEqualTo(200);
        assertThat(geo.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/geo+json"));
        JsonNode collection = read(geo);
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        JsonNode library = collection.get("features").get(0);
        assertThat(library.get("type").asString()).isEqualTo("Feature");
        assertThat(library.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(library.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(3.7276);
        assertThat(library.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(51.0480);
        assertThat(library.get("properties").get("name").asString()).isEqualTo("De Krook");
    }

    @Test
    void refusesCoordinatesOutsideBelgiumNamingTheFieldAndStoresNothing() {
        HttpResponse<String> paris = coach.sendJson(
                "POST", path(), LIBRARY.replace("51.0480", "48.8566").replace("3.7276", "2.3522"));

        assertThat(paris.statusCode()).isEqualTo(400);
        JsonNode error = read(paris).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("latitude");
        assertThat(error.get("code").asString()).isEqualTo("geo.outsideBelgium");
        assertThat(error.get("message").asString()).isEqualTo("This place lies outside Belgium.");

        HttpResponse<String> stranger = coach.sendJson(
                "POST",
                path(),
                LIBRARY.replace("\"welcome\":\"YES\"", "\"companions\":[\"" + UUID.randomUUID() + "\"]"));
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(read(stranger).get("errors").get(0).get("field").asString()).isEqualTo("companions");

        assertThat(read(coach.getJson(path()))).isEmpty();
    }

    @Test
    void refusesAFormWithoutAPointKeepingWhatWasTyped() {
        HttpResponse<String> refused = coach.post(
                "/participants/" + participant + "/places",
                Map.of("kind", "PARK", "name", "Citadelpark", "going", "GOES", "visits", "WEEKLY"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("value=\"Citadelpark\"")
                .contains("Duid de plaats aan op de kaart.")
                .contains("href=\"#place-latitude\"");
        assertThat(read(coach.getJson(path()))).isEmpty();
    }

    @Test
    void answersAChangeOnAStaleVersionWith409AndKeepsThePlaceAsItWas() {
        String id = read(coach.sendJson("POST", path(), LIBRARY)).get("id").asString();
        assertThat(coach.sendJson("PUT", path() + "/" + id, withVersion(1, LIBRARY.replace("YES", "PARTLY")))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> stale = coach.sendJson("PUT", path() + "/" + id, withVersion(1, LIBRARY));
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> staleForm = coach.post(
                "/participants/" + participant + "/places/" + id,
                Map.of(
                        "version",
                        "1",
                        "kind",
                        "LIBRARY",
                        "name",
                        "Bib Zuid",
                        "latitude",
                        "51.0480",
                        "longitude",
                        "3.7276",
                        "going",
                        "GOES",
                        "visits",
                        "DAILY"));
        assertThat(staleForm.statusCode()).isEqualTo(409);
        assertThat(staleForm.body())
                .contains("value=\"Bib Zuid\"")
                .contains("name=\"version\" value=\"2\"")
                .contains("Iemand anders heeft deze plaats intussen gewijzigd");
        assertThat(coach.sendJson("DELETE", path() + "/" + id + "?version=1", "")
                        .statusCode())
                .isEqualTo(409);

        JsonNode place = read(coach.getJson(path())).get(0);
        assertThat(place.get("version").asInt()).isEqualTo(2);
        assertThat(place.get("name").asString()).isEqualTo("De Krook");
        assertThat(place.get("welcome").asString()).isEqualTo("PARTLY");

        assertThat(coach.sendJson("DELETE", path() + "/" + id + "?version=2", "")
                        .statusCode())
                .isEqualTo(204);
        assertThat(read(coach.getJson(path()))).isEmpty();
    }

    @Test
    void showsNothingToAnotherOrganisation() {
        String id = read(coach.sendJson("POST", path(), LIBRARY)).get("id").asString();

        assertThat(otherOrganisationsCoordinator.getJson(path()).statusCode()).isEqualTo(404);
        assertThat(otherOrganisationsCoordinator.get(path() + "/geojson").statusCode())
                .isEqualTo(404);
        assertThat(otherOrganisationsCoordinator.sendJson("POST", path(), HOME).statusCode())
                .isEqualTo(404);
        assertThat(otherOrganisationsCoordinator
                        .sendJson("PUT", path() + "/" + id, withVersion(1, HOME))
                        .statusCode())
                .isEqualTo(404);
        assertThat(otherOrganisationsCoordinator
                        .sendJson("DELETE", path() + "/" + id + "?version=1", "")
                        .statusCode())
                .isEqualTo(404);
        assertThat(otherOrganisationsCoordinator
                        .get("/participants/" + participant + "/places")
                        .statusCode())
                .isEqualTo(404);
        assertThat(otherOrganisationsCoordinator
                        .get("/participants/" + participant + "/places/" + id + "/edit")
                        .statusCode())
                .isEqualTo(404);
        assertThat(read(coach.getJson(path()))).hasSize(1);
    }

    @Test
    void showsThePlacesOnTheMapAndInTheTableSayingHowEachWasFound() {
        coach.sendJson("POST", path(), LIBRARY);

        String page = coach.get("/participants/" + participant + "/places").body();

        assertThat(page)
                .contains("data-geo-map")
                .doesNotContain("data-tiles-url") // no tiles in tests: the attribute is left out
                .contains("data-geo-pick=\"place-latitude place-longitude\"")
                .contains("data-lat=\"51.048\"")
                .contains("data-lon=\"3.7276\"")
                .contains("data-label=\"De Krook\"")
                .contains("aangeduid op de kaart")
                .contains("duid de plaats zelf aan op de kaart");
    }

    @Test
    void auditsEveryReadAndEveryChangeNamingTheParticipant() {
        String id = read(coach.sendJson("POST", path(), LIBRARY)).get("id").asString();
        coach.getJson(path());
        coach.get(path() + "/geojson");
        coach.sendJson("PUT", path() + "/" + id, withVersion(1, HOME));
        coach.sendJson("PUT", path() + "/" + id, withVersion(1, LIBRARY)); // stale: refused, not audited
        coach.get("/participants/" + participant + "/places");
        coach.sendJson("DELETE", path() + "/" + id + "?version=2", "");

        assertThat(auditedActions()).containsExactly("CREATE", "LIST", "LIST", "UPDATE", "LIST", "DELETE");
    }

    private List<String> auditedActions() {
        return JdbcClient.create(ownerDataSource)
                .sql("""
                select action from audit_event
                where subject_type = 'participant_places' and subject_ids = array[?]::uuid[] order by id""")
                .param(participant)
                .query(String.class)
                .list();
    }

    private static String withVersion(int version, String body) {
        return "{\"version\":" + version + "," + body.strip().substring(1);
    }

    private String path() {
        return "/api/v1/participants/" + participant + "/places";
    }

    private JsonNode read(HttpResponse<String> answer) {
        return json.readTree(answer.body());
    }
}

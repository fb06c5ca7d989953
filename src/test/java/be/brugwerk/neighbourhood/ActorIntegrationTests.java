package be.brugwerk.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
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
 * The organisation's actors over HTTP, on real PostgreSQL: registered and changed by a coordinator, read by a coach who
 * may not change them; a stale change is a 409 that changes nothing, in the API and in the form (which keeps what was
 * typed); a refused field is a problem naming it and stores nothing; another organisation learns nothing (404); every
 * write leaves its audit row; the GeoJSON export puts longitude first and leaves the contact person out.
 */
@FullStackTest
class ActorIntegrationTests {

    static final String BUURTHUIS = """
            {"name":"Buurthuis De Brug","kind":"COMMUNITY_CENTRE","offers":"Soep op woensdag",
             "contactName":"Onthaal","contactReach":"onthaal@debrug.example","address":"Kerkstraat 1, 1000 Brussel",
             "latitude":50.8467,"longitude":4.3525,"openingHours":{"SATURDAY":"10:00-12:00"},"free":true}""";

    @Autowired
    TestAccounts accounts;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    final JsonMapper json = JsonMapper.builder().build();
    WebSession coordinator;
    WebSession coach;
    WebSession otherOrganisation;

    @BeforeEach
    void aCoordinatorACoachAndSomeoneOfAnotherOrganisation() {
        UUID organisation = accounts.organisation("Neighbourhood organisation");
        coordinator = accounts.signedIn(organisation, Role.COORDINATOR);
        coach = accounts.signedIn(organisation, Role.VOLUNTEER_COACH);
        otherOrganisation = accounts.signedIn(accounts.organisation("Other neighbourhood"), Role.COORDINATOR);
    }

    @Test
    void registersAnActorThatTheCoachReadsButMayNotChange() {
        HttpResponse<String> created = coordinator.sendJson("POST", "/api/v1/neighbourhood/actors", BUURTHUIS);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = read(created).get("id").asString();

        JsonNode seen = read(coach.getJson("/api/v1/neighbourhood/actors/" + id));
        assertThat(seen.get("name").asString()).isEqualTo("Buurthuis De Brug");
        assertThat(seen.get("version").asInt()).isEqualTo(1);
        assertThat(seen.get("source").asString()).isEqualTo("MANUAL");
        assertThat(seen.get("openingHours").get("SATURDAY").asString()).isEqualTo("10:00-12:00");
        assertThat(read(coach.getJson("/api/v1/neighbourhood/actors"))).hasSize(1);

        assertThat(coach.sendJson("PUT", "/api/v1/neighbourhood/actors/" + id, withVersion(1, BUURTHUIS))
                        .statusCode())
                .isEqualTo(403);
        assertThat(otherOrganisation
                        .getJson("/api/v1/neighbourhood/actors/" + id)
                        .statusCode())
                .isEqualTo(404);
        assertThat(read(otherOrganisation.getJson("/api/v1/neighbourhood/actors")))
                .isEmpty();
        assertThat(coach.get("/neighbourhood").body()).contains("data-label=\"Buurthuis De Brug\"");
    }

    @Test
    void answersAChangeOnAStaleVersionWith409AndChangesNothing() {
        String id = read(coordinator.sendJson("POST", "/api/v1/neighbourhood/actors", BUURTHUIS))
                .get("id")
                .asString();
        String renamed = BUURTHUIS.replace("Buurthuis De Brug", "Buurthuis De Brug Noord");
        assertThat(coordinator
                        .sendJson("PUT", "/api/v1/neighbourhood/actors/" + id, withVersion(1, renamed))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> stale = coordinator.sendJson(
                "PUT", "/api/v1/neighbourhood/actors/" + id, withVersion(1, BUURTHUIS.replace("De Brug", "Oud")));

        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode current = read(coordinator.getJson("/api/v1/neighbourhood/actors/" + id));
        assertThat(current.get("version").asInt()).isEqualTo(2);
        assertThat(current.get("name").asString()).isEqualTo("Buurthuis De Brug Noord");
    }

    @Test
    void saysWhatChangedMeanwhileInTheRequestsLanguage() {
        String id = anActorChangedOnce();

        Map<String, String> answers = new LinkedHashMap<>();
        for (String language : List.of("nl", "fr", "en")) {
            HttpResponse<String> stale = coordinator.sendJson(
                    "PUT",
                    "/api/v1/neighbourhood/actors/" + id,
                    withVersion(1, BUURTHUIS),
                    Map.of("Accept-Language", language));
            assertThat(stale.statusCode()).isEqualTo(409);
            JsonNode problem = read(stale);
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("version");
            assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("neighbourhood.conflict.actor");
            answers.put(language, problem.get("detail").asString());
        }

        assertThat(answers)
                .containsEntry(
                        "nl",
                        "Iemand anders heeft deze actor intussen gewijzigd of verwijderd. Lees de huidige versie en "
                                + "breng je wijziging opnieuw aan.")
                .containsEntry(
                        "fr",
                        "Quelqu’un d’autre a modifié ou supprimé cet acteur entre-temps. Relisez la version actuelle "
                                + "et refaites votre modification.")
                .containsEntry(
                        "en",
                        "Someone else changed or removed this actor meanwhile. Read the current version and make your "
                                + "change again.");
        HttpResponse<String> form = coordinator.post(
                "/neighbourhood/actors/" + id,
                Map.of("version", "1", "name", "Getypt", "kind", "LIBRARY"),
                Map.of("Accept-Language", "fr"));
        assertThat(form.statusCode()).isEqualTo(409);
        assertThat(form.body()).contains("Quelqu’un d’autre a modifié cet acteur entre-temps (version 2 maintenant).");
    }

    @Test
    void removesAnActorOnlyAsItWasAtTheVersionRead() {
        String id = anActorChangedOnce();

        HttpResponse<String> stale =
                coordinator.sendJson("DELETE", "/api/v1/neighbourhood/actors/" + id + "?version=1", "");
        HttpResponse<String> without = coordinator.sendJson("DELETE", "/api/v1/neighbourhood/actors/" + id, "");
        HttpResponse<String> staleForm =
                coordinator.post("/neighbourhood/actors/" + id + "/delete", Map.of("version", "1"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(read(stale).get("errors").get(0).get("code").asString()).isEqualTo("neighbourhood.conflict.actor");
        assertThat(without.statusCode()).isEqualTo(400);
        assertThat(read(without).get("errors").get(0).get("field").asString()).isEqualTo("version");
        assertThat(staleForm.statusCode()).isEqualTo(302);
        assertThat(coordinator.get("/neighbourhood").body())
                .contains("Iemand anders heeft deze actor intussen gewijzigd; hij is niet verwijderd.");
        assertThat(coordinator.getJson("/api/v1/neighbourhood/actors/" + id).statusCode())
                .isEqualTo(200);
        assertThat(coordinator.get("/neighbourhood/actors/" + id + "/edit").body())
                .containsPattern(
                        "<input type=\"hidden\" name=\"version\" value=\"2\">\\s*<button type=\"submit\" id=\"delete-actor\"");

        assertThat(coordinator
                        .sendJson("DELETE", "/api/v1/neighbourhood/actors/" + id + "?version=2", "")
                        .statusCode())
                .isEqualTo(204);
        assertThat(coordinator.getJson("/api/v1/neighbourhood/actors/" + id).statusCode())
                .isEqualTo(404);
    }

    /** An actor registered and changed once, now at version 2; its id. */
    private String anActorChangedOnce() {
        String id = read(coordinator.sendJson("POST", "/api/v1/neighbourhood/actors", BUURTHUIS))
                .get("id")
                .asString();
        coordinator.sendJson(
                "PUT", "/api/v1/neighbourhood/actors/" + id, withVersion(1, BUURTHUIS.replace("Soep", "Koffie")));
        return id;
    }

    @Test
    void answersAFormSavedOnAStaleVersionWith409KeepingWhatWasTyped() {
        String id = anActorChangedOnce();

        HttpResponse<String> stale = coordinator.post(
                "/neighbourhood/actors/" + id,
                Map.of("version", "1", "name", "Getypt door mij", "kind", "LIBRARY", "needs", "Voorlezers"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("value=\"Getypt door mij\"").contains("Voorlezers");
        assertThat(stale.body()).contains("id=\"changed-meanwhile\"").contains("name=\"version\" value=\"2\"");
        assertThat(read(coordinator.getJson("/api/v1/neighbourhood/actors/" + id))
                        .get("offers")
                        .asString())
                .isEqualTo("Koffie op woensdag");
    }

    @Test
    void refusesABadFieldNamingItAndStoresNothing() {
        HttpResponse<String> outside =
                coordinator.sendJson("POST", "/api/v1/neighbourhood/actors", BUURTHUIS.replace("50.8467", "48.85"));
        HttpResponse<String> hours = coordinator.sendJson(
                "POST", "/api/v1/neighbourhood/actors", BUURTHUIS.replace("10:00-12:00", "12:00-10:00"));
        HttpResponse<String> form = coordinator.post(
                "/neighbourhood/actors",
                Map.of("version", "0", "name", "Bib", "kind", "LIBRARY", "hoursSUNDAY", "zondagmiddag"));

        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(read(outside).get("errors").get(0).get("field").asString()).isEqualTo("latitude");
        assertThat(hours.statusCode()).isEqualTo(400);
        assertThat(read(hours).get("errors").get(0).get("field").asString()).isEqualTo("openingHours.SATURDAY");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"hoursSUNDAY-error\"").contains("value=\"zondagmiddag\"");
        assertThat(read(coordinator.getJson("/api/v1/neighbourhood/actors"))).isEmpty();
    }

    @Test
    void auditsEveryWriteNamingTheActor() {
        String id = read(coordinator.sendJson("POST", "/api/v1/neighbourhood/actors", BUURTHUIS))
                .get("id")
                .asString();
        coordinator.sendJson(
                "PUT", "/api/v1/neighbourhood/actors/" + id, withVersion(1, BUURTHUIS.replace("Soep", "Thee")));
        coordinator.sendJson("PUT", "/api/v1/neighbourhood/actors/" + id, withVersion(1, BUURTHUIS)); // stale
        assertThat(coordinator
                        .sendJson("DELETE", "/api/v1/neighbourhood/actors/" + id + "?version=2", "")
                        .statusCode())
                .isEqualTo(204);

        List<String> actions = JdbcClient.create(ownerDataSource)
                .sql("""
                        select action from audit_event
                        where subject_type = 'neighbourhood_actor' and subject_ids = array[?]::uuid[] order by id""")
                .param(UUID.fromString(id))
                .query(String.class)
                .list();
        assertThat(actions).containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(coordinator.getJson("/api/v1/neighbourhood/actors/" + id).statusCode())
                .isEqualTo(404);
    }

    @Test
    void exportsTheMapAsGeoJsonLongitudeFirstWithoutTheContactPerson() {
        coordinator.sendJson("POST", "/api/v1/neighbourhood/actors", BUURTHUIS);

        HttpResponse<String> export = coach.getJson("/api/v1/neighbourhood/map.geojson");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
        JsonNode collection = read(export);
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        JsonNode feature = collection.get("features").get(0);
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(4.3525);
        assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(50.8467);
        assertThat(export.body()).doesNotContain("onthaal@debrug.example").doesNotContain("Onthaal");
    }

    private static String withVersion(int version, String body) {
        return "{\"version\":" + version + "," + body.strip().substring(1);
    }

    private JsonNode read(HttpResponse<String> answer) {
        return json.readTree(answer.body());
    }
}

package be.brugwerk.places;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.neighbourhood.GeocoderAnswerUnitTests;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.RecordedServer;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finding a participant's place other than by picking it on the map, over HTTP on real PostgreSQL: taken from one of
 * the organisation's actors, or looked up by address with the organisation's geocoder, a tiny local server (JDK
 * HttpServer) that answers a Nominatim jsonv2 answer written by hand ({@code places/nominatim-answer.json}), never the
 * internet. The geocoder is sent the address and never a name; a home goes only to the organisation's own geocoder;
 * without a geocoder, or when it fails or cannot be reached, the page says so and the place is picked on the map; an
 * unknown postcode or an address the geocoder does not know is refused naming the postcode, and nothing is stored.
 */
@FullStackTest
class PlaceLookupIntegrationTests {

    static final String LOOKUP = """
            {"kind":"LIBRARY","street":"Miriam Makebaplein","houseNumber":"1","postcode":"9000","municipality":"Gent"}""";

    @Autowired
    TestAccounts accounts;

    final JsonMapper json = JsonMapper.builder().build();
    RecordedServer geocoder;
    UUID organisation;
    UUID participant;
    WebSession coach;
    WebSession coordinator;

    @BeforeEach
    void aCoachACoordinatorAndALocalGeocoder() {
        geocoder = new RecordedServer("/search", GeocoderAnswerUnitTests.answer());
        organisation = accounts.organisation("Lookup organisation");
        Account coordinatorAccount = accounts.account(organisation, Role.COORDINATOR);
        Account volunteer = accounts.account(organisation, Role.VOLUNTEER_COACH);
        participant = accounts.consentedParticipant(
                organisation, "Yusuf Lookup", "{Nederlands}", coordinatorAccount, volunteer);
        coach = accounts.signedIn(volunteer);
        coordinator = accounts.signedIn(coordinatorAccount);
    }

    @AfterEach
    void stopTheGeocoder() {
        geocoder.close();
    }

    @Test
    void takesAPlaceFromAnActorOfTheOrganisationKeepingItsId() {
        HttpResponse<String> registered = coordinator.sendJson("POST", "/api/v1/neighbourhood/actors", """
                {"name":"Buurtpark Rabot","kind":"PARK","address":"Opgeëistenlaan 1, 9000 Gent",
                 "latitude":51.0620,"longitude":3.7150}""");
        assertThat(registered.statusCode()).isEqualTo(201);
        String actor = read(registered).get("id").asString();

        HttpResponse<String> added = coach.sendJson("POST", path(), """
                {"actor":"%s","kind":"HOME","name":"ignored","going":"GOES","visits":"WEEKLY","welcome":"YES"}""".formatted(actor));

        assertThat(added.statusCode()).isEqualTo(201);
        JsonNode place = read(added);
        assertThat(place.get("name").asString()).isEqualTo("Buurtpark Rabot");
        assertThat(place.get("kind").asString()).isEqualTo("PARK");
        assertThat(place.get("address").asString()).isEqualTo("Opgeëistenlaan 1, 9000 Gent");
        assertThat(place.get("latitude").asDouble()).isEqualTo(51.0620);
        assertThat(place.get("longitude").asDouble()).isEqualTo(3.7150);
        assertThat(place.get("locatedBy").asString()).isEqualTo("ACTOR");
        assertThat(place.get("actor").asString()).isEqualTo(actor);

        HttpResponse<String> page = coach.get(pagePath());
        assertThat(page.body()).contains("value=\"" + actor + "\"").contains("Buurtpark Rabot");
        HttpResponse<String> byForm =
                coach.post(pagePath(), Map.of("actor", actor, "going", "WOULD_LIKE", "name", "", "kind", ""));
        assertThat(byForm.statusCode()).isEqualTo(302);
        assertThat(read(coach.getJson(path())))
                .hasSize(2)
                .allSatisfy(p -> assertThat(p.get("actor").asString()).isEqualTo(actor));
    }

    @Test
    void refusesAnActorNotOnTheMapOrOfAnotherOrganisationAndStoresNothing() {
        HttpResponse<String> registered = coordinator.sendJson(
                "POST",
                "/api/v1/neighbourhood/actors",
                "{\"name\":\"Buurthuis zonder adres\",\"kind\":\"COMMUNITY_CENTRE\"}");
        String unplaced = read(registered).get("id").asString();

        HttpResponse<String> refused = coach.sendJson(
                "POST", path(), "{\"actor\":\"%s\",\"going\":\"GOES\",\"visits\":\"WEEKLY\"}".formatted(unplaced));
        HttpResponse<String> unknown = coach.sendJson(
                "POST",
                path(),
                "{\"actor\":\"%s\",\"going\":\"GOES\",\"visits\":\"WEEKLY\"}".formatted(UUID.randomUUID()));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(read(refused).get("errors").get(0).get("field").asString()).isEqualTo("actor");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(read(unknown).get("errors").get(0).get("field").asString()).isEqualTo("actor");
        assertThat(read(coach.getJson(path()))).isEmpty();
    }

    @Test
    void looksAnAddressUpSendingNoNameAndAddsTheChosenCandidate() {
        useGeocoder(false);

        HttpResponse<String> found = coach.sendJson("POST", path() + "/lookup", LOOKUP);

        assertThat(found.statusCode()).isEqualTo(200);
        JsonNode lookup = read(found);
        assertThat(lookup.get("outcome").asString()).isEqualTo("FOUND");
        assertThat(lookup.get("candidates"))
                .as("the candidate in Paris is left out")
                .hasSize(2);
        assertThat(lookup.get("candidates").get(0).get("latitude").asDouble()).isEqualTo(51.0480);
        assertThat(geocoder.requests()).hasSize(1);
        assertThat(geocoder.requests().get(0))
                .contains("street=1 Miriam Makebaplein")
                .contains("postalcode=9000")
                .contains("city=Gent")
                .contains("format=jsonv2")
                .doesNotContain("Yusuf")
                .doesNotContain("Lookup");

        HttpResponse<String> added = coach.sendJson("POST", path(), """
                {"kind":"LIBRARY","name":"De Krook","latitude":51.0480,"longitude":3.7276,"going":"GOES",
                 "visits":"WEEKLY","locatedBy":"GEOCODER"}""");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(read(added).get("locatedBy").asString()).isEqualTo("GEOCODER");
    }

    @Test
    void looksUpOnThePageAndAddsTheCandidateChosenThere() {
        useGeocoder(false);
        assertThat(coach.get(pagePath()).body()).contains("id=\"place-lookup\"");

        HttpResponse<String> shown = coach.post(pagePath() + "/lookup", lookupForm("LIBRARY", "9000"));

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body())
                .contains("id=\"lookup-candidates\"")
                .contains("1, Miriam Makebaplein, Gent")
                .contains("value=\"51.048 3.7276\"")
                .contains("value=\"Miriam Makebaplein 1, 9000 Gent\"")
                .contains("value=\"De Krook\"");

        Map<String, String> chosen = new java.util.HashMap<>(lookupForm("LIBRARY", "9000"));
        chosen.put("candidate", "51.048 3.7276");
        chosen.put("address", "Miriam Makebaplein 1, 9000 Gent");
        HttpResponse<String> added = coach.post(pagePath(), chosen);
        assertThat(added.statusCode()).isEqualTo(302);
        JsonNode place = read(coach.getJson(path())).get(0);
        assertThat(place.get("locatedBy").asString()).isEqualTo("GEOCODER");
        assertThat(place.get("latitude").asDouble()).isEqualTo(51.048);
    }

    @Test
    void neverSendsAHomeToAGeocoderThatIsNotTheOrganisationsOwn() {
        useGeocoder(false);

        HttpResponse<String> home = coach.sendJson("POST", path() + "/lookup", LOOKUP.replace("LIBRARY", "HOME"));

        assertThat(read(home).get("outcome").asString()).isEqualTo("HOME_NOT_SENT");
        assertThat(read(home).get("candidates")).isEmpty();
        assertThat(geocoder.requests()).isEmpty();
        HttpResponse<String> page = coach.post(pagePath() + "/lookup", lookupForm("HOME", "9000"));
        assertThat(page.body()).contains("id=\"lookup-outcome\"").contains("Een thuisadres gaat nooit");
        assertThat(geocoder.requests()).isEmpty();

        HttpResponse<String> noKind = coach.sendJson("POST", path() + "/lookup", LOOKUP.replace("\"LIBRARY\"", "\"\""));
        assertThat(noKind.statusCode()).isEqualTo(400);
        assertThat(read(noKind).get("errors").get(0).get("field").asString()).isEqualTo("kind");
        assertThat(geocoder.requests()).isEmpty();

        useGeocoder(true);
        HttpResponse<String> own = coach.sendJson("POST", path() + "/lookup", LOOKUP.replace("LIBRARY", "HOME"));
        assertThat(read(own).get("outcome").asString()).isEqualTo("FOUND");
        assertThat(geocoder.requests()).hasSize(1);
    }

    @Test
    void saysSoAndFallsBackToPickingWithoutAGeocoder() {
        HttpResponse<String> page = coach.get(pagePath());
        assertThat(page.body()).doesNotContain("id=\"place-lookup\"").contains("duid de plaats zelf aan op de kaart");

        JsonNode lookup = read(coach.sendJson("POST", path() + "/lookup", LOOKUP));
        assertThat(lookup.get("outcome").asString()).isEqualTo("NONE_SET");
    }

    @Test
    void saysSoWhenTheGeocoderFailsAndStoresNothing() {
        useGeocoder(false);
        geocoder.answer(500, "<html>Internal Server Error</html>");

        HttpResponse<String> page = coach.post(pagePath() + "/lookup", lookupForm("LIBRARY", "9000"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"lookup-outcome\"")
                .contains("De geocoder gaf een fout")
                .contains("value=\"De Krook\"")
                .doesNotContain("id=\"lookup-candidates\"");
        assertThat(read(coach.sendJson("POST", path() + "/lookup", LOOKUP))
                        .get("outcome")
                        .asString())
                .isEqualTo("FAILED");
        assertThat(read(coach.getJson(path()))).isEmpty();
    }

    @Test
    void saysSoWhenTheGeocoderCannotBeReached() {
        saveGeocoder("http://127.0.0.1:" + RecordedServer.closedPort() + "/search?format=jsonv2", false);

        HttpResponse<String> page = coach.post(pagePath() + "/lookup", lookupForm("LIBRARY", "9000"));

        assertThat(page.body()).contains("id=\"lookup-outcome\"").contains("De geocoder is niet bereikbaar");
        assertThat(read(coach.sendJson("POST", path() + "/lookup", LOOKUP))
                        .get("outcome")
                        .asString())
                .isEqualTo("UNREACHABLE");
        assertThat(read(coach.getJson(path()))).isEmpty();
    }

    @Test
    void refusesAnUnknownPostcodeNamingItAndStoresNothing() {
        useGeocoder(false);

        HttpResponse<String> malformed = coach.sendJson("POST", path() + "/lookup", LOOKUP.replace("9000", "0999"));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(read(malformed).get("errors").get(0).get("field").asString()).isEqualTo("postcode");
        assertThat(geocoder.requests())
                .as("nothing sent for a postcode that cannot be")
                .isEmpty();

        geocoder.answer(200, "[]");
        HttpResponse<String> unknown = coach.sendJson("POST", path() + "/lookup", LOOKUP.replace("9000", "9999"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        JsonNode error = read(unknown).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("postcode");
        assertThat(error.get("code").asString()).isEqualTo("geocoder.noResult");

        HttpResponse<String> page = coach.post(pagePath() + "/lookup", lookupForm("LIBRARY", "9999"));
        assertThat(page.body()).contains("id=\"place-postcode-error\"").contains("value=\"9999\"");
        assertThat(read(coach.getJson(path()))).isEmpty();
    }

    @Test
    void refusesAChosenCandidateOutsideBelgiumAndStoresNothing() {
        Map<String, String> paris = new java.util.HashMap<>(lookupForm("LIBRARY", "9000"));
        paris.put("candidate", "48.8566 2.3522");

        HttpResponse<String> refused = coach.post(pagePath(), paris);

        assertThat(refused.body()).contains("id=\"place-latitude-error\"");
        assertThat(read(coach.getJson(path()))).isEmpty();
    }

    @Test
    void refusesAGeocoderThatIsNotHttpsOrNotPublic() {
        HttpResponse<String> plain = coordinator.post(
                "/neighbourhood/import/settings",
                Map.of("geocoderUrl", "http://nominatim.example.org/search", "version", settingsVersion()));
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body()).contains("id=\"settings-problem\"").contains("Alleen een https-adres");

        HttpResponse<String> inside = coordinator.post(
                "/neighbourhood/import/settings",
                Map.of("geocoderUrl", "https://10.20.30.40/search", "version", settingsVersion()));
        assertThat(inside.statusCode()).isEqualTo(200);
        assertThat(inside.body()).contains("id=\"settings-problem\"").contains("binnen het netwerk");

        // a name that resolves to a private address by now, or a setting saved before the save-time rule: refused
        // right before the call
        accounts.owner()
                .sql("insert into neighbourhood_settings (organisation_id, geocoder_url, version) values (?, ?, 1)")
                .params(organisation, "https://10.20.30.40/search")
                .update();
        JsonNode lookup = read(coach.sendJson("POST", path() + "/lookup", LOOKUP));
        assertThat(lookup.get("outcome").asString()).isEqualTo("NOT_PUBLIC");
    }

    private void useGeocoder(boolean own) {
        saveGeocoder(geocoder.url() + "?format=jsonv2", own);
    }

    private void saveGeocoder(String url, boolean own) {
        Map<String, String> form = new java.util.HashMap<>(Map.of("geocoderUrl", url, "version", settingsVersion()));
        if (own) {
            form.put("geocoderOwn", "true");
        }
        HttpResponse<String> saved = coordinator.post("/neighbourhood/import/settings", form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    }

    private String settingsVersion() {
        var version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(coordinator.get("/neighbourhood/import").body());
        return version.find() ? version.group(1) : "0";
    }

    private static Map<String, String> lookupForm(String kind, String postcode) {
        return Map.of(
                "kind", kind,
                "name", "De Krook",
                "going", "GOES",
                "visits", "WEEKLY",
                "street", "Miriam Makebaplein",
                "houseNumber", "1",
                "postcode", postcode,
                "municipality", "Gent");
    }

    private String path() {
        return "/api/v1/participants/" + participant + "/places";
    }

    private String pagePath() {
        return "/participants/" + participant + "/places";
    }

    private JsonNode read(HttpResponse<String> answer) {
        return json.readTree(answer.body());
    }
}

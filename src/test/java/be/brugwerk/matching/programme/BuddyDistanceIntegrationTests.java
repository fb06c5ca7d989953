package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real buddy distances end to end (issue 14.5): a run measures the straight-line km between a participant's home (their
 * place of kind HOME, read through the places module) and the point set for a buddy, so the programme's maximum
 * distance (10 km in {@link ProgrammeFixtures}) leaves out a far buddy and the nearer one ranks first, with a reason
 * that names the distance and the measure. A buddy's point outside Belgium is refused naming the field; a stale one is
 * a 409.
 */
@FullStackTest
class BuddyDistanceIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    WebSession coordinator;

    @BeforeEach
    void aCoordinator() {
        TestAccounts.Account account = accounts.account(accounts.organisation("Buddy distances"), Role.COORDINATOR);
        coordinator = new WebSession(port);
        assertThat(coordinator.signIn(account.email(), TestAccounts.PASSWORD)).isTrue();
    }

    @Test
    void leavesOutAFarBuddyAndRanksTheNearerOneFirstNamingTheDistance() {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Distances");
        UUID amina = programme.waitingParticipant("Amina", true);
        UUID bram = programme.waitingParticipant("Bram", true);
        home(amina, 51.0543, 3.7174); // Gent, Korenmarkt
        home(bram, 51.0450, 3.7700); // Gentbrugge
        UUID far = programme.approvedBuddy("Farah", unique("farah")).id();
        UUID near = programme.approvedBuddy("Nils", unique("nils")).id();
        UUID nearer = programme.approvedBuddy("Noor", unique("noor")).id();
        setHome(programme.programme, far, 50.8467, 4.3525); // Brussels, 50 km from both
        setHome(programme.programme, near, 51.0430, 3.7770); // 4.4 km from Amina, 0.5 km from Bram
        setHome(programme.programme, nearer, 51.0500, 3.7250); // 0.7 km from Amina, 3.2 km from Bram

        programme.run();

        Map<UUID, UUID> proposed = proposedBuddyOf(programme.programme);
        assertThat(proposed).containsEntry(amina, nearer).containsEntry(bram, near);
        assertThat(proposed.values()).doesNotContain(far);
        JsonNode aminasProximity = proximityOf(programme.programme, amina);
        assertThat(aminasProximity.get("fact").asString()).isEqualTo("straightLine");
        assertThat(aminasProximity.get("arguments").get(0).asString()).isEqualTo("0.7");
        assertThat(aminasProximity.get("reason").asString())
                .isEqualTo("0.7 km apart in a straight line between both home points");
        assertThat(coordinator
                        .get("/programmes/" + programme.programme + "?lang=nl")
                        .body())
                .contains("0,7 km van elkaar in vogelvlucht tussen beide woonplekken");
    }

    @Test
    void proposesTheFarBuddyOnceTheirPointIsRemovedAndSaysTheDistanceIsUnknown() {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Fallback");
        UUID amina = programme.waitingParticipant("Amina", true);
        home(amina, 51.0543, 3.7174);
        UUID far = programme.approvedBuddy("Farah", unique("farah")).id();
        setHome(programme.programme, far, 50.8467, 4.3525);
        programme.run();
        assertThat(proposedBuddyOf(programme.programme)).isEmpty();

        HttpResponse<String> removed = coordinator.sendJson(
                "DELETE", "/api/v1/programmes/" + programme.programme + "/buddies/" + far + "/home?version=1", "");
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        programme.run();

        assertThat(proposedBuddyOf(programme.programme)).containsEntry(amina, far);
        assertThat(proximityOf(programme.programme, amina).get("fact").asString())
                .isEqualTo("unknown");
    }

    @Test
    void refusesAPointOutsideBelgiumNamingTheFieldAndAStaleVersion() {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Refusals");
        UUID buddy = programme.appliedBuddy("Lotte", unique("lotte"), "1");
        String path = "/api/v1/programmes/" + programme.programme + "/buddies/" + buddy + "/home";

        HttpResponse<String> paris =
                coordinator.sendJson("PUT", path, "{\"latitude\":48.8566,\"longitude\":2.3522,\"version\":\"0\"}");
        assertThat(paris.statusCode()).isEqualTo(400);
        assertThat(paris.body()).contains("\"field\":\"latitude\"");
        assertThat(JSON.readTree(coordinator.getJson(path).body())
                        .get("latitude")
                        .isNull())
                .isTrue();

        assertThat(coordinator
                        .sendJson("PUT", path, "{\"latitude\":51.05,\"longitude\":3.72,\"version\":\"0\"}")
                        .statusCode())
                .isEqualTo(204);
        HttpResponse<String> stale =
                coordinator.sendJson("PUT", path, "{\"latitude\":51.06,\"longitude\":3.73,\"version\":\"0\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"currentVersion\":1");

        HttpResponse<String> page = coordinator.post(
                "/programmes/" + programme.programme + "/buddies/" + buddy + "/home",
                Map.of("latitude", "48.8566", "longitude", "2.3522", "version", "1"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"home-latitude-error\"").contains("value=\"48.8566\"");
        JsonNode kept = JSON.readTree(coordinator.getJson(path).body());
        assertThat(kept.get("latitude").asDouble()).isEqualTo(51.05);
        assertThat(kept.get("locatedBy").asString()).isEqualTo("PICKED");
    }

    @Test
    void saysWhenNoGeocoderIsSetSoThePointIsPickedOnTheMapAndAuditsTheLookup() {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "No geocoder");
        UUID buddy = programme.appliedBuddy("Lotte", unique("lotte"), "1");
        String path = "/api/v1/programmes/" + programme.programme + "/buddies/" + buddy + "/home/lookup";

        HttpResponse<String> lookup = coordinator.sendJson(
                "POST", path, "{\"street\":\"Kerkstraat\",\"houseNumber\":\"1\",\"postcode\":\"9000\"}");
        HttpResponse<String> badPostcode = coordinator.sendJson("POST", path, "{\"postcode\":\"90\"}");
        HttpResponse<String> page = coordinator.post(
                "/programmes/" + programme.programme + "/buddies/" + buddy + "/home/lookup?lang=en",
                Map.of("street", "Kerkstraat", "postcode", "9000", "version", "0"));

        assertThat(JSON.readTree(lookup.body()).get("outcome").asString()).isEqualTo("NONE_SET");
        assertThat(JSON.readTree(lookup.body()).get("candidates")).isEmpty();
        assertThat(badPostcode.statusCode()).isEqualTo(400);
        assertThat(badPostcode.body()).contains("\"field\":\"postcode\"");
        // without a geocoder the page offers no look-up at all and says to mark the point on the map
        assertThat(page.body())
                .contains("id=\"locating\"")
                .contains("mark the place on the map yourself")
                .doesNotContain("id=\"lookup-button\"");
        assertThat(JdbcClient.create(ownerDataSource)
                        .sql("""
                                select count(*) from audit_event
                                where subject_type = 'buddy' and action = 'SEARCH' and subject_ids = array[?]::uuid[]""")
                        .param(buddy)
                        .query(Long.class)
                        .single())
                .as("one audit row per look-up that got as far as the geocoder")
                .isEqualTo(2);
    }

    @Test
    void readsTheParticipantsHomesInOneAuditedBatch() {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "One batch");
        UUID amina = programme.waitingParticipant("Amina", true);
        UUID bram = programme.waitingParticipant("Bram", true);
        home(amina, 51.0543, 3.7174);
        programme.approvedBuddy("Lotte", unique("lotte"));

        programme.run();

        List<List<UUID>> reads = new ArrayList<>();
        JdbcClient.create(ownerDataSource)
                .sql("""
                        select subject_ids from audit_event
                        where subject_type = 'participant_places' and action = 'READ'
                          and subject_ids && array[?, ?]::uuid[]""")
                .params(amina, bram)
                .query((row, n) -> reads.add(List.of((UUID[]) row.getArray(1).getArray())))
                .list();
        assertThat(reads).singleElement().satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder(amina, bram));
    }

    private void home(UUID participant, double latitude, double longitude) {
        HttpResponse<String> added = coordinator.sendJson(
                "POST", "/api/v1/participants/" + participant + "/places", """
                {"kind":"HOME","name":"Thuis","latitude":%s,"longitude":%s,"going":"GOES","visits":"DAILY"}""".formatted(latitude, longitude));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    }

    private void setHome(UUID programme, UUID buddy, double latitude, double longitude) {
        HttpResponse<String> set = coordinator.sendJson(
                "PUT",
                "/api/v1/programmes/" + programme + "/buddies/" + buddy + "/home",
                "{\"latitude\":%s,\"longitude\":%s,\"locatedBy\":\"PICKED\",\"version\":\"0\"}"
                        .formatted(latitude, longitude));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(204);
    }

    private Map<UUID, UUID> proposedBuddyOf(UUID programme) {
        Map<UUID, UUID> proposed = new HashMap<>();
        JdbcClient.create(ownerDataSource)
                .sql("select participant_id, buddy_id from buddy_pair where programme_id = ? and status = 'PROPOSED'")
                .param(programme)
                .query((row, n) -> proposed.put(
                        row.getObject("participant_id", UUID.class), row.getObject("buddy_id", UUID.class)))
                .list();
        return proposed;
    }

    /** The proximity part of the participant's proposal, as the API words it in English. */
    private JsonNode proximityOf(UUID programme, UUID participant) {
        HttpResponse<String> pairs =
                coordinator.send(HttpRequest.newBuilder(coordinator.uri("/api/v1/programmes/" + programme + "/pairs"))
                        .header("Accept", "application/json")
                        .header("Accept-Language", "en"));
        for (JsonNode pair : JSON.readTree(pairs.body())) {
            if (pair.get("participantId").asString().equals(participant.toString())) {
                for (JsonNode part : pair.get("explanation")) {
                    if (part.get("criterion").asString().equals("PROXIMITY")) {
                        return part;
                    }
                }
            }
        }
        throw new AssertionError("No proposal for " + participant + " in " + pairs.body());
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@test.brugwerk";
    }
}

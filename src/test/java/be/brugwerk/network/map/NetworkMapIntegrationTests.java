package be.brugwerk.network.map;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A participant's map kept by Brugwerk: saved, analysed, versioned, never silently overwritten. */
@FullStackTest
class NetworkMapIntegrationTests {

    @Autowired
    TestAccounts accounts;

    WebSession coordinator;
    WebSession coach;
    UUID participant;
    final UUID sister = UUID.randomUUID();
    final UUID neighbour = UUID.randomUUID();

    @BeforeEach
    void aParticipantWithACoach() {
        UUID organisation = accounts.organisation("Map tests");
        coordinator = accounts.signedIn(organisation, Role.COORDINATOR);
        Account coachAccount = accounts.account(organisation, Role.VOLUNTEER_COACH);
        coach = accounts.signedIn(coachAccount);
        HttpResponse<String> created = coordinator.sendJson("POST", "/api/v1/participants", """
                {"name":"Mapped","consents":[{"purpose":"PROCESSING"},{"purpose":"SHARING","sharedWith":["VOLUNTEER_COACH"]}]}""");
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
        assertThat(id.find()).isTrue();
        participant = UUID.fromString(id.group(1));
        coordinator.sendJson("PUT", "/api/v1/participants/" + participant + "/caseload/" + coachAccount.id(), "");
    }

    @Test
    void startsEmptyAndKeepsWhatTheCoachDrew() {
        assertThat(coach.getJson(mapPath()).body()).isEqualTo("{\"version\":0,\"members\":[],\"ties\":[]}");

        HttpResponse<String> saved = coach.sendJson("PUT", mapPath(), twoMembers(0, "INNER"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body())
                .contains("\"version\":1")
                .contains("Zus")
                .contains("\"AFFECTIVE\":\"BOTH\"")
                .contains(sister.toString());
        assertThat(coordinator.getJson(mapPath()).body()).isEqualTo(saved.body());
    }

    @Test
    void namesWhatIsWrongAndStoresNothing() {
        String tieToNobody = twoMembers(0, "INNER")
                .replace("\"second\":\"" + neighbour + "\"", "\"second\":\"" + UUID.randomUUID() + "\"");
        String unknownRing = twoMembers(0, "CLOSE");

        HttpResponse<String> tie = coach.sendJson("PUT", mapPath(), tieToNobody);
        HttpResponse<String> ring = coach.sendJson("PUT", mapPath(), unknownRing);

        assertThat(tie.statusCode()).isEqualTo(400);
        assertThat(tie.body()).containsIgnoringCase("tie").contains("unknown member");
        assertThat(ring.statusCode()).isEqualTo(400);
        assertThat(ring.body()).contains("members[0].ring");
        assertThat(coach.getJson(mapPath()).body()).contains("\"version\":0");
    }

    @Test
    void analysesTheStoredMapAsTheEngineDoes() {
        coach.sendJson("PUT", mapPath(), twoMembers(0, "INNER"));

        HttpResponse<String> analysis = coach.getJson(mapPath() + "/analysis");

        assertThat(analysis.statusCode()).isEqualTo(200);
        // the dormant neighbour counts in composition, not in the structure of active ties
        assertThat(analysis.body())
                .contains("\"size\" : 1")
                .contains("\"tiesAmongMembers\" : 0")
                .contains("\"members\" : 2")
                .contains("\"activeMembers\" : 1");
    }

    @Test
    void keepsVersionsAsTheyWereWhenTaken() {
        coach.sendJson("PUT", mapPath(), twoMembers(0, "INNER"));
        HttpResponse<String> taken = coach.sendJson("POST", mapPath() + "/versions", "");
        assertThat(taken.statusCode()).isEqualTo(201);
        String versionId = taken.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        coach.sendJson("PUT", mapPath(), twoMembers(1, "OUTER"));

        HttpResponse<String> version = coach.getJson(mapPath() + "/versions/" + versionId);

        assertThat(version.body()).contains("\"ring\":\"INNER\"").doesNotContain("OUTER");
        assertThat(coach.getJson(mapPath() + "/versions").body())
                .contains(versionId)
                .contains("SNAPSHOT");
    }

    @Test
    void comparesTwoVersionsSideBySide() {
        coach.sendJson("PUT", mapPath(), twoMembers(0, "OUTER"));
        String first = versionId(coach.sendJson("POST", mapPath() + "/versions", ""));
        coach.sendJson("PUT", mapPath(), twoMembers(1, "INNER"));
        String second = versionId(coach.sendJson("POST", mapPath() + "/versions", ""));

        HttpResponse<String> compared = coach.getJson(mapPath() + "/versions/" + first + "/compare/" + second);

        assertThat(compared.statusCode()).as(compared.body()).isEqualTo(200);
        assertThat(compared.body())
                .contains("\"movedBetweenRings\":[{\"member\":\"" + sister + "\",\"name\":\"Zus\","
                        + "\"from\":\"OUTER\",\"to\":\"INNER\"}]")
                .contains("\"figuresBefore\"")
                .contains("\"figuresAfter\"");
    }

    @Test
    void previewsAnImportWithoutStoringAnything() {
        coach.sendJson("PUT", mapPath(), twoMembers(0, "INNER"));

        HttpResponse<String> preview =
                coach.sendJson("POST", mapPath() + "/import?preview=true", twoMembers(1, "OUTER"));

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body())
                .contains("\"members\":2")
                .contains("\"removed\"")
                .contains("\"figures\"");
        assertThat(coach.getJson(mapPath()).body()).contains("\"version\":1").contains("\"ring\":\"INNER\"");
        assertThat(coach.getJson(mapPath() + "/versions").body()).isEqualTo("[]");
    }

    @Test
    void importsAllOrNothingAfterKeepingTheMapAsItWas() {
        coach.sendJson("PUT", mapPath(), twoMembers(0, "INNER"));

        HttpResponse<String> imported = coach.sendJson("POST", mapPath() + "/import?version=1", twoMembers(1, "OUTER"));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body())
                .contains("\"version\":2")
                .contains("\"ring\":\"OUTER\"")
                .doesNotContain(sister.toString());
        String versions = coach.getJson(mapPath() + "/versions").body();
        assertThat(versions).contains("IMPORT");
        String before = versions.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(coach.getJson(mapPath() + "/versions/" + before).body()).contains("\"ring\":\"INNER\"");
    }

    @Test
    void refusesABadOrStaleImportAndStoresNothing() {
        coach.sendJson("PUT", mapPath(), twoMembers(0, "INNER"));
        String tieToNobody = twoMembers(1, "OUTER")
                .replace("\"second\":\"" + neighbour + "\"", "\"second\":\"" + UUID.randomUUID() + "\"");

        HttpResponse<String> bad = coach.sendJson("POST", mapPath() + "/import?version=1", tieToNobody);
        HttpResponse<String> stale = coach.sendJson("POST", mapPath() + "/import?version=0", twoMembers(0, "OUTER"));

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("unknown member");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(coach.getJson(mapPath()).body()).contains("\"version\":1").contains("\"ring\":\"INNER\"");
        assertThat(coach.getJson(mapPath() + "/versions").body()).isEqualTo("[]");
    }

    @Test
    void exportsTheWorkingCopyAsAFile() {
        coach.sendJson("PUT", mapPath(), twoMembers(0, "INNER"));

        HttpResponse<String> exported = coach.getJson(mapPath() + "/export");

        assertThat(exported.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        // the file format: the working copy with the participant named, so that analyse can read it
        assertThat(exported.body())
                .contains("\"participant\" : \"" + participant + "\"")
                .contains("\"version\" : 1")
                .contains("\"name\" : \"Zus\"")
                .contains(sister.toString())
                .contains(neighbour.toString());
    }

    private static String versionId(HttpResponse<String> taken) {
        assertThat(taken.statusCode()).isEqualTo(201);
        return taken.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    private String mapPath() {
        return "/api/v1/participants/" + participant + "/map";
    }

    private String twoMembers(int version, String ring) {
        return """
                {"version":%d,"members":[
                  {"id":"%s","name":"Zus","category":"FAMILY","ring":"%s","frequency":"WEEKLY",
                   "support":{"AFFECTIVE":"BOTH","MATERIAL":"RECEIVES"},"valence":"SUPPORTIVE","status":"ACTIVE",
                   "capitalType":"BONDING","level":"CITY","lightTie":false},
                  {"id":"%s","name":"Buurman","category":"NEIGHBOUR","ring":"MIDDLE","frequency":"DAILY",
                   "support":{"CONNECTING":"BOTH"},"valence":"SUPPORTIVE","status":"DORMANT","statusSince":"2025-06-01",
                   "capitalType":"BRIDGING","level":"NEIGHBOURHOOD","lightTie":true}],
                 "ties":[{"first":"%s","second":"%s"}]}""".formatted(version, sister, ring, neighbour, sister, neighbour);
    }
}

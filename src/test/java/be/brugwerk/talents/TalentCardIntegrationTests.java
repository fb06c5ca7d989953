package be.brugwerk.talents;

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
 * A talent card over HTTP, on real PostgreSQL: every save is a new version and the earlier ones stay readable; a save
 * made on a stale version is a 409 and changes nothing; a refused entry is a problem naming it and stores nothing;
 * another organisation's coach learns nothing (404); every read and write leaves its audit row.
 */
@FullStackTest
class TalentCardIntegrationTests {

    static final String COOKING = """
            {"kind":"SKILL","frame":"HANDS","lifeArea":"SOCIAL_INCLUSION","talent":"COOKING",
             "text":"Syrian dishes for twenty","share":true}""";
    static final String PATIENCE = """
            {"kind":"STRENGTH","frame":"HEART","text":"Patient with children"}""";
    static final String DUTCH = """
            {"kind":"DREAM","frame":"HEAD","talent":"LANGUAGES","learn":true}""";

    @Autowired
    TestAccounts accounts;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    final JsonMapper json = JsonMapper.builder().build();
    UUID participant;
    WebSession coach;
    WebSession otherOrganisationsCoach;

    @BeforeEach
    void aCoachWithAParticipantAndACoachOfAnotherOrganisation() {
        UUID organisation = accounts.organisation("Talents organisation");
        Account coordinator = accounts.account(organisation, Role.COORDINATOR);
        Account volunteer = accounts.account(organisation, Role.VOLUNTEER_COACH);
        participant =
                accounts.consentedParticipant(organisation, "Amina Talents", "{Nederlands}", coordinator, volunteer);
        coach = accounts.signedIn(volunteer);
        UUID other = accounts.organisation("Other talents organisation");
        otherOrganisationsCoach = accounts.signedIn(other, Role.COORDINATOR);
    }

    @Test
    void savesEachChangeAsANewVersionAndKeepsTheEarlierOnesReadable() {
        assertThat(card().get("version").asInt()).isZero();

        HttpResponse<String> first = put(0, COOKING, PATIENCE);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(read(first).get("version").asInt()).isEqualTo(1);
        HttpResponse<String> second = put(1, COOKING, PATIENCE, DUTCH);
        assertThat(second.statusCode()).isEqualTo(200);

        JsonNode current = card();
        assertThat(current.get("version").asInt()).isEqualTo(2);
        assertThat(current.get("savedBy").asString()).isEqualTo("Test VOLUNTEER_COACH");
        assertThat(current.get("entries")).hasSize(3);
        assertThat(current.get("entries").get(0).get("talent").asString()).isEqualTo("COOKING");
        assertThat(current.get("entries").get(0).get("lifeArea").asString()).isEqualTo("SOCIAL_INCLUSION");
        assertThat(current.get("entries").get(0).get("share").asBoolean()).isTrue();
        assertThat(current.get("entries").get(2).get("learn").asBoolean()).isTrue();

        JsonNode versions = read(coach.getJson(path() + "/versions"));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(versions.get(0).get("entries").asInt()).isEqualTo(2);
        assertThat(versions.get(1).get("entries").asInt()).isEqualTo(3);
        JsonNode earlier = read(coach.getJson(path() + "/versions/1"));
        assertThat(earlier.get("entries")).hasSize(2);
        assertThat(earlier.get("entries").get(1).get("text").asString()).isEqualTo("Patient with children");
        assertThat(coach.getJson(path() + "/versions/3").statusCode()).isEqualTo(404);

        // saved again unchanged: no new version
        assertThat(read(put(2, COOKING, PATIENCE, DUTCH)).get("version").asInt())
                .isEqualTo(2);
        assertThat(read(coach.getJson(path() + "/versions"))).hasSize(2);
    }

    @Test
    void answersAChangeMadeOnAStaleVersionWith409AndKeepsTheCardAsItWas() {
        assertThat(put(0, COOKING).statusCode()).isEqualTo(200);

        HttpResponse<String> stale = put(0, PATIENCE, DUTCH);

        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode current = card();
        assertThat(current.get("version").asInt()).isEqualTo(1);
        assertThat(current.get("entries")).hasSize(1);
        assertThat(current.get("entries").get(0).get("talent").asString()).isEqualTo("COOKING");
    }

    @Test
    void answersAFormSavedOnAStaleVersionWith409KeepingWhatWasTyped() {
        assertThat(put(0, COOKING).statusCode()).isEqualTo(200);

        HttpResponse<String> stale = coach.post(
                "/participants/" + participant + "/talents",
                java.util.Map.of(
                        "version", "0", "kind", "INTEREST", "frame", "HEAD", "text", "Verse soep van de markt"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .contains("value=\"Verse soep van de markt\"")
                .contains("Iemand anders bewaarde deze talentenkaart intussen (versie 1")
                .contains("name=\"version\" value=\"1\"");
        assertThat(card().get("entries").get(0).get("talent").asString()).isEqualTo("COOKING");
    }

    @Test
    void refusesAnEntryWithAProblemNamingItAndStoresNothing() {
        HttpResponse<String> refused = put(0, COOKING, """
                {"kind":"SKILL","talent":"GARDENING"}""");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = read(refused);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("entries[1].frame");
        assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("talents.entry.frameRequired");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("Choose head, heart or hands.");

        HttpResponse<String> withoutVersion = coach.sendJson("PUT", path(), "{\"entries\":[" + COOKING + "]}");
        assertThat(withoutVersion.statusCode()).isEqualTo(400);
        assertThat(read(withoutVersion).get("errors").get(0).get("field").asString())
                .isEqualTo("version");

        assertThat(card().get("version").asInt()).isZero();
    }

    @Test
    void refusesAnEntryThatRepeatsAnEarlierOneNamingTheLaterOneInTheApiAndOnTheForm() {
        HttpResponse<String> twice = put(0, COOKING, PATIENCE, COOKING);

        assertThat(twice.statusCode()).isEqualTo(400);
        JsonNode problem = read(twice);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("entries[2].text");
        assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("talents.entry.twice");

        List<Map.Entry<String, String>> rows = new java.util.ArrayList<>(List.of(Map.entry("version", "0")));
        for (int row = 0; row < 2; row++) {
            rows.add(Map.entry("kind", "INTEREST"));
            rows.add(Map.entry("frame", "HEAD"));
            rows.add(Map.entry("lifeArea", ""));
            rows.add(Map.entry("talent", ""));
            rows.add(Map.entry("text", row == 0 ? "Verse soep van de markt" : "verse soep van de  markt"));
        }
        HttpResponse<String> form = coach.postRows("/participants/" + participant + "/talents", rows);

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Deze regel herhaalt regel 1").contains("value=\"verse soep van de  markt\"");
        assertThat(card().get("version").asInt()).isZero();
    }

    @Test
    void keepsWhenTheParticipantCanTakePartAndWhatTheyNeedAsPartOfTheCardsVersion() {
        HttpResponse<String> saved = coach.sendJson("PUT", path(), """
                {"version":0,"entries":[%s],"availability":["SATURDAY:MORNING","monday:evening"],
                 "accessNeeds":["STEP_FREE"]}""".formatted(COOKING));

        assertThat(saved.statusCode()).isEqualTo(200);
        JsonNode current = card();
        assertThat(current.get("version").asInt()).isEqualTo(1);
        assertThat(current.get("availability").toString()).isEqualTo("[\"MONDAY:EVENING\",\"SATURDAY:MORNING\"]");
        assertThat(current.get("accessNeeds").toString()).isEqualTo("[\"STEP_FREE\"]");
        // the card is the whole of it: a save without them states none, as a new version; the earlier one keeps them
        assertThat(put(1, COOKING).statusCode()).isEqualTo(200);
        assertThat(card().get("availability")).isEmpty();
        assertThat(card().get("version").asInt()).isEqualTo(2);
        JsonNode first = read(coach.getJson(path() + "/versions/1"));
        assertThat(first.get("accessNeeds").toString()).isEqualTo("[\"STEP_FREE\"]");

        HttpResponse<String> refused = coach.sendJson("PUT", path(), """
                {"version":2,"entries":[%s],"availability":["SATURDAY:MORNING","SATURDAY:NOON"]}""".formatted(COOKING));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(read(refused).get("errors").get(0).get("field").asString()).isEqualTo("availability[1]");
        assertThat(card().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void theFormKeepsTheMomentsAndNeedsTickedWhenAnEntryIsRefusedAndTheCardShowsThem() {
        String page = "/participants/" + participant + "/talents";
        java.util.Map<String, String> withoutFrame = new java.util.HashMap<>(
                java.util.Map.of("version", "0", "kind", "SKILL", "text", "Soep", "availability", "SATURDAY:MORNING"));
        withoutFrame.put("accessNeeds", "ACCESSIBLE_TOILET");

        HttpResponse<String> refused = coach.post(page, withoutFrame);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .containsPattern("id=\"availability-SATURDAY-MORNING\"[^>]*checked")
                .containsPattern("id=\"accessNeeds-ACCESSIBLE_TOILET\"[^>]*checked")
                .doesNotContainPattern("id=\"availability-SUNDAY-MORNING\"[^>]*checked");
        assertThat(card().get("version").asInt()).isZero();

        java.util.Map<String, String> complete = new java.util.HashMap<>(withoutFrame);
        complete.put("frame", "HANDS");
        assertThat(coach.post(page, complete).statusCode()).isEqualTo(302);
        assertThat(coach.get(page).body())
                .contains("zaterdagvoormiddag")
                .contains("een toilet dat bruikbaar is met een rolstoel");
    }

    @Test
    void showsNothingToAnotherOrganisationsCoach() {
        assertThat(put(0, COOKING).statusCode()).isEqualTo(200);

        assertThat(otherOrganisationsCoach.getJson(path()).statusCode()).isEqualTo(404);
        assertThat(otherOrganisationsCoach.getJson(path() + "/versions").statusCode())
                .isEqualTo(404);
        assertThat(otherOrganisationsCoach.getJson(path() + "/versions/1").statusCode())
                .isEqualTo(404);
        assertThat(otherOrganisationsCoach
                        .sendJson("PUT", path(), "{\"version\":1,\"entries\":[" + PATIENCE + "]}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(otherOrganisationsCoach
                        .get("/participants/" + participant + "/talents")
                        .statusCode())
                .isEqualTo(404);
        assertThat(otherOrganisationsCoach
                        .get("/participants/" + participant + "/talents/print")
                        .statusCode())
                .isEqualTo(404);
        assertThat(card().get("entries")).hasSize(1);
    }

    @Test
    void auditsEveryReadAndEverySaveNamingTheParticipant() {
        put(0, COOKING);
        card();
        coach.getJson(path() + "/versions");
        coach.getJson(path() + "/versions/1");
        coach.get("/participants/" + participant + "/talents/print");
        put(0, PATIENCE); // stale: refused, and so not audited

        assertThat(auditedActions()).containsExactly("UPDATE", "READ", "LIST", "READ", "READ");
    }

    @Test
    void printsTheCardStrengthsFirstInTheParticipantsLanguage() {
        put(0, DUTCH, COOKING, PATIENCE);

        String dutch =
                coach.get("/participants/" + participant + "/talents/print").body();
        assertThat(dutch).contains("Wat Amina Talents meebrengt");
        assertThat(dutch.indexOf("Je krachten")).isLessThan(dutch.indexOf("Wat je kunt"));
        assertThat(dutch.indexOf("Wat je kunt")).isLessThan(dutch.indexOf("Waarvan je droomt"));
        assertThat(dutch).contains("koken").contains("dit wil je graag delen");
        String french = coach.get("/participants/" + participant + "/talents/print?language=fr")
                .body();
        assertThat(french)
                .contains("Ce que Amina Talents apporte")
                .contains("Vos forces")
                .contains("cuisiner");
    }

    private List<String> auditedActions() {
        return JdbcClient.create(ownerDataSource)
                .sql("""
                select action from audit_event where subject_type = 'talent_card' and subject_ids = array[?]::uuid[]
                order by id""")
                .param(participant)
                .query(String.class)
                .list();
    }

    private JsonNode card() {
        HttpResponse<String> answer = coach.getJson(path());
        assertThat(answer.statusCode()).isEqualTo(200);
        return read(answer);
    }

    private HttpResponse<String> put(int version, String... entries) {
        return coach.sendJson(
                "PUT", path(), "{\"version\":" + version + ",\"entries\":[" + String.join(",", entries) + "]}");
    }

    private String path() {
        return "/api/v1/participants/" + participant + "/talents";
    }

    private JsonNode read(HttpResponse<String> answer) {
        return json.readTree(answer.body());
    }
}

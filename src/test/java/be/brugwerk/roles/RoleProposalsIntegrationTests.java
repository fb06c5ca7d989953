package be.brugwerk.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.Role;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
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
 * A coordinator's matching run on real PostgreSQL: the open role at the repair café is proposed to the participant who
 * would like to share repairs and agreed to be approached for matching, never to one who did not agree; the proposal
 * explains itself in parts that add up to its score, in the request's language, with the km from the participant's
 * nearest own place. A coach may not run it.
 */
@FullStackTest
class RoleProposalsIntegrationTests {

    static final GeoPoint CAFE = new GeoPoint(51.0600, 3.7100);
    static final GeoPoint LIBRARY = new GeoPoint(51.0480, 3.7276);
    static final String REPAIR_CAFE = """
            {"name":"Repair Café Rabot","kind":"MEETING_PLACE","latitude":51.0600,"longitude":3.7100}""";
    static final String HELPER = """
            {"title":"Help in the repair café on Saturdays","talents":["REPAIRS"],"languages":["nl"],"capacity":2,
             "gains":["VALUED_ROLE","LIGHT_TIES"]}""";
    static final String SHARES_REPAIRS = """
            {"version":0,"entries":[{"kind":"SKILL","frame":"HANDS","talent":"REPAIRS","share":true}]}""";
    static final String GOES_TO_THE_LIBRARY = """
            {"kind":"LIBRARY","name":"De Krook","latitude":51.0480,"longitude":3.7276,"going":"GOES","visits":"WEEKLY"}""";

    @Autowired
    TestAccounts accounts;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    final JsonMapper json = JsonMapper.builder().build();
    WebSession coordinator;
    WebSession coach;
    UUID amina;
    UUID bart;

    @BeforeEach
    void twoParticipantsWhoShareRepairsOfWhomOneAgreedToMatching() {
        UUID organisation = accounts.organisation("Role matching organisation");
        Account coordinatorAccount = accounts.account(organisation, Role.COORDINATOR);
        Account volunteer = accounts.account(organisation, Role.VOLUNTEER_COACH);
        coordinator = accounts.signedIn(coordinatorAccount);
        coach = accounts.signedIn(volunteer);
        amina = accounts.consentedParticipant(
                organisation, "Amina Roles", "{Nederlands}", coordinatorAccount, volunteer);
        bart = accounts.consentedParticipant(organisation, "Bart Roles", "{Nederlands}", coordinatorAccount, volunteer);
        JdbcClient.create(ownerDataSource)
                .sql("""
                        insert into consent (id, organisation_id, participant_id, purpose, shared_with, given_at,
                            recorded_by)
                        values (?, ?, ?, 'MATCHING', '{VOLUNTEER_COACH}', now(), ?)""")
                .params(UUID.randomUUID(), organisation, amina, coordinatorAccount.id())
                .update();
        for (UUID participant : new UUID[] {amina, bart}) {
            assertThat(coach.sendJson("PUT", "/api/v1/participants/" + participant + "/talents", SHARES_REPAIRS)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(coach.sendJson("POST", "/api/v1/participants/" + participant + "/places", GOES_TO_THE_LIBRARY)
                            .statusCode())
                    .isEqualTo(201);
        }
        String cafe = read(coordinator.sendJson("POST", "/api/v1/neighbourhood/actors", REPAIR_CAFE))
                .get("id")
                .asString();
        assertThat(coordinator
                        .sendJson("POST", "/api/v1/neighbourhood/actors/" + cafe + "/roles", HELPER)
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void proposesTheRoleToWhoAgreedWithReasonsThatAddUp() {
        long auditedBefore = lastAuditRow();
        HttpResponse<String> run = coordinator.sendJson("POST", "/api/v1/roles/proposals", "");

        assertThat(run.statusCode()).isEqualTo(200);
        JsonNode answer = read(run);
        assertThat(answer.get("openRoles").asInt()).isEqualTo(1);
        assertThat(answer.get("candidates").asInt()).isEqualTo(1);
        JsonNode proposal = answer.get("proposals").get(0);
        assertThat(answer.get("proposals")).hasSize(1);
        assertThat(proposal.get("participant").asString()).isEqualTo(amina.toString());
        assertThat(proposal.get("participantName").asString()).isEqualTo("Amina Roles");
        assertThat(proposal.get("roleTitle").asString()).isEqualTo("Help in the repair café on Saturdays");
        assertThat(proposal.get("actorName").asString()).isEqualTo("Repair Café Rabot");
        assertThat(proposal.get("kilometres").asDouble()).isCloseTo(LIBRARY.kilometresTo(CAFE), within(1e-9));
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode reason : proposal.get("reasons")) {
            sum = sum.add(reason.get("points").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo(proposal.get("score").decimalValue());
        assertThat(proposal.get("reasons").get(0).get("text").asString())
                .isEqualTo("Would like to share 1 of the 1 talents asked: repairs and odd jobs");
        assertThat(proposal.get("reasons").get(2).get("text").asString())
                .isEqualTo("Speaks a language of the role: nl");
        assertThat(run.body()).doesNotContain(bart.toString());
        // her card, her places, and her languages and name: one row each; nothing of Bart, who did not agree
        assertThat(JdbcClient.create(ownerDataSource)
                        .sql("""
                                select subject_type || ' ' || action from audit_event
                                where id > ? and subject_ids @> array[?]::uuid[] order by id""")
                        .params(auditedBefore, amina)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("talent_card LIST", "participant_places LIST", "participant LIST");
        assertThat(JdbcClient.create(ownerDataSource)
                        .sql("select count(*) from audit_event where id > ? and subject_ids @> array[?]::uuid[]")
                        .params(auditedBefore, bart)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long lastAuditRow() {
        return JdbcClient.create(ownerDataSource)
                .sql("select coalesce(max(id), 0) from audit_event")
                .query(Long.class)
                .single();
    }

    @Test
    void explainsInTheRequestsLanguage() {
        HttpResponse<String> run = coordinator.post(
                "/api/v1/roles/proposals", Map.of(), Map.of("Accept", "application/json", "Accept-Language", "nl"));

        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(read(run)
                        .get("proposals")
                        .get(0)
                        .get("reasons")
                        .get(0)
                        .get("text")
                        .asString())
                .isEqualTo("Wil 1 van de 1 gevraagde talenten delen: herstellen en klussen");
    }

    @Test
    void leavesOutRolesAtTimesOrPlacesTheCardRulesOutAndExplainsTheDays() {
        assertThat(coach.sendJson("PUT", "/api/v1/participants/" + amina + "/talents", """
                                {"version":1,"entries":[{"kind":"SKILL","frame":"HANDS","talent":"REPAIRS","share":true}],
                                 "availability":["SUNDAY:MORNING","SUNDAY:AFTERNOON"],"accessNeeds":["STEP_FREE"]}""")
                        .statusCode())
                .isEqualTo(200);
        role(actor("Buurthuis met trappen", false), "SUNDAY"); // she cannot get in
        role(actor("Sporthal", true), "SATURDAY"); // she cannot come then
        String sundays = role(actor("Wijkcentrum", true), "SUNDAY");

        JsonNode answer = read(coordinator.post(
                "/api/v1/roles/proposals", Map.of(), Map.of("Accept", "application/json", "Accept-Language", "en")));

        assertThat(answer.get("openRoles").asInt()).isEqualTo(4);
        assertThat(answer.get("proposals")).hasSize(1);
        JsonNode proposal = answer.get("proposals").get(0);
        assertThat(proposal.get("role").asString()).isEqualTo(sundays);
        JsonNode times = proposal.get("reasons").get(5);
        assertThat(times.get("criterion").asString()).isEqualTo("TIMES");
        assertThat(times.get("text").asString()).isEqualTo("Can take part on 1 of the 1 days of the role: Sunday");
        assertThat(times.get("points").decimalValue()).isEqualByComparingTo("3.000");
        assertThat(proposal.get("reasons").get(3).get("text").asString())
                .isEqualTo("1 of 1 access needs are known to be met here");
    }

    private String actor(String name, boolean stepFree) {
        return read(coordinator.sendJson("POST", "/api/v1/neighbourhood/actors", """
                        {"name":"%s","kind":"MEETING_PLACE","latitude":51.0600,"longitude":3.7100,"stepFree":%s}""".formatted(name, stepFree)))
                .get("id")
                .asString();
    }

    private String role(String actor, String day) {
        HttpResponse<String> made = coordinator.sendJson(
                "POST", "/api/v1/neighbourhood/actors/" + actor + "/roles", """
                {"title":"Repairs on %s","talents":["REPAIRS"],"days":["%s"],"languages":["nl"],"capacity":1,
                 "gains":["VALUED_ROLE"]}""".formatted(day, day));
        assertThat(made.statusCode()).isEqualTo(201);
        return read(made).get("id").asString();
    }

    @Test
    void isForCoordinatorsOnly() {
        assertThat(coach.sendJson("POST", "/api/v1/roles/proposals", "").statusCode())
                .isEqualTo(403);
    }

    private JsonNode read(HttpResponse<String> answer) {
        return json.readTree(answer.body());
    }
}

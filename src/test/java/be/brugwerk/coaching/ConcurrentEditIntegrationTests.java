package be.brugwerk.coaching;

import static be.brugwerk.coaching.CoachingFixtures.map;
import static be.brugwerk.coaching.CoachingFixtures.participant;
import static be.brugwerk.coaching.CoachingFixtures.refusedPage;
import static be.brugwerk.coaching.CoachingFixtures.signedIn;
import static be.brugwerk.coaching.CoachingFixtures.today;
import static be.brugwerk.coaching.CoachingFixtures.trajectory;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two people at once in one trajectory (the volunteer coach and the coordinator, each in their own session): a save
 * made on a page read before the other's save is refused with 409 and the clear message, nothing is overwritten, and
 * what was typed is still in the form. And posts no form of ours sends (tampered) answer 400, never 500.
 */
@FullStackTest
class ConcurrentEditIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    UUID organisation;
    WebSession coordinator;
    WebSession coach;
    UUID trajectory;
    final UUID sister = UUID.randomUUID();

    @BeforeEach
    void aTrajectoryWorkedInByTwo() {
        organisation = accounts.organisation("Concurrent edit tests");
        coordinator = signedIn(port, accounts.account(organisation, Role.COORDINATOR));
        Account coachAccount = accounts.account(organisation, Role.VOLUNTEER_COACH);
        coach = signedIn(port, coachAccount);
        UUID participant = participant(coordinator, coachAccount.id(), "Amina");
        map(coach, participant, 0, Map.of(sister, "Zus"));
        trajectory = trajectory(coordinator, participant, coachAccount.id());
    }

    @Test
    void aStaleStepSaveIsRefusedWithTheTypedNotesKept() {
        UUID step = owner().sql("select id from trajectory_step where trajectory_id = ? and position = 1")
                .param(trajectory)
                .query(UUID.class)
                .single();
        String read = "0"; // both opened the page with the step as stored

        assertThat(coordinator
                        .post(
                                path("/steps/" + step),
                                Map.of("status", "DONE", "notes", "Kennismaking bij de koffie", "version", read))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> stale = coach.post(
                path("/steps/" + step),
                Map.of("status", "IN_PROGRESS", "notes", "Mijn eigen verslag-4z", "version", read));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .contains("Iemand anders bewaarde deze stap intussen")
                .contains("Mijn eigen verslag-4z")
                .contains("Kennismaking bij de koffie");
        assertThat(owner().sql("select notes || '/' || status from trajectory_step where id = ?")
                        .param(step)
                        .query(String.class)
                        .single())
                .isEqualTo("Kennismaking bij de koffie/DONE");

        assertThat(coach.post(
                                path("/steps/" + step),
                                Map.of("status", "IN_PROGRESS", "notes", "Mijn eigen verslag-4z", "version", "1"))
                        .statusCode())
                .as("saving again on what is stored now")
                .isEqualTo(302);
    }

    @Test
    void aStaleActionStatusIsRefusedAndTheOtherStatusStays() {
        coach.post(path("/actions"), Map.of("kind", "OTHER", "description", "Zus bellen", "performer", "PARTICIPANT"));
        UUID action = owner().sql("select id from coaching_action where trajectory_id = ?")
                .param(trajectory)
                .query(UUID.class)
                .single();

        assertThat(coordinator
                        .post(path("/actions/" + action + "/status"), Map.of("status", "DONE", "version", "0"))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> stale =
                coach.post(path("/actions/" + action + "/status"), Map.of("status", "DROPPED", "version", "0"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Iemand anders veranderde deze actie intussen");
        assertThat(owner().sql("select status from coaching_action where id = ?")
                        .param(action)
                        .query(String.class)
                        .single())
                .isEqualTo("DONE");
    }

    @Test
    void anOverdueActionIsRescheduledAndAStaleChangeIsRefusedWithWhatWasTypedKept() {
        coach.post(
                path("/actions"),
                Map.of(
                        "kind",
                        "OTHER",
                        "description",
                        "Zus bellen",
                        "performer",
                        "PARTICIPANT",
                        "dueOn",
                        today(clock).toString()));
        UUID action = owner().sql("select id from coaching_action where trajectory_id = ?")
                .param(trajectory)
                .query(UUID.class)
                .single();
        String later = today(clock).plusDays(14).toString();

        HttpResponse<String> impossible = refusedPage(
                coach,
                coach.post(
                        path("/actions/" + action),
                        Map.of("description", "Zus bellen", "dueOn", "2026-02-30", "version", "0")));
        assertThat(impossible.body())
                .contains("value=\"2026-02-30\"")
                .containsPattern("<details class=\"action-edit\" open");
        assertThat(coordinator
                        .post(
                                path("/actions/" + action),
                                Map.of("description", "Zus bellen na de vakantie", "dueOn", later, "version", "0"))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> stale = coach.post(
                path("/actions/" + action), Map.of("description", "Zus mailen-2q", "dueOn", later, "version", "0"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .contains("Iemand anders veranderde deze actie intussen")
                .contains("Zus mailen-2q");
        assertThat(owner().sql("select description || '/' || due_on from coaching_action where id = ?")
                        .param(action)
                        .query(String.class)
                        .single())
                .isEqualTo("Zus bellen na de vakantie/" + later);
    }

    @Test
    void staleRoundTableAgreementsAreRefusedWithTheTypedTextKept() {
        coach.post(
                path("/round-tables"),
                Map.of(
                        "plannedOn",
                        today(clock).plusDays(3).toString(),
                        "agenda",
                        "Verhuis",
                        "participantCentral",
                        "true"));
        UUID table = owner().sql("select id from round_table where trajectory_id = ?")
                .param(trajectory)
                .query(UUID.class)
                .single();

        assertThat(coordinator
                        .post(
                                path("/round-tables/" + table + "/agreements"),
                                Map.of("agreements", "Zus rijdt op zaterdag", "version", "0"))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> stale = coach.post(
                path("/round-tables/" + table + "/agreements"),
                Map.of("agreements", "Buurman helpt dragen-8k", "version", "0"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .contains("Iemand anders bewaarde intussen afspraken")
                .contains("Buurman helpt dragen-8k");
        assertThat(owner().sql("select agreements from round_table where id = ?")
                        .param(table)
                        .query(String.class)
                        .single())
                .isEqualTo("Zus rijdt op zaterdag");
    }

    @Test
    void aStaleDraftQuestionnaireIsRefusedWithTheTypedAnswersKept() {
        Map<String, String> draft = new LinkedHashMap<>(Map.of(
                "instrument",
                "DE_JONG_GIERVELD_6",
                "format",
                "THREE_CATEGORIES",
                "measuredOn",
                today(clock).toString(),
                "save",
                "draft",
                "a.SENSE_OF_EMPTINESS",
                "YES"));
        HttpResponse<String> created = coach.post(path("/measurements"), draft);
        String draftPath =
                created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(coach.get(draftPath).body()).containsPattern("name=\"version\"[^>]*value=\"0\"");

        Map<String, String> theirs = new LinkedHashMap<>(draft);
        theirs.putAll(Map.of("version", "0", "a.PLENTY_TO_LEAN_ON", "NO"));
        assertThat(coordinator.post(draftPath, theirs).statusCode()).isEqualTo(302);
        Map<String, String> mine = new LinkedHashMap<>(draft);
        mine.putAll(Map.of("version", "0", "a.SENSE_OF_EMPTINESS", "NO", "a.MANY_TO_TRUST", "MORE_OR_LESS"));
        HttpResponse<String> stale = coach.post(draftPath, mine);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .contains("Iemand anders bewaarde deze vragenlijst intussen")
                .containsPattern("id=\"SENSE_OF_EMPTINESS-NO\"[^>]*checked")
                .containsPattern("id=\"MANY_TO_TRUST-MORE_OR_LESS\"[^>]*checked");
        assertThat(owner().sql("""
                select string_agg(a.item || '=' || a.answer, ',' order by a.item) from outcome_answer a
                join outcome_measurement m on m.id = a.measurement_id where m.trajectory_id = ?""").param(trajectory).query(String.class).single())
                .isEqualTo("PLENTY_TO_LEAN_ON=NO,SENSE_OF_EMPTINESS=YES");
    }

    @Test
    void aLonelinessQuestionnaireWithoutItsAnswerFormatIs400WithTheFormShownAgain() {
        HttpResponse<String> page = coach.post(
                path("/measurements"),
                Map.of(
                        "instrument",
                        "DE_JONG_GIERVELD_6",
                        "measuredOn",
                        today(clock).toString(),
                        "save",
                        "draft",
                        "a.SENSE_OF_EMPTINESS",
                        "YES"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("De antwoordvorm ontbrak")
                .containsPattern("id=\"SENSE_OF_EMPTINESS-YES\"[^>]*checked");
        assertThat(coach.post(
                                path("/measurements"),
                                Map.of(
                                        "instrument",
                                        "DE_JONG_GIERVELD_6",
                                        "format",
                                        "SEVEN",
                                        "measuredOn",
                                        today(clock).toString(),
                                        "save",
                                        "draft"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(count("outcome_measurement")).isZero();
    }

    @Test
    void anUnknownOrMissingInstrumentIs400NamingTheQuestionnaire() {
        HttpResponse<String> unknown = coach.post(
                path("/measurements"),
                Map.of("instrument", "UCLA_20", "measuredOn", today(clock).toString(), "save", "draft"));
        HttpResponse<String> missing = coach.post(
                path("/measurements"), Map.of("measuredOn", today(clock).toString(), "save", "draft"));

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Deze vragenlijst bestaat niet");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(coach.get(path("/measurements/new?instrument=UCLA_20")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void unknownChoicesInPostsAre400NotErrors() {
        UUID step = owner().sql("select id from trajectory_step where trajectory_id = ? and position = 1")
                .param(trajectory)
                .query(UUID.class)
                .single();
        coach.post(path("/actions"), Map.of("kind", "OTHER", "description", "Zus bellen", "performer", "PARTICIPANT"));
        UUID action = owner().sql("select id from coaching_action where trajectory_id = ?")
                .param(trajectory)
                .query(UUID.class)
                .single();

        HttpResponse<String> status = coach.post(path("/steps/" + step), Map.of("status", "HALF_DONE", "version", "0"));
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(status.body()).contains("Dit is geen van de keuzes");
        assertThat(coach.post(path("/actions/" + action + "/status"), Map.of("status", "FINISHED", "version", "0"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(coach.post(path("/actions/" + action + "/status"), Map.of("version", "0"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(coach.post(
                                path("/actions"),
                                Map.of("kind", "TELEPORT", "description", "x", "performer", "PARTICIPANT"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(coach.post(
                                path("/wishes"),
                                Map.of("contact", "EXISTING", "memberId", "not-a-uuid", "description", "x"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(coach.post(path("/notes"), Map.of("text", "x", "visibility", "EVERYONE"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(coordinator
                        .post("/coaching/steps", Map.of("position.0", "1", "default.0", "99", "version", "0"))
                        .statusCode())
                .as("a default step that does not exist")
                .isEqualTo(400);
        assertThat(coordinator
                        .post(
                                "/coaching/settings",
                                Map.of("lsnsAtRiskBelow", "", "stuckAfterWeeks", "4", "version", "0"))
                        .statusCode())
                .as("a missing number is a typing error, shown by its field")
                .isEqualTo(200);
        assertThat(owner().sql("select status from coaching_action where id = ?")
                        .param(action)
                        .query(String.class)
                        .single())
                .isEqualTo("OPEN");
    }

    @Test
    void staleSettingsAndAStaleStepPlanAreRefusedNotSavedOver() {
        WebSession admin = signedIn(port, accounts.account(organisation, Role.ORGANISATION_ADMIN));
        assertThat(coordinator.get("/coaching/organisation").body()).contains("name=\"version\" value=\"0\"");

        assertThat(coordinator
                        .post(
                                "/coaching/settings",
                                Map.of("lsnsAtRiskBelow", "10", "stuckAfterWeeks", "6", "version", "0"))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> stale = admin.post(
                "/coaching/settings", Map.of("lsnsAtRiskBelow", "14", "stuckAfterWeeks", "3", "version", "0"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .contains("Iemand anders veranderde de instellingen intussen")
                .contains("value=\"14\"");
        assertThat(owner().sql("select lsns_at_risk_below || '/' || stuck_after_weeks from coaching_settings"
                                + " where organisation_id = ?")
                        .param(organisation)
                        .query(String.class)
                        .single())
                .isEqualTo("10/6");

        assertThat(coordinator
                        .post(
                                "/coaching/steps",
                                Map.of("position.0", "1", "default.0", "1", "name.0", "Kennismaken", "version", "0"))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> staleTemplate = admin.post(
                "/coaching/steps",
                Map.of("position.0", "1", "default.0", "1", "name.0", "Eerste gesprek", "version", "0"));

        assertThat(staleTemplate.statusCode()).isEqualTo(409);
        assertThat(staleTemplate.body()).contains("Iemand anders veranderde het stappenplan intussen");
        assertThat(owner().sql("select string_agg(name, ',') from coaching_step_template where organisation_id = ?")
                        .param(organisation)
                        .query(String.class)
                        .single())
                .isEqualTo("Kennismaken");
    }

    private long count(String table) {
        return owner().sql("select count(*) from " + table + " where trajectory_id = ?")
                .param(trajectory)
                .query(Long.class)
                .single();
    }

    @Test
    void aStaleClosingKeepsTheTypedEvaluationOnTheCurrentVersionSoClosingAgainWorks() {
        owner().sql("update trajectory set version = version + 1 where id = ?")
                .param(trajectory)
                .update();

        HttpResponse<String> stale = coach.post(
                path("/close"),
                Map.of("participantWords", "Ik heb nu vrienden-7q", "handoverTo", "Buurtwerk Zuid", "version", "0"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .contains("Iemand anders veranderde dit traject intussen")
                .contains("Ik heb nu vrienden-7q")
                .contains("Buurtwerk Zuid");
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(stale.body());
        assertThat(version.find()).as(stale.body()).isTrue();
        assertThat(version.group(1)).isEqualTo("1");
        assertThat(coach.post(
                                path("/close"),
                                Map.of(
                                        "participantWords",
                                        "Ik heb nu vrienden-7q",
                                        "handoverTo",
                                        "Buurtwerk Zuid",
                                        "version",
                                        version.group(1)))
                        .statusCode())
                .isEqualTo(302);
    }

    private String path(String rest) {
        return "/trajectories/" + trajectory + rest;
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }
}

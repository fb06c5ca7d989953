package be.brugwerk.coaching;

import static be.brugwerk.coaching.CoachingFixtures.map;
import static be.brugwerk.coaching.CoachingFixtures.participant;
import static be.brugwerk.coaching.CoachingFixtures.signedIn;
import static be.brugwerk.coaching.CoachingFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
 * A whole trajectory driven through {@code /api/v1} alone, as a script would, from the start to the closing; and the
 * API's refusals: the field at fault named, a stale version answered 409 with the version stored now, another
 * organisation's trajectory and one off the caller's caseload answered 404 whatever was sent.
 */
@FullStackTest
class TrajectoryApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    final JsonMapper json = JsonMapper.builder().build();

    UUID organisation;
    Account coachAccount;
    WebSession coordinator;
    WebSession coach;
    UUID participant;
    final UUID sister = UUID.randomUUID();

    @BeforeEach
    void aParticipantWithAVolunteerCoachAndAMap() {
        organisation = accounts.organisation("Trajectory API tests");
        coordinator = signedIn(port, accounts.account(organisation, Role.COORDINATOR));
        coachAccount = accounts.account(organisation, Role.VOLUNTEER_COACH);
        coach = signedIn(port, coachAccount);
        participant = participant(coordinator, coachAccount.id(), "Amina");
        map(coach, participant, 0, Map.of(sister, "Zus"));
    }

    @Test
    void drivesAWholeTrajectoryFromStartToCloseThroughTheApiAlone() {
        assertThat(coach.getJson("/api/v1/trajectories/start-choices").body()).contains(participant.toString());
        HttpResponse<String> started =
                send("POST", "/api/v1/trajectories", """
                {"participant":"%s","coach":"%s"}""".formatted(participant, coachAccount.id()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        UUID trajectory = id(started);
        assertThat(started.headers().firstValue("Location")).hasValue("/api/v1/trajectories/" + trajectory);
        String at = "/api/v1/trajectories/" + trajectory;
        LocalDate today = today(clock);

        JsonNode step = read(at).get("steps").get(0);
        assertThat(send("PUT", at + "/steps/" + step.get("id").asString(), """
                        {"status":"DONE","notes":"Kennismaking bij Amina thuis","version":%d}""".formatted(
                                        step.get("version").asInt()))
                        .statusCode())
                .isEqualTo(204);
        JsonNode saved = read(at).get("steps").get(0);
        assertThat(saved.get("status").asString()).isEqualTo("DONE");
        assertThat(saved.get("notes").asString()).isEqualTo("Kennismaking bij Amina thuis");
        assertThat(saved.get("version").asInt())
                .isNotEqualTo(step.get("version").asInt());

        assertCreated(send("POST", at + "/wishes", """
                {"contact":"EXISTING","memberId":"%s","description":"Vaker met Zus afspreken"}""".formatted(sister)));
        assertCreated(send("POST", at + "/support-plan", """
                {"memberId":"%s","involve":"true","purpose":"Mee naar de bib"}""".formatted(sister)));
        UUID action = assertCreated(send("POST", at + "/actions", """
                {"kind":"REACTIVATE_DORMANT","description":"Zus bellen","memberId":"%s","performer":"PARTICIPANT",
                 "dueOn":"%s"}""".formatted(sister, today.plusDays(7))));
        JsonNode added = part(read(at), "actions", action);
        assertThat(added.get("member").get("id").asString()).isEqualTo(sister.toString());
        assertThat(send("PUT", at + "/actions/" + action, """
                        {"description":"Zus bellen en afspreken","dueOn":"%s","version":%d}""".formatted(
                                        today.plusDays(14), added.get("version").asInt()))
                        .statusCode())
                .isEqualTo(204);
        JsonNode rescheduled = part(read(at), "actions", action);
        assertThat(rescheduled.get("dueOn").asString())
                .isEqualTo(today.plusDays(14).toString());
        assertThat(send("PUT", at + "/actions/" + action + "/status", """
                        {"status":"DONE","version":%d}""".formatted(
                                        rescheduled.get("version").asInt()))
                        .statusCode())
                .isEqualTo(204);
        assertThat(part(read(at), "actions", action).get("status").asString()).isEqualTo("DONE");

        assertCreated(send("POST", at + "/sessions", """
                {"heldOn":"%s","durationMinutes":"45","place":"Thuis","note":"Gedeeld-verslag-4r",
                 "noteVisibility":"SHARED"}""".formatted(today)));
        assertThat(coach.getJson("/api/v1/participants/" + participant + "/map/versions")
                        .body())
                .contains("\"reason\":\"SESSION\"");
        assertCreated(send("POST", at + "/notes", """
                {"text":"Alleen-voor-de-coach-8p","visibility":"PRIVATE"}"""));
        assertCreated(send("POST", at + "/successes", """
                {"occurredOn":"%s","description":"Zelf Zus gebeld"}""".formatted(today)));
        UUID table = assertCreated(send("POST", at + "/round-tables", """
                {"plannedOn":"%s","agenda":"Wie helpt wanneer","invitees":["%s"],"participantCentral":"true"}""".formatted(today.plusDays(10), sister)));
        assertThat(send("PUT", at + "/round-tables/" + table + "/agreements", """
                        {"agreements":"Zus belt elke zondag","version":%d}""".formatted(
                                        part(read(at), "roundTables", table)
                                                .get("version")
                                                .asInt()))
                        .statusCode())
                .isEqualTo(204);
        assertThat(part(read(at), "roundTables", table).get("agreements").asString())
                .isEqualTo("Zus belt elke zondag");

        UUID draft = assertCreated(send("POST", at + "/measurements", """
                {"instrument":"LSNS_6","measuredOn":"%s","answers":{"RELATIVES_SEEN_MONTHLY":"TWO"},"complete":false}""".formatted(today)));
        int draftVersion = read(at + "/measurements/" + draft).get("version").asInt();
        HttpResponse<String> finished = send("PUT", at + "/measurements/" + draft, """
                {"instrument":"LSNS_6","measuredOn":"%s","complete":true,"version":%d,
                 "answers":{"RELATIVES_SEEN_MONTHLY":"TWO","RELATIVES_TO_TALK_PRIVATELY_WITH":"ONE",
                            "RELATIVES_TO_CALL_ON_FOR_HELP":"ONE","FRIENDS_SEEN_MONTHLY":"NONE",
                            "FRIENDS_TO_TALK_PRIVATELY_WITH":"NONE","FRIENDS_TO_CALL_ON_FOR_HELP":"ONE"}}""".formatted(today, draftVersion));
        assertThat(finished.statusCode()).as(finished.body()).isEqualTo(204);
        assertThat(read(at + "/measurements/" + draft).get("complete").asBoolean())
                .isTrue();
        assertThat(read(at + "/outcomes").get("measurements").toString()).contains(draft.toString());

        String printout = coach.getJson(at + "/printout").body();
        assertThat(printout).contains("Gedeeld-verslag-4r").doesNotContain("Alleen-voor-de-coach-8p");
        assertThat(coach.getJson(at + "/network-change").statusCode())
                .as("one version of the map since the start: nothing to compare yet")
                .isEqualTo(204);
        assertThat(send("POST", "/api/v1/participants/" + participant + "/map/versions", "")
                        .statusCode())
                .isEqualTo(201);
        JsonNode change = read(at + "/network-change");
        assertThat(change.get("before").get("members").asInt()).isEqualTo(1);
        assertThat(change.get("after").get("members").asInt()).isEqualTo(1);

        HttpResponse<String> closed = send("POST", at + "/close", """
                {"participantWords":"Ik bel Zus nu zelf.","followUpOn":"%s","version":%d}""".formatted(
                        today.plusDays(30), read(at).get("version").asInt()));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(204);
        JsonNode evaluated = read(at);
        assertThat(evaluated.get("closedOn").asString()).isEqualTo(today.toString());
        assertThat(evaluated.get("evaluation").get("participantWords").asString())
                .isEqualTo("Ik bel Zus nu zelf.");
        HttpResponse<String> late = send("POST", at + "/notes", """
                {"text":"Nog iets","visibility":"SHARED"}""");
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("\"field\":\"trajectory\"");
    }

    @Test
    void namesTheFieldAtFaultAndStoresNothing() {
        String at = started();
        UUID step = UUID.fromString(read(at).get("steps").get(0).get("id").asString());
        UUID stranger = UUID.randomUUID();

        assertRefused(send("PUT", at + "/steps/" + step, """
                {"status":"BIJNA","version":0}"""), "status");
        assertRefused(send("PUT", at + "/steps/" + step, """
                {"status":"DONE"}"""), "version");
        assertRefused(send("PUT", at + "/steps/" + step, """
                {"status":"DONE","notes":"%s","version":0}""".formatted("n".repeat(4001))), "notes");
        assertRefused(send("POST", at + "/wishes", """
                {"contact":"EXISTING","memberId":"%s","description":"Iemand"}""".formatted(stranger)), "memberId");
        assertThat(assertRefused(send("POST", at + "/wishes", """
                {"contact":"NEW","memberId":"%s","description":"Iemand"}""".formatted(stranger)), "memberId")
                        .get("code")
                        .asString())
                .as("a new contact is no one on the map: a member named with it is refused, not dropped")
                .isEqualTo("coaching.wish.newContactNotOnMap");
        assertRefused(send("POST", at + "/round-tables", """
                {"plannedOn":"2026-02-30","agenda":"Wie helpt","participantCentral":"true"}"""), "plannedOn");
        assertRefused(send("POST", at + "/close", """
                {"participantWords":"Klaar","version":0}"""), "followUpOn");

        JsonNode trajectory = read(at);
        assertThat(trajectory.get("steps").get(0).get("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(trajectory.get("wishes")).isEmpty();
        assertThat(trajectory.get("roundTables")).isEmpty();
        assertThat(trajectory.get("closedOn").isNull()).isTrue();
    }

    @Test
    void refusesAQuestionnaireWithoutItsAnswerFormatOrFinishedWithoutAnswerInTheWordsOfTheApi() {
        String at = started();
        String today = today(clock).toString();

        JsonNode noFormat = assertRefused(send("POST", at + "/measurements", """
                {"instrument":"DE_JONG_GIERVELD_6","measuredOn":"%s","answers":{"SENSE_OF_EMPTINESS":"YES"},
                 "complete":true}""".formatted(today)), "format");
        JsonNode noAnswer = assertRefused(send("POST", at + "/measurements", """
                {"instrument":"LSNS_6","measuredOn":"%s","answers":{"RELATIVES_SEEN_MONTHLY":" "},"complete":true}""".formatted(today)), "answers");

        assertThat(noFormat.get("code").asString()).isEqualTo("coaching.format.missing");
        assertThat(noFormat.get("message").asString())
                .as("no page text (\"shown again below\") in an answer of the API")
                .contains("format")
                .doesNotContain("hieronder", "below", "ci-dessous", "à nouveau");
        assertThat(noAnswer.get("code").asString()).isEqualTo("coaching.answers.none");
        assertThat(read(at + "/outcomes").get("measurements")).isEmpty();
        assertCreated(send("POST", at + "/measurements", """
                {"instrument":"LSNS_6","measuredOn":"%s","answers":{},"complete":false}""".formatted(today)));
    }

    @Test
    void answersAStaleWriteWith409AndTheVersionStoredNow() {
        String at = started();
        JsonNode step = read(at).get("steps").get(0);
        String stepAt = at + "/steps/" + step.get("id").asString();
        int read = step.get("version").asInt();
        assertThat(send("PUT", stepAt, """
                        {"status":"IN_PROGRESS","notes":"Eerst","version":%d}""".formatted(read)).statusCode()).isEqualTo(204);

        HttpResponse<String> stale = send("PUT", stepAt, """
                {"status":"DONE","notes":"Daarna, op een oude versie","version":%d}""".formatted(read));

        int now = read(at).get("steps").get(0).get("version").asInt();
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json.readTree(stale.body()).get("currentVersion").asInt()).isEqualTo(now);
        assertThat(read(at).get("steps").get(0).get("notes").asString()).isEqualTo("Eerst");

        Account other = accounts.account(organisation, Role.VOLUNTEER_COACH);
        coordinator.sendJson("PUT", "/api/v1/participants/" + participant + "/caseload/" + other.id(), "");
        assertThat(coordinator.getJson(at + "/coach-candidates").body())
                .contains(other.id().toString())
                .doesNotContain(coachAccount.id().toString());
        int trajectoryVersion = read(at).get("version").asInt();
        assertThat(coordinator
                        .sendJson("PUT", at + "/coach", """
                        {"coach":"%s","version":%d}""".formatted(other.id(), trajectoryVersion))
                        .statusCode())
                .isEqualTo(204);
        HttpResponse<String> staleClose = coordinator.sendJson("POST", at + "/close", """
                {"handoverTo":"Buurtwerk","version":%d}""".formatted(trajectoryVersion));
        assertThat(staleClose.statusCode()).isEqualTo(409);
        int current =
                json.readTree(coordinator.getJson(at).body()).get("version").asInt();
        assertThat(json.readTree(staleClose.body()).get("currentVersion").asInt())
                .isEqualTo(current)
                .isNotEqualTo(trajectoryVersion);
    }

    @Test
    void refusesAnotherOrganisationAndWhoeverIsNotOnTheCaseloadWhateverTheySend() {
        String at = started();
        String step = at + "/steps/" + read(at).get("steps").get(0).get("id").asString();
        UUID elsewhere = accounts.organisation("Another organisation");
        WebSession otherCoordinator = signedIn(port, accounts.account(elsewhere, Role.COORDINATOR));
        WebSession unassignedCoach = signedIn(port, accounts.account(organisation, Role.VOLUNTEER_COACH));
        WebSession unassignedProfessional = signedIn(port, accounts.account(organisation, Role.PROFESSIONAL));

        for (WebSession stranger : new WebSession[] {otherCoordinator, unassignedCoach, unassignedProfessional}) {
            assertThat(stranger.getJson(at).statusCode()).isEqualTo(404);
            assertThat(stranger.sendJson("PUT", step, "{\"status\":\"DONE\",\"version\":0}")
                            .statusCode())
                    .isEqualTo(404);
            assertThat(stranger.sendJson("PUT", step, "{\"status\":\"BIJNA\"").statusCode())
                    .as("spoilt input changes nothing about the refusal")
                    .isEqualTo(404);
            assertThat(stranger.sendJson("POST", at + "/notes", "{\"text\":\"Hallo\",\"visibility\":\"SHARED\"}")
                            .statusCode())
                    .isEqualTo(404);
        }
        assertThat(coach.sendJson("PUT", at + "/coach", "{\"coach\":\"" + coachAccount.id() + "\",\"version\":0}")
                        .statusCode())
                .as("only a coordinator hands a trajectory over")
                .isEqualTo(403);
        assertThat(read(at).get("steps").get(0).get("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(read(at).get("notes")).isEmpty();
    }

    @Test
    void auditsEveryWriteAsThePagesDo() {
        String at = started();
        long before = audited("UPDATE");

        assertCreated(send("POST", at + "/notes", """
                {"text":"Goed gesprek","visibility":"SHARED"}"""));
        assertCreated(send("POST", at + "/successes", """
                {"occurredOn":"%s","description":"Naar de markt"}""".formatted(today(clock))));

        assertThat(audited("UPDATE") - before).isEqualTo(2);
    }

    private String started() {
        HttpResponse<String> started =
                send("POST", "/api/v1/trajectories", """
                {"participant":"%s","coach":"%s"}""".formatted(participant, coachAccount.id()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return "/api/v1/trajectories/" + id(started);
    }

    private HttpResponse<String> send(String method, String path, String body) {
        return coach.sendJson(method, path, body);
    }

    private JsonNode read(String path) {
        HttpResponse<String> answer = coach.getJson(path);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private UUID assertCreated(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return id(answer);
    }

    private UUID id(HttpResponse<String> answer) {
        return UUID.fromString(json.readTree(answer.body()).get("id").asString());
    }

    /** The error naming {@code field} in a refusal. */
    private JsonNode assertRefused(HttpResponse<String> answer, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode error = json.readTree(answer.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        return error;
    }

    private static JsonNode part(JsonNode trajectory, String parts, UUID id) {
        for (JsonNode part : trajectory.get(parts)) {
            if (part.get("id").asString().equals(id.toString())) {
                return part;
            }
        }
        throw new AssertionError("no " + parts + " " + id + " in " + trajectory);
    }

    private long audited(String action) {
        return JdbcClient.create(ownerDataSource)
                .sql("select count(*) from audit_event where action = ? and ? = any(subject_ids)")
                .params(action, participant)
                .query(Long.class)
                .single();
    }
}

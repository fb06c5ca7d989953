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
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Trajectories end to end on real PostgreSQL: bad input is refused by field with what was typed kept, a draft
 * questionnaire keeps every answer, a private note reaches nobody but its author, the step plan template changes only
 * new trajectories, and a volunteer coach needs assignment and consent.
 */
@FullStackTest
class TrajectoryIntegrationTests {

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
    Account coachAccount;
    WebSession coordinator;
    WebSession coach;
    UUID participant;
    UUID trajectory;
    final UUID sister = UUID.randomUUID();

    @BeforeEach
    void aTrajectoryWithAVolunteerCoach() {
        organisation = accounts.organisation("Trajectory tests");
        coordinator = signedIn(port, accounts.account(organisation, Role.COORDINATOR));
        coachAccount = accounts.account(organisation, Role.VOLUNTEER_COACH);
        coach = signedIn(port, coachAccount);
        participant = participant(coordinator, coachAccount.id(), "Amina");
        map(coach, participant, 0, Map.of(sister, "Zus"));
        trajectory = trajectory(coordinator, participant, coachAccount.id());
    }

    @Test
    void startsWithTheTenDefaultStepsInDutch() {
        String page = coach.get("/trajectories/" + trajectory).body();

        assertThat(page).contains("Kennismaking", "Netwerk in kaart", "Top-3 actie", "Ga ervoor", "Leren");
        assertThat(steps(trajectory)).isEqualTo(10);
    }

    @Test
    void refusesAnImpossibleDateAndKeepsWhatWasTyped() {
        HttpResponse<String> page = refusedPage(
                coach,
                coach.post(
                        path("/actions"),
                        Map.of(
                                "kind",
                                "ASK_PRACTICAL_HELP",
                                "description",
                                "Zus vragen om mee te gaan naar de bib",
                                "performer",
                                "PARTICIPANT",
                                "dueOn",
                                "2026-02-30",
                                "memberId",
                                sister.toString())));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Deze datum bestaat niet")
                .contains("value=\"2026-02-30\"")
                .contains("Zus vragen om mee te gaan naar de bib")
                .containsPattern("(?s)<select id=\"action-member\"[^>]*>.*?<option value=\"" + sister + "\" selected")
                .containsPattern(
                        "<select id=\"wish-member\"[^>]*>\\s*<option value=\"\">[^<]*</option>\\s*<option value=\""
                                + sister + "\">");
        HttpResponse<String> api = coach.sendJson("POST", "/api/v1/trajectories/" + trajectory + "/actions", """
                {"kind":"OTHER","description":"Bellen","performer":"COACH","dueOn":"2026-13-01"}""");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"field\":\"dueOn\"");
        assertThat(count("coaching_action")).isZero();
    }

    @Test
    void refusesAnActionPointingAtAMemberOfAnotherParticipantsMap() {
        UUID stranger = UUID.randomUUID();
        UUID otherParticipant = participant(coordinator, coachAccount.id(), "Jozef");
        map(coach, otherParticipant, 0, Map.of(stranger, "Buurman van Jozef"));

        HttpResponse<String> page = refusedPage(
                coach,
                coach.post(
                        path("/actions"),
                        Map.of(
                                "kind",
                                "REACTIVATE_DORMANT",
                                "description",
                                "Weer eens bellen",
                                "memberId",
                                stranger.toString(),
                                "performer",
                                "PARTICIPANT")));
        HttpResponse<String> api =
                coach.sendJson("POST", "/api/v1/trajectories/" + trajectory + "/actions", """
                {"kind":"OTHER","description":"Bellen","performer":"MEMBER","performerMemberId":"%s"}""".formatted(stranger));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("staat niet op de netwerkkaart van deze deelnemer")
                .contains("Weer eens bellen");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"field\":\"performerMemberId\"");
        assertThat(count("coaching_action")).isZero();
    }

    @Test
    void refusesAnOverlongPlaceOrNoteOfASessionOverTheApiNamingTheField() {
        String session = """
                {"heldOn":"%s","durationMinutes":"30","place":"%s","note":"%s","noteVisibility":"PRIVATE"}""";

        HttpResponse<String> place = coach.sendJson(
                "POST",
                "/api/v1/trajectories/" + trajectory + "/sessions",
                session.formatted(today(clock), "p".repeat(201), "Kort"));
        HttpResponse<String> note = coach.sendJson(
                "POST",
                "/api/v1/trajectories/" + trajectory + "/sessions",
                session.formatted(today(clock), "Thuis", "n".repeat(4001)));

        assertThat(place.statusCode()).isEqualTo(400);
        assertThat(place.body()).contains("\"field\":\"place\"");
        assertThat(note.statusCode()).isEqualTo(400);
        assertThat(note.body()).contains("\"field\":\"note\"");
        assertThat(count("coaching_session")).isZero();
    }

    @Test
    void saysSoWhenTheMemberOfAnActionLeftTheMap() {
        assertThat(coach.post(
                                path("/actions"),
                                Map.of(
                                        "kind",
                                        "ASK_PRACTICAL_HELP",
                                        "description",
                                        "Boodschappen",
                                        "memberId",
                                        sister.toString(),
                                        "performer",
                                        "MEMBER",
                                        "performerMemberId",
                                        sister.toString()))
                        .statusCode())
                .isEqualTo(302);
        assertThat(coach.get("/trajectories/" + trajectory).body())
                .contains("Zus")
                .doesNotContain("staat niet meer op");

        map(coach, participant, 1, Map.of());

        assertThat(coach.get("/trajectories/" + trajectory).body()).contains("staat niet meer op de netwerkkaart");
    }

    @Test
    void keepsAnUnfinishedQuestionnaireAsADraftWithEveryAnswer() {
        Map<String, String> answers = new LinkedHashMap<>(Map.of(
                "instrument",
                "DE_JONG_GIERVELD_6",
                "format",
                "THREE_CATEGORIES",
                "measuredOn",
                today(clock).toString(),
                "save",
                "draft",
                "a.SENSE_OF_EMPTINESS",
                "YES",
                "a.PLENTY_TO_LEAN_ON",
                "NO",
                "a.MANY_TO_TRUST",
                "MORE_OR_LESS",
                "version",
                "0"));

        HttpResponse<String> saved = coach.post(path("/measurements"), answers);

        assertThat(saved.statusCode()).isEqualTo(302);
        String draftPath = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        String draft = coach.get(draftPath).body();
        assertThat(draft).contains("Dit is een klad");
        assertThat(draft)
                .containsPattern("id=\"SENSE_OF_EMPTINESS-YES\"[^>]*checked")
                .containsPattern("id=\"PLENTY_TO_LEAN_ON-NO\"[^>]*checked")
                .containsPattern("id=\"MANY_TO_TRUST-MORE_OR_LESS\"[^>]*checked")
                .doesNotContainPattern("id=\"MISSES_PEOPLE_AROUND-[A-Z_]+\"[^>]*checked");
        assertThat(owner().sql(
                                "select count(*) from outcome_answer a join outcome_measurement m on m.id = a.measurement_id"
                                        + " where m.trajectory_id = ? and not m.complete")
                        .param(trajectory)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);

        answers.put("a.MISSES_PEOPLE_AROUND", "YES");
        answers.put("a.ENOUGH_TO_FEEL_CLOSE_TO", "NO");
        answers.put("a.OFTEN_FEELS_REJECTED", "NO");
        answers.put("save", "finish");
        assertThat(coach.post(draftPath, answers).statusCode()).isEqualTo(302);

        String result = coach.get(draftPath).body();
        assertThat(result).contains("De vragenlijst is afgerond").contains("totaal: </span><strong>5</strong>");
        assertThat(coach.post(draftPath, answers).body()).contains("Deze meting is afgerond");
    }

    @Test
    void refusesAnAnswerTheQuestionnaireDoesNotOfferKeepingTheOthers() {
        HttpResponse<String> page = coach.post(
                path("/measurements"),
                Map.of(
                        "instrument",
                        "DE_JONG_GIERVELD_6",
                        "format",
                        "THREE_CATEGORIES",
                        "measuredOn",
                        today(clock).toString(),
                        "save",
                        "draft",
                        "a.SENSE_OF_EMPTINESS",
                        "STRONG_YES",
                        "a.PLENTY_TO_LEAN_ON",
                        "NO"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Dit antwoord hoort niet bij deze vragenlijst")
                .containsPattern("id=\"PLENTY_TO_LEAN_ON-NO\"[^>]*checked");
        HttpResponse<String> api = coach.sendJson(
                "POST", "/api/v1/trajectories/" + trajectory + "/measurements", """
                {"instrument":"LSNS_6","measuredOn":"%s","answers":{"RELATIVES_SEEN_MONTHLY":"ELEVEN"},"complete":true}""".formatted(today(clock)));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"field\":\"answers.RELATIVES_SEEN_MONTHLY\"");
    }

    @Test
    void refusesFinishingAQuestionnaireWithoutAnswerOnThePageButKeepsAnEmptyDraft() {
        HttpResponse<String> noAnswer = coach.post(
                path("/measurements"),
                Map.of("instrument", "LSNS_6", "measuredOn", today(clock).toString(), "save", "finish"));
        HttpResponse<String> emptyDraft = coach.post(
                path("/measurements"),
                Map.of("instrument", "LSNS_6", "measuredOn", today(clock).toString(), "save", "draft"));

        assertThat(noAnswer.body()).contains("Een vragenlijst zonder enig antwoord meet niets");
        assertThat(emptyDraft.statusCode()).as("an empty draft may be kept").isEqualTo(302);
    }

    @Test
    void offersEveryInstrumentAndLabelsTheSelfRatingAsNotValidated() {
        for (String form : new String[] {
            "DE_JONG_GIERVELD_11&format=FIVE_CATEGORIES",
            "DE_JONG_GIERVELD_6&format=THREE_CATEGORIES",
            "LSNS_6",
            "SCHALOCK_SELF_RATING"
        }) {
            HttpResponse<String> page = coach.get(path("/measurements/new?instrument=" + form));
            assertThat(page.statusCode()).as(form).isEqualTo(200);
        }
        assertThat(coach.get(path("/measurements/new?instrument=DE_JONG_GIERVELD_11&format=FIVE_CATEGORIES"))
                        .body())
                .contains("id=\"FRIENDS_WHEN_NEEDED-STRONG_YES\"");
        assertThat(coach.get(path("/measurements/new?instrument=SCHALOCK_SELF_RATING"))
                        .body())
                .contains("Geen gevalideerd instrument");
    }

    @Test
    void scoresTheLsnsWithTheOrganisationsThresholdAndPrintsTheAnswers() {
        assertThat(coordinator
                        .post(
                                "/coaching/settings",
                                Map.of("lsnsAtRiskBelow", "10", "stuckAfterWeeks", "4", "version", "0"))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> saved = coach.post(
                path("/measurements"),
                Map.of(
                        "instrument",
                        "LSNS_6",
                        "measuredOn",
                        today(clock).toString(),
                        "save",
                        "finish",
                        "a.RELATIVES_SEEN_MONTHLY",
                        "TWO",
                        "a.RELATIVES_TO_TALK_PRIVATELY_WITH",
                        "TWO",
                        "a.RELATIVES_TO_CALL_ON_FOR_HELP",
                        "TWO",
                        "a.FRIENDS_SEEN_MONTHLY",
                        "TWO",
                        "a.FRIENDS_TO_TALK_PRIVATELY_WITH",
                        "THREE_OR_FOUR",
                        "a.FRIENDS_TO_CALL_ON_FOR_HELP",
                        "NONE"));
        String result = coach.get(
                        saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body();

        assertThat(result)
                .contains("totaal: </span><strong>11</strong>")
                .contains("(geen risico op sociaal isolement, risico onder 10)");
        String printout = coach.get(path("/printout")).body();
        assertThat(printout).contains("drie of vier").doesNotContain("geen risico op sociaal isolement");
    }

    @Test
    void recordsTheParticipantsChoiceAndPreparesARoundTableWithInviteesFromTheMap() {
        assertThat(coach.post(
                                path("/support-plan"),
                                Map.of(
                                        "memberId",
                                        sister.toString(),
                                        "involve",
                                        "true",
                                        "purpose",
                                        "Samen naar de dokter"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(coach.post(path("/support-plan"), Map.of("who", "Schoonbroer", "involve", "false"))
                        .statusCode())
                .isEqualTo(302);
        UUID stranger = UUID.randomUUID();
        HttpResponse<String> refused = refusedPage(
                coach,
                coach.post(
                        path("/round-tables"),
                        Map.of(
                                "plannedOn",
                                today(clock).plusDays(7).toString(),
                                "agenda",
                                "Wie helpt bij de verhuis?",
                                "invitees",
                                stranger.toString(),
                                "participantCentral",
                                "false")));
        assertThat(refused.body())
                .contains("staat niet op de netwerkkaart van deze deelnemer")
                .contains("Wie helpt bij de verhuis?");
        assertThat(refused.body())
                .as("the participant's choice is kept as typed")
                .containsPattern("id=\"round-table-central-no\"[^>]*checked");
        assertThat(coach.post(
                                path("/round-tables"),
                                Map.of(
                                        "plannedOn",
                                        today(clock).plusDays(7).toString(),
                                        "agenda",
                                        "Wie helpt bij de verhuis?",
                                        "invitees",
                                        sister.toString(),
                                        "participantCentral",
                                        "false"))
                        .statusCode())
                .isEqualTo(302);
        UUID table = owner().sql("select id from round_table where trajectory_id = ?")
                .param(trajectory)
                .query(UUID.class)
                .single();
        assertThat(coach.post(
                                path("/round-tables/" + table + "/agreements"),
                                Map.of("agreements", "Zus rijdt op zaterdag", "version", "0"))
                        .statusCode())
                .isEqualTo(302);

        String page = coach.get("/trajectories/" + trajectory).body();
        String plan = page.substring(page.indexOf("id=\"plan-list\""));
        assertThat(plan)
                .containsPattern("Wil betrekken</strong>\\s*<span class=\"member\"><span>Zus</span>")
                .contains("Samen naar de dokter")
                .containsPattern("Wil niet betrekken</strong>\\s*<span>Schoonbroer");
        assertThat(page)
                .contains("Wie helpt bij de verhuis?")
                .contains("Zus rijdt op zaterdag")
                .contains("De deelnemer koos ervoor niet centraal te staan.");
        String printout = coach.get(path("/printout")).body();
        assertThat(printout.substring(printout.indexOf("id=\"plan-list\"")))
                .as("the participant receives their own choice")
                .containsPattern("Wil betrekken</strong>\\s*<span class=\"member\"><span>Zus</span>")
                .contains("Samen naar de dokter")
                .containsPattern("Wil niet betrekken</strong>\\s*<span>Schoonbroer")
                .contains("Zus rijdt op zaterdag")
                .contains("De deelnemer koos ervoor niet centraal te staan.");
    }

    @Test
    void showsSmallSuccessesSessionsAndActionsDoneInTheTimelineInDateOrder() {
        coach.post(
                path("/sessions"),
                Map.of("heldOn", today(clock).toString(), "durationMinutes", "30", "place", "Parkcafé"));
        coach.post(
                path("/successes"),
                Map.of("occurredOn", today(clock).toString(), "description", "Amina groette de buurvrouw"));
        coach.post(
                path("/actions"),
                Map.of("kind", "JOIN_GROUP", "description", "Naar het koor", "performer", "PARTICIPANT"));
        UUID action = owner().sql("select id from coaching_action where trajectory_id = ?")
                .param(trajectory)
                .query(UUID.class)
                .single();
        coach.post(path("/actions/" + action + "/status"), Map.of("status", "DONE", "version", "0"));

        String page = coach.get("/trajectories/" + trajectory).body();
        String timeline = page.substring(page.indexOf("id=\"timeline-list\""));
        assertThat(timeline)
                .contains(
                        "Gesprek",
                        "Parkcafé",
                        "Klein succes",
                        "Amina groette de buurvrouw",
                        "Actie gedaan",
                        "Naar het koor");
    }

    @Test
    void closesOnlyWithAFollowUpDateOrAHandover() {
        HttpResponse<String> refused =
                coach.post(path("/close"), Map.of("participantWords", "Het ging goed.", "version", "0"));
        assertThat(refused.body())
                .contains("Geef een datum voor opvolging of een overdracht")
                .contains("Het ging goed.");
        assertThat(coach.post(
                                path("/close"),
                                Map.of(
                                        "participantWords",
                                        "Het ging goed.",
                                        "handoverTo",
                                        "Buurtwerk Noord",
                                        "version",
                                        "0"))
                        .statusCode())
                .isEqualTo(302);

        assertThat(coach.get("/trajectories/" + trajectory).body())
                .contains("Buurtwerk Noord")
                .doesNotContain("id=\"action-form\"");
        assertThat(refusedPage(coach, coach.post(path("/notes"), Map.of("text", "Nog iets", "visibility", "SHARED")))
                        .body())
                .contains("Dit traject is afgesloten");
    }

    @Test
    void neverShowsAPrivateNoteToTheParticipantOrToAnotherCoach() {
        Account professionalAccount = accounts.account(organisation, Role.PROFESSIONAL);
        coordinator.sendJson(
                "PUT", "/api/v1/participants/" + participant + "/caseload/" + professionalAccount.id(), "");
        Account otherCoachAccount = accounts.account(organisation, Role.VOLUNTEER_COACH);
        coordinator.sendJson("PUT", "/api/v1/participants/" + participant + "/caseload/" + otherCoachAccount.id(), "");
        coach.post(path("/notes"), Map.of("text", "Alleen-voor-mij-7q", "visibility", "PRIVATE"));
        coach.post(
                path("/sessions"),
                Map.of(
                        "heldOn",
                        today(clock).toString(),
                        "durationMinutes",
                        "45",
                        "note",
                        "Ook-privé-na-gesprek-3x",
                        "noteVisibility",
                        "PRIVATE"));
        coach.post(path("/notes"), Map.of("text", "Gedeeld-met-Amina-5k", "visibility", "SHARED"));

        assertThat(coach.get("/trajectories/" + trajectory).body())
                .contains("Alleen-voor-mij-7q", "Ook-privé-na-gesprek-3x", "Gedeeld-met-Amina-5k");
        String printout = coach.get("/trajectories/" + trajectory + "/printout").body();
        assertThat(printout)
                .contains("Gedeeld-met-Amina-5k")
                .doesNotContain("Alleen-voor-mij-7q")
                .doesNotContain("Ook-privé-na-gesprek-3x");
        for (WebSession other : new WebSession[] {coordinator, signedIn(port, professionalAccount)}) {
            assertThat(other.get("/trajectories/" + trajectory).body())
                    .contains("Gedeeld-met-Amina-5k")
                    .doesNotContain("Alleen-voor-mij-7q")
                    .doesNotContain("Ook-privé-na-gesprek-3x");
            assertThat(other.getJson("/api/v1/trajectories/" + trajectory).body())
                    .contains("Gedeeld-met-Amina-5k")
                    .doesNotContain("Alleen-voor-mij-7q");
            assertThat(other.get("/trajectories/" + trajectory + "/printout").body())
                    .doesNotContain("Alleen-voor-mij-7q");
        }
        WebSession otherCoach = signedIn(port, otherCoachAccount);
        assertThat(otherCoach.get("/trajectories/" + trajectory).statusCode()).isEqualTo(404);
        assertThat(otherCoach.getJson("/api/v1/trajectories/" + trajectory).statusCode())
                .isEqualTo(404);
        assertThat(otherCoach.get("/trajectories").body()).doesNotContain("/trajectories/" + trajectory);
    }

    @Test
    void logsASessionAsAVersionOfTheMap() {
        assertThat(coach.post(
                                path("/sessions"),
                                Map.of(
                                        "heldOn",
                                        today(clock).toString(),
                                        "durationMinutes",
                                        "60",
                                        "place",
                                        "Bibliotheek"))
                        .statusCode())
                .isEqualTo(302);

        assertThat(coach.getJson("/api/v1/participants/" + participant + "/map/versions")
                        .body())
                .contains("\"reason\":\"SESSION\"");
        assertThat(owner().sql("select map_members from coaching_session where trajectory_id = ?")
                        .param(trajectory)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        HttpResponse<String> future = refusedPage(
                coach,
                coach.post(
                        path("/sessions"),
                        Map.of(
                                "heldOn",
                                today(clock).plusDays(3).toString(),
                                "durationMinutes",
                                "60",
                                "place",
                                "Park")));
        assertThat(future.body()).contains("Deze datum ligt in de toekomst").contains("value=\"Park\"");
    }

    @Test
    void startsATrajectoryOnlyWithACoachWhoWorksWithTheParticipantWithConsent() {
        Account unassigned = accounts.account(organisation, Role.VOLUNTEER_COACH);
        UUID other = participant(coordinator, coachAccount.id(), "Kim");

        HttpResponse<String> notAssigned = coordinator.post(
                "/trajectories",
                Map.of("participant", other.toString(), "coach", unassigned.id().toString()));
        assertThat(notAssigned.statusCode()).isEqualTo(200);
        assertThat(notAssigned.body()).contains("Deze coach begeleidt de deelnemer niet");

        coordinator.sendJson("DELETE", "/api/v1/participants/" + other + "/consents/SHARING", "");
        assertThat(coordinator
                        .post(
                                "/trajectories",
                                Map.of(
                                        "participant",
                                        other.toString(),
                                        "coach",
                                        coachAccount.id().toString()))
                        .body())
                .contains("Deze coach begeleidt de deelnemer niet");

        HttpResponse<String> twice = coordinator.post(
                "/trajectories",
                Map.of(
                        "participant",
                        participant.toString(),
                        "coach",
                        coachAccount.id().toString()));
        assertThat(twice.body()).contains("heeft al een lopend traject");
        HttpResponse<String> api =
                coordinator.sendJson("POST", "/api/v1/trajectories", """
                {"participant":"%s","coach":"%s"}""".formatted(other, unassigned.id()));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"field\":\"coach\"");
        assertThat(coach.getJson("/api/v1/trajectories").body()).contains(trajectory.toString());
    }

    @Test
    void refusesATemplateStepWithoutAnOrderKeepingWhatWasTyped() {
        HttpResponse<String> page = coordinator.post(
                "/coaching/steps",
                Map.of(
                        "position.0",
                        "eerst",
                        "default.0",
                        "1",
                        "name.0",
                        "Eerste kennismaking",
                        "name.new",
                        "Samen koffie drinken",
                        "position.new",
                        "2"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Vul als volgorde een getal in")
                .contains("value=\"eerst\"")
                .contains("value=\"Samen koffie drinken\"");
        assertThat(owner().sql("select count(*) from coaching_step_template where organisation_id = ?")
                        .param(organisation)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void letsTheCoordinatorHandTheTrajectoryToAnotherCoachOnTheCaseload() {
        Account nextCoach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        WebSession next = signedIn(port, nextCoach);
        assertThat(next.get("/trajectories/" + trajectory).statusCode()).isEqualTo(404);
        assertThat(refusedPage(
                                coordinator,
                                coordinator.post(
                                        path("/coach"),
                                        Map.of("coach", nextCoach.id().toString())))
                        .body())
                .contains("Deze coach begeleidt de deelnemer niet");
        assertThat(coach.post(path("/coach"), Map.of("coach", coachAccount.id().toString()))
                        .statusCode())
                .isEqualTo(403);

        coordinator.sendJson("PUT", "/api/v1/participants/" + participant + "/caseload/" + nextCoach.id(), "");
        assertThat(coordinator
                        .post(path("/coach"), Map.of("coach", nextCoach.id().toString(), "version", "0"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(coordinator
                        .post(path("/coach"), Map.of("coach", coachAccount.id().toString(), "version", "0"))
                        .statusCode())
                .as("a handover on a page read before the last one")
                .isEqualTo(409);

        assertThat(next.get("/trajectories/" + trajectory).statusCode()).isEqualTo(200);
        assertThat(coach.get("/trajectories/" + trajectory).statusCode()).isEqualTo(404);
    }

    @Test
    void changesTheStepPlanForNewTrajectoriesOnly() {
        HttpResponse<String> saved = coordinator.post(
                "/coaching/steps",
                Map.of(
                        "position.0",
                        "2",
                        "default.0",
                        "1",
                        "name.0",
                        "Eerste kennismaking",
                        "position.1",
                        "1",
                        "default.1",
                        "2",
                        "name.1",
                        "",
                        "name.new",
                        "Samen koffie drinken",
                        "position.new",
                        "3",
                        "version",
                        "0"));
        assertThat(saved.statusCode()).isEqualTo(302);

        UUID other = participant(coordinator, coachAccount.id(), "Nour");
        UUID later = trajectory(coordinator, other, coachAccount.id());

        assertThat(steps(trajectory)).isEqualTo(10);
        assertThat(coach.get("/trajectories/" + trajectory).body())
                .contains("Kennismaking")
                .doesNotContain("Samen koffie drinken");
        String newer = coach.get("/trajectories/" + later).body();
        assertThat(steps(later)).isEqualTo(3);
        assertThat(newer.indexOf("Netwerk in kaart")).isLessThan(newer.indexOf("Eerste kennismaking"));
        assertThat(newer).contains("Samen koffie drinken");
    }

    private int steps(UUID id) {
        return owner().sql("select count(*) from trajectory_step where trajectory_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private long count(String table) {
        return owner().sql("select count(*) from " + table + " where trajectory_id = ?")
                .param(trajectory)
                .query(Long.class)
                .single();
    }

    private String path(String rest) {
        return "/trajectories/" + trajectory + rest;
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }
}

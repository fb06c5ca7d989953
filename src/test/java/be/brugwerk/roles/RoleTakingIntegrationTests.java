package be.brugwerk.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.brugwerk.coaching.ValuedRoleActions;
import be.brugwerk.network.ActorTies;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.HeldTable;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import be.brugwerk.system.Tenancy;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Taking a valued role over HTTP, on real PostgreSQL: the coach proposes a role to a participant of their caseload and
 * records the choice, the coordinator records the actor's agreement (which takes the role's place), the taking starts
 * and ends (which frees it); refusals name their field, a coach without the participant and another organisation get
 * 404, every step is audited, and two agreements for the last place at once give one agreement and one conflict.
 */
@FullStackTest
class RoleTakingIntegrationTests {

    static final String ONE_PLACE = """
            {"title":"Help in the repair café on Saturdays","talents":["REPAIRS"],"capacity":1,"collective":false,
             "gains":["VALUED_ROLE","LIGHT_TIES"]}""";

    @Autowired
    TestAccounts accounts;

    @Autowired
    ValuedRoleActions actions;

    @Autowired
    ActorTies ties;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    final JsonMapper json = JsonMapper.builder().build();
    WebSession coordinator;
    WebSession coach;
    WebSession otherCoach;
    WebSession otherOrganisation;
    UUID coachId;
    UUID organisation;
    String role;

    @BeforeEach
    void aRoleWithOnePlaceACoordinatorAndTwoCoaches() {
        organisation = accounts.organisation("Role takings");
        coordinator = accounts.signedIn(organisation, Role.COORDINATOR);
        Account coachAccount = accounts.account(organisation, Role.VOLUNTEER_COACH);
        coachId = coachAccount.id();
        coach = accounts.signedIn(coachAccount);
        otherCoach = accounts.signedIn(organisation, Role.VOLUNTEER_COACH);
        otherOrganisation = accounts.signedIn(accounts.organisation("Other takings"), Role.COORDINATOR);
        HttpResponse<String> actor = coordinator.sendJson("POST", "/api/v1/neighbourhood/actors", """
                {"name":"Repair Café Rabot","kind":"MEETING_PLACE","latitude":51.0600,"longitude":3.7100}""");
        assertThat(actor.statusCode()).as(actor.body()).isEqualTo(201);
        HttpResponse<String> made = coordinator.sendJson(
                "POST", "/api/v1/neighbourhood/actors/" + read(actor).get("id").asString() + "/roles", ONE_PLACE);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        role = read(made).get("id").asString();
    }

    @Test
    void goesFromTheCoachsProposalToAnEndedTakingHoldingTheRolesPlaceWhileAgreedOrActive() {
        UUID amina = participant("Amina");
        HttpResponse<String> proposed = propose(coach, amina);
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        JsonNode taking = read(proposed);
        String id = taking.get("id").asString();
        assertThat(taking.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(propose(coach, amina).body())
                .as("one current taking of a role")
                .contains("\"field\":\"role\"");

        HttpResponse<String> withoutMapAnswer = step(coach, id, "choose", "{\"version\":1}");
        assertThat(withoutMapAnswer.statusCode()).isEqualTo(400);
        assertThat(withoutMapAnswer.body()).contains("\"field\":\"onMap\"");
        assertThat(step(coach, id, "choose", "{\"version\":1,\"onMap\":true}").statusCode())
                .isEqualTo(200);
        assertThat(step(coach, id, "choose", "{\"version\":1,\"onMap\":true}").statusCode())
                .as("stale")
                .isEqualTo(409);

        assertThat(step(coach, id, "agree", "{\"version\":2}").statusCode())
                .as("only a coordinator records the actor's agreement")
                .isEqualTo(403);
        assertThat(step(coordinator, id, "agree", "{\"version\":2}").statusCode())
                .isEqualTo(200);
        JsonNode filled = read(coordinator.getJson("/api/v1/roles/" + role));
        assertThat(filled.get("status").asString()).isEqualTo("FILLED");
        assertThat(propose(coach, participant("Bram")).body())
                .as("a filled role is proposed to nobody")
                .contains("\"field\":\"role\"");

        HttpResponse<String> badDate = step(coach, id, "start", "{\"version\":3,\"date\":\"31/02/2026\"}");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("\"field\":\"date\"");
        LocalDate today = LocalDate.now(clock);
        HttpResponse<String> longAgo = step(coach, id, "start", "{\"version\":3,\"date\":\"0500-01-01\"}");
        assertThat(longAgo.statusCode()).isEqualTo(400);
        assertThat(longAgo.body()).contains("\"field\":\"date\"").contains("date.beforeEarliest");
        HttpResponse<String> farAhead =
                step(coach, id, "start", "{\"version\":3,\"date\":\"" + today.plusYears(6) + "\"}");
        assertThat(farAhead.statusCode()).isEqualTo(400);
        assertThat(farAhead.body()).contains("\"field\":\"date\"").contains("date.tooFarAhead");
        assertThat(step(coach, id, "start", "{\"version\":3,\"date\":\"" + today.minusDays(14) + "\"}")
                        .statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> read(coach.getJson("/api/v1/participants/" + amina + "/map"))
                                .get("members")
                                .size()
                        == 1);
        JsonNode member = read(coach.getJson("/api/v1/participants/" + amina + "/map"))
                .get("members")
                .get(0);
        assertThat(member.get("id").asString()).as("the member is the taking's").isEqualTo(id);
        assertThat(member.get("name").asString()).isEqualTo("Repair Café Rabot");
        assertThat(member.get("category").asString()).isEqualTo("GROUP");
        assertThat(member.get("lightTie").asBoolean()).isTrue();
        assertThat(member.get("note").isNull())
                .as("nothing but the name and kind")
                .isTrue();
        int mapVersion = read(coach.getJson("/api/v1/participants/" + amina + "/map"))
                .get("version")
                .asInt();
        boolean addedAgain = Tenancy.runAs(
                organisation,
                () -> ties.addLightTie(
                        organisation,
                        new ParticipantId(amina),
                        UUID.fromString(id),
                        "Repair Café Rabot",
                        RelationCategory.GROUP,
                        coachId));
        assertThat(addedAgain).as("a reaction carried out again adds nothing").isFalse();
        assertThat(read(coach.getJson("/api/v1/participants/" + amina + "/map"))
                        .get("version")
                        .asInt())
                .isEqualTo(mapVersion);
        HttpResponse<String> noNote = step(coach, id, "check-ins", "{\"date\":\"" + today.minusDays(7) + "\"}");
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(noNote.body()).contains("\"field\":\"note\"");
        assertThat(step(
                                coach,
                                id,
                                "check-ins",
                                "{\"date\":\"" + today.minusDays(7) + "\",\"note\":\"Fixed three lamps\"}")
                        .statusCode())
                .isEqualTo(201);
        JsonNode checkIns = read(coach.getJson("/api/v1/role-takings/" + id + "/check-ins"));
        assertThat(checkIns).hasSize(1);
        assertThat(checkIns.get(0).get("note").asString()).isEqualTo("Fixed three lamps");
        assertThat(checkIns.get(0).get("date").asString())
                .isEqualTo(today.minusDays(7).toString());
        HttpResponse<String> endedInFarFuture =
                step(coach, id, "end", "{\"version\":4,\"date\":\"9999-12-31\",\"reason\":\"Moved away\"}");
        assertThat(endedInFarFuture.statusCode()).isEqualTo(400);
        assertThat(endedInFarFuture.body()).contains("\"field\":\"date\"").contains("date.tooFarAhead");
        HttpResponse<String> ended =
                step(coach, id, "end", "{\"version\":4,\"date\":\"" + today + "\",\"reason\":\"Moved away\"}");
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        assertThat(read(ended).get("status").asString()).isEqualTo("ENDED");
        assertThat(read(coordinator.getJson("/api/v1/roles/" + role))
                        .get("status")
                        .asString())
                .as("the place is free again")
                .isEqualTo("OPEN");

        JsonNode list = read(coach.getJson("/api/v1/participants/" + amina + "/role-takings"));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("onMap").asBoolean()).isTrue();
        assertThat(list.get(0).get("reason").asString()).isEqualTo("Moved away");
        assertThat(owner().sql("""
                        select action from audit_event where subject_type = 'role_taking' and ? = any(subject_ids)
                        order by occurred_at, id""")
                        .param(UUID.fromString(id))
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "UPDATE", "UPDATE", "UPDATE", "CREATE", "READ", "UPDATE", "LIST");
    }

    @Test
    void aCoachWithoutTheParticipantAndAnotherOrganisationLearnNothing() {
        UUID amina = participant("Amina");
        String id = read(propose(coach, amina)).get("id").asString();
        assertThat(otherCoach.getJson("/api/v1/role-takings/" + id).statusCode())
                .isEqualTo(404);
        assertThat(step(otherCoach, id, "decline", "{\"version\":1,\"reason\":\"no\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(propose(otherCoach, amina).statusCode()).isEqualTo(404);
        assertThat(otherOrganisation.getJson("/api/v1/role-takings/" + id).statusCode())
                .isEqualTo(404);
        assertThat(otherOrganisation
                        .getJson("/api/v1/participants/" + amina + "/role-takings")
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> declined =
                step(coach, id, "decline", "{\"version\":1,\"reason\":\"Prefers the library\"}");
        assertThat(read(declined).get("status").asString()).isEqualTo("DECLINED");
    }

    @Test
    void twoAgreementsForTheLastPlaceAtOnceGiveOneAgreementAndOneConflict() throws Exception {
        String first = chosen(participant("Amina"));
        String second = chosen(participant("Bram"));

        List<HttpResponse<String>> answers = HeldTable.holding(ownerDataSource, "audit_event")
                .answersOf(
                        () -> step(coordinator, first, "agree", "{\"version\":2}"),
                        () -> step(coordinator, second, "agree", "{\"version\":2}"),
                        HeldTable.TWO_HELD_UP);

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        assertThat(owner().sql("select taken from valued_role where id = ?")
                        .param(UUID.fromString(role))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(owner().sql("select count(*) from role_taking where role_id = ? and status = 'AGREED'")
                        .param(UUID.fromString(role))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aTakingThatStartsBecomesAnActionOfTheOpenTrajectoryOnceHoweverOftenTheReactionRuns() {
        UUID amina = participant("Amina");
        HttpResponse<String> opened =
                coordinator.post("/trajectories", Map.of("participant", amina.toString(), "coach", coachId.toString()));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
        String id = chosen(amina);
        assertThat(step(coordinator, id, "agree", "{\"version\":2}").statusCode())
                .isEqualTo(200);
        assertThat(step(coach, id, "start", "{\"version\":3,\"date\":\"2026-03-09\"}")
                        .statusCode())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> actionsOf(id).size() == 1);
        assertThat(actionsOf(id))
                .containsExactly("JOIN_GROUP|Help in the repair café on Saturdays|PARTICIPANT|2026-03-09|OPEN");
        boolean addedAgain = Tenancy.runAs(
                organisation,
                () -> actions.noteRoleTaken(
                        organisation,
                        new ParticipantId(amina),
                        UUID.fromString(id),
                        "Help in the repair café on Saturdays",
                        LocalDate.of(2026, 3, 9)));
        assertThat(addedAgain).as("a reaction carried out again adds nothing").isFalse();
        assertThat(actionsOf(id)).hasSize(1);
        assertThat(read(coach.getJson("/api/v1/participants/" + amina + "/map"))
                        .get("members")
                        .size())
                .as("the participant said no to the map")
                .isZero();
        await().atMost(Duration.ofSeconds(20))
                .alias("the reaction is done and leaves nothing in the registry")
                .until(() -> owner().sql("select count(*) from event_publication where serialized_event like ?")
                                .param("%" + id + "%")
                                .query(Integer.class)
                                .single()
                        == 0);
    }

    @Test
    void aTakingThatEndsHasItsActionDoneAndItsActorDormantOnTheMapOnceHoweverOftenTheEventComes() {
        UUID amina = participant("Amina");
        LocalDate today = LocalDate.now(clock);
        LocalDate started = today.minusDays(30);
        LocalDate ended = today.minusDays(2);
        String id = startedOnTheMap(amina, started);
        await().atMost(Duration.ofSeconds(20)).until(() -> noPublicationLeft(id));
        assertThat(actionsOf(id))
                .containsExactly("JOIN_GROUP|Help in the repair café on Saturdays|PARTICIPANT|" + started + "|OPEN");
        assertThat(member(amina).get("status").asString()).isEqualTo("ACTIVE");

        HttpResponse<String> end =
                step(coach, id, "end", "{\"version\":4,\"date\":\"" + ended + "\",\"reason\":\"The café closed\"}");
        assertThat(end.statusCode()).as(end.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> noPublicationLeft(id));
        assertThat(actionsOf(id))
                .containsExactly("JOIN_GROUP|Help in the repair café on Saturdays|PARTICIPANT|" + started + "|DONE");
        assertThat(doneOn(id)).isEqualTo(ended);
        JsonNode member = member(amina);
        assertThat(member.get("id").asString()).isEqualTo(id);
        assertThat(member.get("status").asString()).isEqualTo("DORMANT");
        assertThat(member.get("statusSince").asString()).isEqualTo(ended.toString());
        assertThat(read(coach.getJson("/api/v1/participants/" + amina + "/map"))
                        .get("members")
                        .size())
                .as("the member changed, nothing was added")
                .isEqualTo(1);

        int mapVersion = mapVersion(amina);
        int actionVersion = actionVersion(id);
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> events.publishEvent(new RoleTakingEnded(
                        organisation,
                        UUID.fromString(id),
                        new ParticipantId(amina),
                        UUID.fromString(role),
                        UUID.fromString(read(coordinator.getJson("/api/v1/roles/" + role))
                                .get("actor")
                                .asString()),
                        true,
                        ended,
                        coachId)));
        await().atMost(Duration.ofSeconds(20)).until(() -> noPublicationLeft(id));
        assertThat(mapVersion(amina))
                .as("published again, the map is not changed")
                .isEqualTo(mapVersion);
        assertThat(actionVersion(id)).as("nor the action").isEqualTo(actionVersion);
        assertThat(doneOn(id)).isEqualTo(ended);
    }

    @Test
    void aReactionToTheStartThatComesAfterTheEndAddsTheActionDoneAndTheActorDormant() {
        UUID amina = participant("Amina");
        LocalDate today = LocalDate.now(clock);
        String id = startedOnTheMap(amina, today.minusDays(9));
        await().atMost(Duration.ofSeconds(20)).until(() -> noPublicationLeft(id));
        owner().sql("delete from coaching_action where role_taking_id = ?")
                .param(UUID.fromString(id))
                .update();
        owner().sql("delete from network_member where participant_id = ?")
                .param(amina)
                .update();
        assertThat(step(coach, id, "end", "{\"version\":4,\"date\":\"" + today + "\",\"reason\":\"Done\"}")
                        .statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> noPublicationLeft(id));
        assertThat(actionsOf(id)).as("the end found no action to change").isEmpty();

        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> events.publishEvent(new RoleTakingStarted(
                        organisation,
                        UUID.fromString(id),
                        new ParticipantId(amina),
                        UUID.fromString(role),
                        UUID.fromString(read(coordinator.getJson("/api/v1/roles/" + role))
                                .get("actor")
                                .asString()),
                        true,
                        today.minusDays(9),
                        coachId)));
        await().atMost(Duration.ofSeconds(20)).until(() -> noPublicationLeft(id));
        assertThat(actionsOf(id))
                .containsExactly(
                        "JOIN_GROUP|Help in the repair café on Saturdays|PARTICIPANT|" + today.minusDays(9) + "|DONE");
        assertThat(member(amina).get("status").asString()).isEqualTo("DORMANT");
    }

    @Test
    void aCheckInIsDueWhenItsIntervalPassedAndIsListedForWhoFollowsTheTakingUp() {
        LocalDate today = LocalDate.now(clock);
        UUID amina = participant("Amina");
        String weekly = read(propose(coach, amina)).get("id").asString();
        assertThat(step(coach, weekly, "choose", "{\"version\":1,\"onMap\":false}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(step(coordinator, weekly, "agree", "{\"version\":2}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> never = step(
                coach,
                weekly,
                "start",
                "{\"version\":3,\"date\":\"" + today.minusDays(10) + "\",\"checkInIntervalDays\":0}");
        assertThat(never.statusCode()).isEqualTo(400);
        assertThat(never.body()).contains("\"field\":\"checkInIntervalDays\"");
        HttpResponse<String> started = step(
                coach,
                weekly,
                "start",
                "{\"version\":3,\"date\":\"" + today.minusDays(10) + "\",\"checkInIntervalDays\":7}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(read(started).get("checkInIntervalDays").asInt()).isEqualTo(7);

        JsonNode due = read(coach.getJson("/api/v1/role-takings/check-ins-due"));
        assertThat(due).hasSize(1);
        assertThat(due.get(0).get("taking").asString()).isEqualTo(weekly);
        assertThat(due.get(0).get("name").asString()).isEqualTo("Amina");
        assertThat(due.get(0).get("title").asString()).isEqualTo("Help in the repair café on Saturdays");
        assertThat(due.get(0).get("dueOn").asString())
                .isEqualTo(today.minusDays(3).toString());
        assertThat(read(coordinator.getJson("/api/v1/role-takings/check-ins-due")))
                .extracting(d -> d.get("taking").asString())
                .containsExactly(weekly);
        assertThat(read(otherCoach.getJson("/api/v1/role-takings/check-ins-due")))
                .as("a coach without the participant")
                .isEmpty();
        assertThat(read(otherOrganisation.getJson("/api/v1/role-takings/check-ins-due")))
                .as("another organisation")
                .isEmpty();
        assertThat(coach.get("/").body()).as("on the coach's home").contains("data-taking-id=\"" + weekly + "\"");
        assertThat(otherCoach.get("/").body()).doesNotContain(weekly);
        assertThat(coach.get("/roles/takings/" + weekly).body()).contains("id=\"check-in-due\"");

        assertThat(step(coach, weekly, "check-ins", "{\"date\":\"" + today.minusDays(8) + "\",\"note\":\"Going well\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(read(coach.getJson("/api/v1/role-takings/check-ins-due")))
                .as("a week after the last check-in")
                .extracting(d -> d.get("dueOn").asString())
                .containsExactly(today.minusDays(1).toString());
        assertThat(coach.get("/roles/takings/" + weekly).body())
                .as("the taking's page (the rule in Java) agrees with the list (the rule in SQL)")
                .contains("id=\"check-in-due\"");
        assertThat(step(coach, weekly, "check-ins", "{\"date\":\"" + today + "\",\"note\":\"Still well\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(read(coach.getJson("/api/v1/role-takings/check-ins-due")))
                .as("checked in today: due again in a week")
                .isEmpty();
        assertThat(coach.get("/roles/takings/" + weekly).body())
                .doesNotContain("id=\"check-in-due\"")
                .contains("id=\"check-in-next\"");
    }

    @Test
    void aProfessionalWhoMaySeeTheWholeOrganisationIsListedOnlyTheCheckInsDueOfTheirOwnCaseload() {
        owner().sql("update organisation set professionals_see_organisation = true where id = ?")
                .param(organisation)
                .update();
        owner().sql("update valued_role set capacity = 2 where id = ?")
                .param(UUID.fromString(role))
                .update();
        Account professionalAccount = accounts.account(organisation, Role.PROFESSIONAL);
        WebSession professional = accounts.signedIn(professionalAccount);
        String started = LocalDate.now(clock).minusDays(20).toString();
        String others = started(participant("Amina"), started);
        UUID bram = participant("Bram");
        assertThat(coordinator
                        .sendJson("PUT", "/api/v1/participants/" + bram + "/caseload/" + professionalAccount.id(), "")
                        .statusCode())
                .isEqualTo(204);
        String own = started(bram, started);

        assertThat(read(professional.getJson("/api/v1/role-takings/check-ins-due")))
                .as("only the professional's own caseload")
                .extracting(d -> d.get("taking").asString())
                .containsExactly(own);
        assertThat(professional.get("/").body())
                .as("on the professional's home")
                .contains("data-taking-id=\"" + own + "\"")
                .doesNotContain(others)
                .doesNotContain("Amina");
        assertThat(read(coordinator.getJson("/api/v1/role-takings/check-ins-due")))
                .as("the coordinator keeps the organisation")
                .extracting(d -> d.get("taking").asString())
                .containsExactlyInAnyOrder(own, others);
    }

    @Test
    void theFirstCheckInEightWeeksAfterTheStartIsASuccessOnTheTrajectoryOnce() {
        UUID amina = participant("Amina");
        LocalDate today = LocalDate.now(clock);
        LocalDate started = today.minusDays(70);
        String id = startedOnTheMap(amina, started);
        await().atMost(Duration.ofSeconds(20)).until(() -> noPublicationLeft(id));
        assertThat(step(coach, id, "check-ins", "{\"date\":\"" + started.plusDays(55) + "\",\"note\":\"Fine\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(read(coach.getJson("/api/v1/role-takings/" + id))
                        .get("heldOn")
                        .isNull())
                .as("a day short of eight weeks")
                .isTrue();
        LocalDate held = started.plusDays(60);
        assertThat(step(coach, id, "check-ins", "{\"date\":\"" + held + "\",\"note\":\"Still there\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(read(coach.getJson("/api/v1/role-takings/" + id))
                        .get("heldOn")
                        .asString())
                .isEqualTo(held.toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> noPublicationLeft(id));
        assertThat(successesOf(id)).containsExactly(held + "|Help in the repair café on Saturdays");
        assertThat(actionsOf(id))
                .containsExactly("JOIN_GROUP|Help in the repair café on Saturdays|PARTICIPANT|" + started + "|DONE");
        assertThat(doneOn(id)).isEqualTo(held);

        int actionVersion = actionVersion(id);
        assertThat(step(coach, id, "check-ins", "{\"date\":\"" + today + "\",\"note\":\"Going on\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(read(coach.getJson("/api/v1/role-takings/" + id))
                        .get("heldOn")
                        .asString())
                .as("noted once")
                .isEqualTo(held.toString());
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> events.publishEvent(new RoleTakingHeld(
                        organisation, UUID.fromString(id), new ParticipantId(amina), UUID.fromString(role), held)));
        await().atMost(Duration.ofSeconds(20)).until(() -> noPublicationLeft(id));
        assertThat(successesOf(id)).as("published again, nothing is added").hasSize(1);
        assertThat(actionVersion(id)).as("nor changed").isEqualTo(actionVersion);

        assertThat(step(coach, id, "end", "{\"version\":4,\"date\":\"" + today + "\",\"reason\":\"Moved\"}")
                        .statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> noPublicationLeft(id));
        assertThat(doneOn(id)).as("the end leaves the action done when it held").isEqualTo(held);
        String timeline = coach.get("/trajectories/" + trajectoryOf(amina)).body();
        assertThat(timeline)
                .as("on the timeline, in the reader's language")
                .containsAnyOf(
                        "Gewaardeerde rol acht weken volgehouden",
                        "Rôle valorisé tenu pendant huit semaines",
                        "Valued role held for eight weeks");
    }

    @Test
    void aReactionToTheStartThatComesAfterItHeldAddsTheActionDone() {
        UUID amina = participant("Amina");
        LocalDate today = LocalDate.now(clock);
        LocalDate started = today.minusDays(60);
        String id = startedOnTheMap(amina, started);
        await().atMost(Duration.ofSeconds(20)).until(() -> noPublicationLeft(id));
        owner().sql("delete from coaching_action where role_taking_id = ?")
                .param(UUID.fromString(id))
                .update();
        assertThat(step(coach, id, "check-ins", "{\"date\":\"" + today + "\",\"note\":\"Still there\"}")
                        .statusCode())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> noPublicationLeft(id));
        assertThat(actionsOf(id)).as("the holding found no action to complete").isEmpty();
        assertThat(successesOf(id)).hasSize(1);

        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> events.publishEvent(new RoleTakingStarted(
                        organisation,
                        UUID.fromString(id),
                        new ParticipantId(amina),
                        UUID.fromString(role),
                        UUID.fromString(read(coordinator.getJson("/api/v1/roles/" + role))
                                .get("actor")
                                .asString()),
                        true,
                        started,
                        coachId)));
        await().atMost(Duration.ofSeconds(20)).until(() -> noPublicationLeft(id));
        assertThat(actionsOf(id))
                .containsExactly("JOIN_GROUP|Help in the repair café on Saturdays|PARTICIPANT|" + started + "|DONE");
        assertThat(doneOn(id)).isEqualTo(today);
        assertThat(successesOf(id)).hasSize(1);
    }

    private List<String> successesOf(String taking) {
        return owner().sql("select occurred_on || '|' || description from coaching_success where role_taking_id = ?")
                .param(UUID.fromString(taking))
                .query(String.class)
                .list();
    }

    private UUID trajectoryOf(UUID participant) {
        return owner().sql("select id from trajectory where participant_id = ? and closed_on is null")
                .param(participant)
                .query(UUID.class)
                .single();
    }

    /**
     * A taking of the participant, with an open trajectory, chosen with the actor on their map, agreed and started on
     * {@code startedOn}: its id.
     */
    private String startedOnTheMap(UUID participant, LocalDate startedOn) {
        HttpResponse<String> opened = coordinator.post(
                "/trajectories", Map.of("participant", participant.toString(), "coach", coachId.toString()));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
        String id = read(propose(coach, participant)).get("id").asString();
        assertThat(step(coach, id, "choose", "{\"version\":1,\"onMap\":true}").statusCode())
                .isEqualTo(200);
        assertThat(step(coordinator, id, "agree", "{\"version\":2}").statusCode())
                .isEqualTo(200);
        assertThat(step(coach, id, "start", "{\"version\":3,\"date\":\"" + startedOn + "\"}")
                        .statusCode())
                .isEqualTo(200);
        return id;
    }

    private boolean noPublicationLeft(String taking) {
        return owner().sql("select count(*) from event_publication where serialized_event like ?")
                        .param("%" + taking + "%")
                        .query(Integer.class)
                        .single()
                == 0;
    }

    private JsonNode member(UUID participant) {
        JsonNode members = read(coach.getJson("/api/v1/participants/" + participant + "/map"))
                .get("members");
        assertThat(members).hasSize(1);
        return members.get(0);
    }

    private int mapVersion(UUID participant) {
        return read(coach.getJson("/api/v1/participants/" + participant + "/map"))
                .get("version")
                .asInt();
    }

    private int actionVersion(String taking) {
        return owner().sql("select version from coaching_action where role_taking_id = ?")
                .param(UUID.fromString(taking))
                .query(Integer.class)
                .single();
    }

    private LocalDate doneOn(String taking) {
        return owner().sql("select done_on from coaching_action where role_taking_id = ?")
                .param(UUID.fromString(taking))
                .query(LocalDate.class)
                .single();
    }

    private List<String> actionsOf(String taking) {
        return owner().sql("""
                        select kind || '|' || description || '|' || performer || '|' || due_on || '|' || status
                        from coaching_action where role_taking_id = ?""")
                .param(UUID.fromString(taking))
                .query(String.class)
                .list();
    }

    private String chosen(UUID participant) {
        String id = read(propose(coach, participant)).get("id").asString();
        assertThat(step(coach, id, "choose", "{\"version\":1,\"onMap\":false}").statusCode())
                .isEqualTo(200);
        return id;
    }

    /** A taking of the role by the participant, proposed and chosen by the coach, agreed and started on {@code on}. */
    private String started(UUID participant, String on) {
        String taking = chosen(participant);
        assertThat(step(coordinator, taking, "agree", "{\"version\":2}").statusCode())
                .isEqualTo(200);
        assertThat(step(coordinator, taking, "start", "{\"version\":3,\"date\":\"" + on + "\"}")
                        .statusCode())
                .isEqualTo(200);
        return taking;
    }

    private HttpResponse<String> propose(WebSession session, UUID participant) {
        return session.sendJson(
                "POST", "/api/v1/participants/" + participant + "/role-takings", "{\"role\":\"" + role + "\"}");
    }

    private static HttpResponse<String> step(WebSession session, String taking, String step, String body) {
        return session.sendJson("POST", "/api/v1/role-takings/" + taking + "/" + step, body);
    }

    /** A participant who agreed to processing and to sharing with volunteer coaches, on the coach's caseload. */
    private UUID participant(String name) {
        HttpResponse<String> created = coordinator.sendJson("POST", "/api/v1/participants", """
                {"name":"%s","consents":[{"purpose":"PROCESSING"},{"purpose":"SHARING","sharedWith":["VOLUNTEER_COACH"]}]}""".formatted(name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        UUID participant = UUID.fromString(read(created).get("id").asString());
        assertThat(coordinator
                        .sendJson("PUT", "/api/v1/participants/" + participant + "/caseload/" + coachId, "")
                        .statusCode())
                .isEqualTo(204);
        return participant;
    }

    private JsonNode read(HttpResponse<String> answer) {
        return json.readTree(answer.body());
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }
}

package be.brugwerk.roles;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.SqlStatements;
import be.brugwerk.support.SqlStatements.Executed;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.ArrayList;
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
 * A group taking a collective role, over HTTP on real PostgreSQL (issue 14, point 4): the role states its minimum
 * group, a coach proposes it to several of their participants at once, each chooses for themselves, the coordinator
 * records the actor's agreement one by one, and nobody starts before the group is complete. The group is shown to
 * each viewer with only the participants they work with by name, the others as a count.
 */
@FullStackTest
class RoleGroupIntegrationTests {

    static final String MEAL = """
            {"title":"Cook the neighbourhood meal together","talents":["COOKING"],"capacity":4,"collective":true,
             "minimumGroup":%s,"gains":["LIGHT_TIES"]}""";

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    final JsonMapper json = JsonMapper.builder().build();
    WebSession coordinator;
    WebSession coach;
    UUID organisation;
    UUID coachId;
    String actor;

    @BeforeEach
    void aCoordinatorACoachAndAnActor() {
        organisation = accounts.organisation("Role groups");
        coordinator = accounts.signedIn(organisation, Role.COORDINATOR);
        Account coachAccount = accounts.account(organisation, Role.VOLUNTEER_COACH);
        coachId = coachAccount.id();
        coach = accounts.signedIn(coachAccount);
        coordinator.get("/?lang=en"); // the pages in English
        coach.get("/?lang=en");
        HttpResponse<String> made = coordinator.sendJson("POST", "/api/v1/neighbourhood/actors", """
                {"name":"Community kitchen","kind":"MEETING_PLACE","latitude":51.0600,"longitude":3.7100}""");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        actor = read(made).get("id").asString();
    }

    @Test
    void aCollectiveRoleStatesItsMinimumGroupBetweenTwoAndItsCapacity() {
        HttpResponse<String> above = makeRole("5");
        assertThat(above.statusCode()).isEqualTo(400);
        assertThat(above.body()).contains("\"field\":\"minimumGroup\"").contains("2 to 4 people");
        HttpResponse<String> alone =
                coordinator.sendJson("POST", "/api/v1/neighbourhood/actors/" + actor + "/roles", """
                {"title":"Help alone","talents":["COOKING"],"capacity":1,"minimumGroup":2,"gains":["VALUED_ROLE"]}""");
        assertThat(alone.statusCode()).isEqualTo(400);
        assertThat(alone.body()).contains("\"field\":\"minimumGroup\"");
        assertThat(read(makeRole("null")).get("minimumGroup").asInt())
                .as("two when none is given")
                .isEqualTo(2);

        HttpResponse<String> form = coordinator.post(
                "/roles/actors/" + actor + "/new",
                Map.of(
                        "version", "0",
                        "title", "Tend the compost heap",
                        "talents", "GARDENING",
                        "capacity", "3",
                        "collective", "true",
                        "minimumGroup", "9",
                        "gains", "LIGHT_TIES"));
        assertThat(form.body())
                .as("the form keeps what was typed and names the field")
                .contains("id=\"minimumGroup-error\"")
                .contains("value=\"9\"")
                .contains("value=\"Tend the compost heap\"");
    }

    @Test
    void aCoachProposesTheRoleToSeveralOfTheirParticipantsAndTheGroupStartsTogether() {
        String role = read(makeRole("2")).get("id").asString();
        UUID amina = participant("Amina", true);
        UUID bram = participant("Bram", true);
        UUID chloe = participant("Chloé", false);

        assertThat(proposeTogether(coach, role, chloe).statusCode())
                .as("someone the coach does not work with is not found, as when proposing to one")
                .isEqualTo(404);
        assertThat(proposeTogether(coach, role).body()).contains("\"field\":\"participants\"");
        assertThat(proposeTogether(coach, role, amina, amina).body()).contains("\"field\":\"participants[1]\"");
        assertThat(count("select count(*) from role_taking where role_id = ?", role))
                .as("all or nothing")
                .isZero();

        HttpResponse<String> proposed = proposeTogether(coach, role, amina, bram);
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        JsonNode made = read(proposed);
        assertThat(made.size()).isEqualTo(2);
        assertThat(made.get(0).get("status").asString()).isEqualTo("PROPOSED");
        String aminaTaking = made.get(0).get("id").asString();
        String bramTaking = made.get(1).get("id").asString();
        assertThat(proposeTogether(coach, role, amina).body())
                .as("one current taking of a role each")
                .contains("\"field\":\"participants[0]\"");

        // the coordinator proposes Chloé, whom the coach does not work with; she agrees first
        HttpResponse<String> chloesProposal = coordinator.sendJson(
                "POST", "/api/v1/participants/" + chloe + "/role-takings", "{\"role\":\"" + role + "\"}");
        String chloeTaking = read(chloesProposal).get("id").asString();
        chooseAndAgree(chloeTaking);
        HttpResponse<String> tooSoon =
                step(coordinator, chloeTaking, "start", "{\"version\":3,\"date\":\"2026-03-09\"}");
        assertThat(tooSoon.statusCode()).isEqualTo(400);
        assertThat(tooSoon.body()).contains("\"field\":\"taking\"").contains("1 of at least 2 agreed");

        chooseAndAgree(aminaTaking);
        assertThat(step(coordinator, chloeTaking, "start", "{\"version\":3,\"date\":\"2026-03-09\"}")
                        .statusCode())
                .as("the group is complete")
                .isEqualTo(200);

        long audited = count("select count(*) from audit_event", null);
        JsonNode seenByCoach = read(coach.getJson("/api/v1/roles/" + role + "/group"));
        assertThat(count("select count(*) from audit_event", null) - audited)
                .as("the takings shown and the names shown")
                .isEqualTo(2);
        assertThat(seenByCoach.get("size").asInt()).isEqualTo(2);
        assertThat(seenByCoach.get("minimumGroup").asInt()).isEqualTo(2);
        assertThat(seenByCoach.get("formed").asBoolean()).isTrue();
        assertThat(names(seenByCoach)).containsExactly("Amina|AGREED", "Bram|PROPOSED");
        assertThat(seenByCoach.get("othersInGroup").asInt()).isEqualTo(1);
        assertThat(seenByCoach.toString())
                .as("nothing of a participant outside the coach's caseload")
                .doesNotContain("Chlo")
                .doesNotContain(chloe.toString())
                .doesNotContain(chloeTaking);
        JsonNode seenByCoordinator = read(coordinator.getJson("/api/v1/roles/" + role + "/group"));
        assertThat(names(seenByCoordinator).subList(0, 2))
                .as("the group first (agreed on the same instant of the test's clock: in any order)")
                .containsExactlyInAnyOrder("Chloé|ACTIVE", "Amina|AGREED");
        assertThat(names(seenByCoordinator).get(2)).isEqualTo("Bram|PROPOSED");
        assertThat(seenByCoordinator.get("othersInGroup").asInt()).isZero();

        String page = coach.get("/roles/" + role + "/group").body();
        assertThat(page)
                .contains("Amina")
                .contains("Bram")
                .doesNotContain("Chlo")
                .contains("1 more in the group")
                .contains("The group is complete");
        String takingPage = coach.get("/roles/takings/" + bramTaking).body();
        assertThat(takingPage)
                .contains("id=\"taking-group\"")
                .contains("With Amina.")
                .contains("1 more in the group")
                .doesNotContain("Chlo");
    }

    @Test
    void thePageProposesToEachParticipantTickedAndKeepsTheTicksWhenRefused() {
        String role = read(makeRole("3")).get("id").asString();
        UUID amina = participant("Amina", true);
        UUID bram = participant("Bram", true);

        String page = coach.get("/roles/" + role + "/group").body();
        assertThat(page)
                .contains("id=\"participant-" + amina + "\"")
                .contains("The group is not complete yet: 0 of at least 3 agreed");
        HttpResponse<String> none = coach.post("/roles/" + role + "/group", Map.of());
        assertThat(none.body()).contains("id=\"participants-error\"").contains("Choose at least one participant.");
        HttpResponse<String> twice = coach.post("/roles/" + role + "/group", Map.of("participants", bram + "," + bram));
        assertThat(twice.body()).contains("This participant is named twice.");
        assertThat(twice.body())
                .as("what was ticked stays ticked")
                .containsPattern("id=\"participant-" + bram + "\" value=\"" + bram + "\" checked");

        HttpResponse<String> proposed =
                coach.post("/roles/" + role + "/group", Map.of("participants", amina + "," + bram));
        assertThat(proposed.statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from role_taking where role_id = ? and status = 'PROPOSED'", role))
                .isEqualTo(2);
        assertThat(coach.get("/roles/" + role + "/group").body())
                .as("nobody left to propose")
                .contains("id=\"none-proposable\"");
    }

    @Test
    void thePageOffersAFewParticipantsAtOnceAndFindsTheOthersByNameInAFixedNumberOfStatements() {
        String role = read(makeRole("2")).get("id").asString();
        for (int i = 1; i <= RoleGroupManagement.MOST_PROPOSABLE + 2; i++) {
            participant("Deelnemer %02d".formatted(i), false);
        }
        List<Executed> readWithMore = statements.during(() -> {
            String page = coordinator.get("/roles/" + role + "/group").body();
            assertThat(offered(page)).as("at most the limit").isEqualTo(RoleGroupManagement.MOST_PROPOSABLE);
            assertThat(page).contains("id=\"more-proposable\"").contains("narrow your search");
        });
        UUID zora = participant("Zora", false);
        for (int i = 0; i < 10; i++) {
            participant("Later %02d".formatted(i), false);
        }
        List<Executed> readWithManyMore = statements.during(() -> assertThat(
                        offered(coordinator.get("/roles/" + role + "/group").body()))
                .isEqualTo(RoleGroupManagement.MOST_PROPOSABLE));
        assertThat(readWithManyMore)
                .as("as many statements with eleven more participants:" + SqlStatements.describe(readWithManyMore))
                .hasSameSizeAs(readWithMore);

        String found = coordinator.get("/roles/" + role + "/group?q=zor").body();
        assertThat(offered(found)).isEqualTo(1);
        assertThat(found)
                .contains("id=\"participant-" + zora + "\"")
                .contains("value=\"zor\"")
                .doesNotContain("id=\"more-proposable\"");
        String padded =
                coordinator.get("/roles/" + role + "/group?q=%20zor%20%20").body();
        assertThat(offered(padded))
                .as("a search is stripped, as the other name searches are")
                .isEqualTo(1);
        assertThat(padded).contains("id=\"participant-" + zora + "\"").contains("value=\"zor\"");
        assertThat(coordinator.get("/roles/" + role + "/group?q=%25").body())
                .as("a % is looked for as it is")
                .contains("id=\"none-proposable\"");

        HttpResponse<String> refused =
                coordinator.post("/roles/" + role + "/group", Map.of("participants", zora + "," + zora + ",not-an-id"));
        assertThat(refused.body())
                .as("the participant ticked beyond the first offered stays ticked")
                .containsPattern("id=\"participant-" + zora + "\" value=\"" + zora + "\" checked");
    }

    /**
     * The choice reads at most {@code MOST_READ_FOR_A_CHOICE} (400) participants and one more, in name order, and
     * leaves out those who have the role proposed or taken: when more of them come first, reading stops before the
     * choice is full, and the page says that not everyone could be shown, not that there is nobody, nor that only the
     * first are shown. A longer search finds the others.
     */
    @Test
    void whenReadingStopsBeforeTheChoiceIsFullThePageSaysNotEveryoneCouldBeShown() {
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        owner.sql("""
                insert into legal_basis (organisation_id, purpose, basis) values (?, 'PROCESSING', 'PUBLIC_TASK')""").param(organisation).update();
        owner.sql("""
                insert into participant (id, organisation_id, name, created_at)
                select gen_random_uuid(), ?, 'Keuze ' || lpad(g::text, 3, '0'), timestamptz '2026-01-01 00:00Z'
                from generate_series(1, 450) g""").param(organisation).update();
        String nobodyFirst = read(makeRole("2")).get("id").asString();
        String threeFirst = read(makeRole("2")).get("id").asString();
        // the first 440 by name have the role proposed; of the other role, all but three of them
        for (String[] role :
                List.of(new String[] {nobodyFirst, "false"}, new String[] {threeFirst, "g in (100, 200, 300)"})) {
            owner.sql("""
                    insert into role_taking (id, organisation_id, role_id, participant_id, version, status, proposed_by,
                                             proposed_at)
                    select gen_random_uuid(), p.organisation_id, :role, p.id, 1, 'PROPOSED', :proposer,
                           timestamptz '2026-01-02 00:00Z'
                    from participant p cross join lateral (select cast(substring(p.name from 7) as integer) as g) n
                    where p.organisation_id = :organisation and g <= 440 and not (%s)""".formatted(role[1]))
                    .param("role", UUID.fromString(role[0]))
                    .param("proposer", coachId)
                    .param("organisation", organisation)
                    .update();
        }

        String nobody = coordinator.get("/roles/" + nobodyFirst + "/group").body();
        assertThat(offered(nobody))
                .as("the 401 read all have the role proposed")
                .isZero();
        assertThat(nobody)
                .contains("id=\"unread-proposable\"")
                .contains("Not everyone could be shown: narrow your search by name to find others.")
                .doesNotContain("id=\"none-proposable\"", "There is nobody you work with", "id=\"more-proposable\"");

        String three = coordinator.get("/roles/" + threeFirst + "/group").body();
        assertThat(offered(three)).as("three of the 401 read are offered").isEqualTo(3);
        assertThat(three)
                .contains("id=\"unread-proposable\"")
                .contains("Not everyone could be shown")
                .doesNotContain("id=\"none-proposable\"", "id=\"more-proposable\"", "Only the first");

        String found =
                coordinator.get("/roles/" + nobodyFirst + "/group?q=Keuze%2044").body();
        assertThat(offered(found)).as("Keuze 441 to 449, who have no proposal").isEqualTo(9);
        assertThat(found).doesNotContain("id=\"unread-proposable\"", "id=\"more-proposable\"");
    }

    @Test
    void aProposalRefusedBecauseTheRoleClosedOrTheParticipantTookItMeanwhileSaysSo() {
        JsonNode made = read(makeRole("2"));
        String role = made.get("id").asString();
        UUID amina = participant("Amina", true);
        HttpResponse<String> meanwhile = coordinator.sendJson(
                "POST", "/api/v1/participants/" + amina + "/role-takings", "{\"role\":\"" + role + "\"}");
        assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(201);
        String taken = coach.post("/roles/" + role + "/group", Map.of("participants", amina.toString()))
                .body();
        assertThat(taken)
                .as("nobody left to tick, and still the reason")
                .contains("id=\"none-proposable\"")
                .contains("This role was already proposed to this participant, or they took it.");

        UUID bram = participant("Bram", true);
        HttpResponse<String> closed = coordinator.sendJson(
                "POST",
                "/api/v1/roles/" + role + "/close",
                "{\"version\":" + made.get("version").asInt() + "}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        String refused = coach.post("/roles/" + role + "/group", Map.of("participants", bram.toString()))
                .body();
        assertThat(refused)
                .as("the form is gone with the open role, and the reason is shown")
                .doesNotContain("id=\"propose-form\"")
                .contains("This role is closed.");
    }

    @Test
    void onlyACollectiveRoleIsProposedToSeveralAtOnce() {
        HttpResponse<String> single =
                coordinator.sendJson("POST", "/api/v1/neighbourhood/actors/" + actor + "/roles", """
                {"title":"Wash up","talents":["COOKING"],"capacity":3,"gains":["VALUED_ROLE"]}""");
        String role = read(single).get("id").asString();
        HttpResponse<String> refused = proposeTogether(coach, role, participant("Amina", true));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"role\"");
    }

    private static int offered(String page) {
        return page.split("name=\"participants\"", -1).length - 1;
    }

    private static List<String> names(JsonNode group) {
        List<String> names = new ArrayList<>();
        group.get("members")
                .forEach(m -> names.add(
                        m.get("name").asString() + "|" + m.get("status").asString()));
        return names;
    }

    private void chooseAndAgree(String taking) {
        assertThat(step(coordinator, taking, "choose", "{\"version\":1,\"onMap\":true}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(step(coordinator, taking, "agree", "{\"version\":2}").statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> makeRole(String minimum) {
        return coordinator.sendJson(
                "POST", "/api/v1/neighbourhood/actors/" + actor + "/roles", MEAL.formatted(minimum));
    }

    private static HttpResponse<String> proposeTogether(WebSession session, String role, UUID... participants) {
        List<String> ids = new ArrayList<>();
        for (UUID p : participants) {
            ids.add("\"" + p + "\"");
        }
        return session.sendJson(
                "POST",
                "/api/v1/roles/" + role + "/group/proposals",
                "{\"participants\":[" + String.join(",", ids) + "]}");
    }

    private static HttpResponse<String> step(WebSession session, String taking, String step, String body) {
        return session.sendJson("POST", "/api/v1/role-takings/" + taking + "/" + step, body);
    }

    /** A participant who agreed to processing and to sharing with volunteer coaches, on the coach's caseload or not. */
    private UUID participant(String name, boolean onCaseload) {
        HttpResponse<String> created = coordinator.sendJson("POST", "/api/v1/participants", """
                {"name":"%s","consents":[{"purpose":"PROCESSING"},{"purpose":"SHARING","sharedWith":["VOLUNTEER_COACH"]}]}""".formatted(name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        UUID participant = UUID.fromString(read(created).get("id").asString());
        if (onCaseload) {
            assertThat(coordinator
                            .sendJson("PUT", "/api/v1/participants/" + participant + "/caseload/" + coachId, "")
                            .statusCode())
                    .isEqualTo(204);
        }
        return participant;
    }

    private long count(String sql, String role) {
        JdbcClient.StatementSpec statement = JdbcClient.create(ownerDataSource).sql(sql);
        if (role != null) {
            statement = statement.param(UUID.fromString(role));
        }
        return statement.query(Long.class).single();
    }

    private JsonNode read(HttpResponse<String> answer) {
        return json.readTree(answer.body());
    }
}

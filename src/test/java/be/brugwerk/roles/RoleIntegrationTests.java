package be.brugwerk.roles;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * Valued roles over HTTP, on real PostgreSQL: made of an actor's need by a coordinator and read by a coach who may not
 * make them; a need of an actor without a place is refused naming the field and stores nothing; a file of needs is
 * stored whole or, refused naming its line and column, not at all; another organisation learns nothing (404); every
 * write leaves its audit row.
 */
@FullStackTest
class RoleIntegrationTests {

    static final String REPAIR_CAFE = """
            {"name":"Repair Café Rabot","kind":"MEETING_PLACE","latitude":51.0600,"longitude":3.7100,
             "stepFree":true}""";
    static final String SCHOOL = """
            {"name":"Basisschool De Wijze Boom","kind":"SCHOOL","latitude":51.0500,"longitude":3.7200}""";
    static final String LIBRARY_NOT_ON_THE_MAP = """
            {"name":"Bibliotheek","kind":"LIBRARY"}""";
    static final String HELPER = """
            {"title":"Help in the repair café on Saturdays","talents":["REPAIRS"],"times":"Saturdays 10:00-13:00",
             "days":["SATURDAY"],"languages":["nl"],"capacity":2,"collective":false,
             "gains":["VALUED_ROLE","LIGHT_TIES"]}""";
    static final String HEADER = "actor,title,talents,capacity,gains,collective,learning\r\n";

    @Autowired
    TestAccounts accounts;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    final JsonMapper json = JsonMapper.builder().build();
    WebSession coordinator;
    WebSession coach;
    WebSession otherOrganisation;
    String repairCafe;
    String school;
    String library;

    @BeforeEach
    void aCoordinatorWithThreeActorsACoachAndSomeoneOfAnotherOrganisation() {
        UUID organisation = accounts.organisation("Roles organisation");
        coordinator = accounts.signedIn(organisation, Role.COORDINATOR);
        coach = accounts.signedIn(organisation, Role.VOLUNTEER_COACH);
        otherOrganisation = accounts.signedIn(accounts.organisation("Other roles"), Role.COORDINATOR);
        repairCafe = actor(REPAIR_CAFE);
        school = actor(SCHOOL);
        library = actor(LIBRARY_NOT_ON_THE_MAP);
    }

    @Test
    void makesARoleOfANeedThatTheCoachReadsButMayNotMake() {
        HttpResponse<String> created =
                coordinator.sendJson("POST", "/api/v1/neighbourhood/actors/" + repairCafe + "/roles", HELPER);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = read(created).get("id").asString();

        JsonNode seen = read(coach.getJson("/api/v1/roles/" + id));
        assertThat(seen.get("title").asString()).isEqualTo("Help in the repair café on Saturdays");
        assertThat(seen.get("status").asString()).isEqualTo("OPEN");
        assertThat(seen.get("openPlaces").asInt()).isEqualTo(2);
        assertThat(seen.get("actor").asString()).isEqualTo(repairCafe);
        assertThat(read(coach.getJson("/api/v1/neighbourhood/actors/" + repairCafe + "/roles")))
                .hasSize(1);
        assertThat(coach.sendJson("POST", "/api/v1/neighbourhood/actors/" + repairCafe + "/roles", HELPER)
                        .statusCode())
                .isEqualTo(403);
        assertThat(otherOrganisation.getJson("/api/v1/roles/" + id).statusCode())
                .isEqualTo(404);
        assertThat(otherOrganisation
                        .getJson("/api/v1/neighbourhood/actors/" + repairCafe + "/roles")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void refusesANeedOfAnActorWithoutAPlaceAndStoresNothing() {
        HttpResponse<String> refused =
                coordinator.sendJson("POST", "/api/v1/neighbourhood/actors/" + library + "/roles", HELPER);
        HttpResponse<String> badTalent = coordinator.sendJson(
                "POST",
                "/api/v1/neighbourhood/actors/" + repairCafe + "/roles",
                HELPER.replace("[\"REPAIRS\"]", "[\"REPAIRS\",\"JUGGLING\"]"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(read(refused).get("errors").get(0).get("field").asString()).isEqualTo("actor");
        assertThat(badTalent.statusCode()).isEqualTo(400);
        assertThat(read(badTalent).get("errors").get(0).get("field").asString()).isEqualTo("talents[1]");
        assertThat(read(coordinator.getJson("/api/v1/neighbourhood/actors/" + library + "/roles")))
                .isEmpty();
        assertThat(read(coordinator.getJson("/api/v1/neighbourhood/actors/" + repairCafe + "/roles")))
                .isEmpty();
    }

    @Test
    void storesAFileOfNeedsWholeOrNotAtAll() {
        String good = HEADER
                + "Repair Café Rabot,Help on Saturdays,REPAIRS,2,VALUED_ROLE;LIGHT_TIES,no,\r\n"
                + "Basisschool De Wijze Boom,A reading buddy,CHILDREN;STORYTELLING,3,VALUED_ROLE,,\r\n"
                + school + ",A cook for the neighbourhood meal,COOKING,6,LIGHT_TIES;LEARNING,yes,COOKING\r\n";
        String badLineThree = HEADER
                + "Repair Café Rabot,Sort the screws,REPAIRS,1,VALUED_ROLE,,\r\n"
                + "Repair Café Rabot,Lead the café,ORGANISING,lots,VALUED_ROLE,,\r\n";

        HttpResponse<String> refused = csv(coordinator, badLineThree);
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = read(refused);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(problem.get("errors").get(0).get("message").asString())
                .isEqualTo("Line 3, column capacity: A role takes 1 to 50 people.");
        assertThat(read(coordinator.getJson("/api/v1/neighbourhood/actors/" + repairCafe + "/roles")))
                .isEmpty();

        HttpResponse<String> imported = csv(coordinator, good);
        assertThat(imported.statusCode()).isEqualTo(201);
        assertThat(read(imported)).hasSize(3);
        assertThat(read(coach.getJson("/api/v1/neighbourhood/actors/" + school + "/roles")))
                .extracting(role -> role.get("title").asString())
                .containsExactly("A cook for the neighbourhood meal", "A reading buddy");
        assertThat(csv(coach, good).statusCode()).isEqualTo(403);
        assertThat(csv(otherOrganisation, good).statusCode()).isEqualTo(400);
    }

    @Test
    void refusesAnImportWithoutAFileNamingItOnlyToThoseWhoMayImport() {
        HttpResponse<String> refused = csv(coordinator, "");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = read(refused).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("file");
        assertThat(error.get("code").asString()).isEqualTo("roles.page.fileRequired");
        assertThat(csv(coach, "").statusCode()).isEqualTo(403);
    }

    @Test
    void changesClosesAndReopensARoleOnTheVersionReadAndAnswers409WhenStale() {
        String id = read(coordinator.sendJson("POST", "/api/v1/neighbourhood/actors/" + repairCafe + "/roles", HELPER))
                .get("id")
                .asString();
        String threePlaces =
                "{\"version\":1," + HELPER.strip().substring(1).replace("\"capacity\":2", "\"capacity\":3");

        HttpResponse<String> changed = coordinator.sendJson("PUT", "/api/v1/roles/" + id, threePlaces);
        HttpResponse<String> stale = coordinator.sendJson("PUT", "/api/v1/roles/" + id, threePlaces);
        HttpResponse<String> staleClose =
                coordinator.sendJson("POST", "/api/v1/roles/" + id + "/close", "{\"version\":1}");
        HttpResponse<String> closed = coordinator.sendJson("POST", "/api/v1/roles/" + id + "/close", "{\"version\":2}");
        HttpResponse<String> noVersion = coordinator.sendJson("POST", "/api/v1/roles/" + id + "/reopen", "{}");

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(read(changed).get("openPlaces").asInt()).isEqualTo(3);
        assertThat(read(changed).get("version").asInt()).isEqualTo(2);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(staleClose.statusCode()).isEqualTo(409);
        assertThat(read(closed).get("status").asString()).isEqualTo("CLOSED");
        assertThat(read(closed).get("openPlaces").asInt()).isZero();
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(read(noVersion).get("errors").get(0).get("field").asString()).isEqualTo("version");
        assertThat(coach.sendJson("POST", "/api/v1/roles/" + id + "/reopen", "{\"version\":3}")
                        .statusCode())
                .isEqualTo(403);
        JsonNode reopened = read(coordinator.sendJson("POST", "/api/v1/roles/" + id + "/reopen", "{\"version\":3}"));
        assertThat(reopened.get("status").asString()).isEqualTo("OPEN");
        assertThat(reopened.get("version").asInt()).isEqualTo(4);
        assertThat(otherOrganisation
                        .sendJson("POST", "/api/v1/roles/" + id + "/close", "{\"version\":4}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void auditsEveryWriteNamingTheRoles() {
        String id = read(coordinator.sendJson("POST", "/api/v1/neighbourhood/actors/" + repairCafe + "/roles", HELPER))
                .get("id")
                .asString();
        JsonNode imported = read(csv(
                coordinator,
                HEADER + "Repair Café Rabot,Sort the screws,REPAIRS,1,VALUED_ROLE,,\r\n"
                        + "Repair Café Rabot,Lend tools,REPAIRS,1,VALUED_ROLE,,\r\n"));

        List<String> rows = JdbcClient.create(ownerDataSource)
                .sql("""
                        select action || ' ' || cardinality(subject_ids) from audit_event
                        where subject_type = 'valued_role' and (subject_ids @> array[?]::uuid[]
                            or subject_ids @> array[?]::uuid[]) order by id""")
                .params(
                        UUID.fromString(id),
                        UUID.fromString(imported.get(0).get("id").asString()))
                .query(String.class)
                .list();
        assertThat(rows).containsExactly("CREATE 1", "CREATE 2");
    }

    private HttpResponse<String> csv(WebSession session, String content) {
        return session.sendFile("POST", "/api/v1/roles/import", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private String actor(String body) {
        HttpResponse<String> created = coordinator.sendJson("POST", "/api/v1/neighbourhood/actors", body);
        assertThat(created.statusCode()).isEqualTo(201);
        return read(created).get("id").asString();
    }

    private JsonNode read(HttpResponse<String> answer) {
        return json.readTree(answer.body());
    }
}

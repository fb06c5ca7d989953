package be.brugwerk.roles;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The valued roles' pages over HTTP, on real PostgreSQL: a role made on the form, refused first for a missing field
 * (named beside it, everything typed kept, nothing stored); changed on the version read or answered 409 keeping what
 * was typed; closed and reopened; a file of needs imported all or nothing, naming the line; a matching run whose
 * proposal explains itself in the reader's language. A coach reads the roles but has no form, and may not post one;
 * someone of another organisation learns nothing (404).
 */
@FullStackTest
class RolePagesIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    final JsonMapper json = JsonMapper.builder().build();
    UUID organisation;
    Account coordinatorAccount;
    Account volunteer;
    WebSession coordinator;
    WebSession coach;
    WebSession otherOrganisation;
    String cafe;

    @BeforeEach
    void aCoordinatorACoachAndARepairCafe() {
        organisation = accounts.organisation("Role pages organisation");
        coordinatorAccount = accounts.account(organisation, Role.COORDINATOR);
        volunteer = accounts.account(organisation, Role.VOLUNTEER_COACH);
        coordinator = accounts.signedIn(coordinatorAccount);
        coach = accounts.signedIn(volunteer);
        otherOrganisation = accounts.signedIn(accounts.organisation("Other role pages"), Role.COORDINATOR);
        cafe = read(coordinator.sendJson(
                        "POST", "/api/v1/neighbourhood/actors", RoleProposalsIntegrationTests.REPAIR_CAFE))
                .get("id")
                .asString();
    }

    @Test
    void makesARoleOnTheFormAfterNamingTheMissingFieldAndKeepingWhatWasTyped() {
        Map<String, String> typed = new LinkedHashMap<>(Map.of(
                "version", "0",
                "title", "Help in the repair café",
                "times", "Saturdays 10:00-13:00",
                "capacity", "2",
                "gains", "LIGHT_TIES"));

        HttpResponse<String> refused = coordinator.post("/roles/actors/" + cafe + "/new?lang=en", typed);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"talents-error\"")
                .contains("Choose at least one talent the role asks.")
                .contains("value=\"Help in the repair café\"")
                .contains("value=\"Saturdays 10:00-13:00\"");
        assertThat(rolesOfCafe()).isEmpty();

        typed.put("talents", "REPAIRS");
        HttpResponse<String> made = coordinator.post("/roles/actors/" + cafe + "/new", typed);

        assertThat(made.statusCode()).isEqualTo(302);
        assertThat(made.headers().firstValue("Location").orElseThrow()).endsWith("/roles/actors/" + cafe);
        JsonNode roles = rolesOfCafe();
        assertThat(roles).hasSize(1);
        assertThat(roles.get(0).get("title").asString()).isEqualTo("Help in the repair café");
        assertThat(roles.get(0).get("capacity").asInt()).isEqualTo(2);
        HttpResponse<String> page = coordinator.get("/roles/actors/" + cafe + "?lang=en");
        assertThat(page.body()).contains("Help in the repair café").contains("0 of 2 taken");
    }

    @Test
    void refusesANeedOfAnActorWithoutAPlaceAboveTheFormAndStoresNothing() {
        String library = read(coordinator.sendJson(
                        "POST", "/api/v1/neighbourhood/actors", RoleIntegrationTests.LIBRARY_NOT_ON_THE_MAP))
                .get("id")
                .asString();

        HttpResponse<String> refused = coordinator.post(
                "/roles/actors/" + library + "/new?lang=en",
                Map.of(
                        "version",
                        "0",
                        "title",
                        "A reading buddy",
                        "talents",
                        "STORYTELLING",
                        "capacity",
                        "1",
                        "gains",
                        "VALUED_ROLE"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"form-problem\"")
                .contains("This neighbourhood actor is not on the map yet.")
                .contains("value=\"A reading buddy\"");
        assertThat(read(coordinator.getJson("/api/v1/neighbourhood/actors/" + library + "/roles")))
                .isEmpty();
    }

    @Test
    void changesARoleOnTheVersionReadAnswers409WhenStaleAndClosesAndReopensIt() {
        String role = roleMade();
        Map<String, String> changed = Map.of(
                "version",
                "1",
                "title",
                "Help on Saturdays",
                "talents",
                "REPAIRS",
                "capacity",
                "3",
                "gains",
                "LIGHT_TIES");

        assertThat(coordinator.post("/roles/" + role + "/edit", changed).statusCode())
                .isEqualTo(302);
        HttpResponse<String> stale = coordinator.post(
                "/roles/" + role + "/edit?lang=en",
                Map.of(
                        "version",
                        "1",
                        "title",
                        "Typed on an old page",
                        "talents",
                        "REPAIRS",
                        "capacity",
                        "4",
                        "gains",
                        "LIGHT_TIES"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("value=\"Typed on an old page\"").contains("it is now version 2");
        assertThat(role(role).get("title").asString()).isEqualTo("Help on Saturdays");

        assertThat(coordinator
                        .post("/roles/" + role + "/close", Map.of("version", "2"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(role(role).get("status").asString()).isEqualTo("CLOSED");
        assertThat(coordinator
                        .post("/roles/" + role + "/reopen", Map.of("version", "2"))
                        .statusCode())
                .isEqualTo(409);
        assertThat(coordinator
                        .post("/roles/" + role + "/reopen", Map.of("version", "3"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(role(role).get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void importsAFileOfNeedsAllOrNothingNamingTheLineInTheReadersLanguage() {
        String header = "actor,title,talents,capacity,gains\r\n";
        String bad = header + "Repair Café Rabot,Help on Saturdays,REPAIRS,2,VALUED_ROLE\r\n"
                + "Repair Café Rabot,A cook,COOKING,99,LIGHT_TIES\r\n";

        HttpResponse<String> refused = coordinator.postMultipart(
                "/roles/import?lang=fr", Map.of(), "file", "needs.csv", bad.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"file-error\"").contains("Ligne 3, colonne capacity");
        assertThat(rolesOfCafe()).isEmpty();

        String good = header + "Repair Café Rabot,Help on Saturdays,REPAIRS,2,VALUED_ROLE\r\n"
                + "Repair Café Rabot,A cook,COOKING,6,LIGHT_TIES\r\n";
        HttpResponse<String> imported = coordinator.postMultipart(
                "/roles/import", Map.of(), "file", "needs.csv", good.getBytes(StandardCharsets.UTF_8));

        assertThat(imported.statusCode()).isEqualTo(302);
        assertThat(rolesOfCafe()).hasSize(2);
        assertThat(coordinator.get("/roles/import?lang=en").body()).contains("2 roles made.");
    }

    @Test
    void showsAMatchingRunsProposalWithReasonsThatAddUpInTheReadersLanguage() {
        roleMade();
        ApproachableParticipants.sharingRepairs(
                accounts, ownerDataSource, organisation, "Amina Pages", coordinatorAccount, volunteer, coach);

        assertThat(coordinator.get("/roles/proposals?lang=en").body()).doesNotContain("Amina Pages");
        HttpResponse<String> run = coordinator.post("/roles/proposals?lang=en", Map.of());

        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body())
                .contains("Amina Pages for Help in the repair café at Repair Café Rabot")
                .contains("Why this match")
                .contains("Would like to share 1 of the 1 talents asked: repairs and odd jobs")
                .contains("km from their nearest own place");
        HttpResponse<String> inDutch = coordinator.post("/roles/proposals?lang=nl", Map.of());
        assertThat(inDutch.body()).contains("Wil 1 van de 1 gevraagde talenten delen: herstellen en klussen");
        assertThat(coach.post("/roles/proposals", Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void letsACoachReadTheRolesWithoutAFormAndAnotherOrganisationNothing() {
        String role = roleMade();

        HttpResponse<String> read = coach.get("/roles/actors/" + cafe);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("Help in the repair café").doesNotContain("id=\"add-role\"");
        assertThat(coach.get("/roles").body()).contains("Repair Café Rabot");
        assertThat(coach.post("/roles/" + role + "/close", Map.of("version", "1"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(otherOrganisation.get("/roles/actors/" + cafe).statusCode()).isEqualTo(404);
        assertThat(otherOrganisation.get("/roles/" + role + "/edit").statusCode())
                .isEqualTo(404);
        assertThat(role(role).get("status").asString()).isEqualTo("OPEN");
    }

    private String roleMade() {
        Map<String, String> form = Map.of(
                "version",
                "0",
                "title",
                "Help in the repair café",
                "talents",
                "REPAIRS",
                "languages",
                "nl",
                "capacity",
                "2",
                "gains",
                "LIGHT_TIES");
        assertThat(coordinator.post("/roles/actors/" + cafe + "/new", form).statusCode())
                .isEqualTo(302);
        return rolesOfCafe().get(0).get("id").asString();
    }

    private JsonNode rolesOfCafe() {
        return read(coordinator.getJson("/api/v1/neighbourhood/actors/" + cafe + "/roles"));
    }

    private JsonNode role(String id) {
        return read(coordinator.getJson("/api/v1/roles/" + id));
    }

    private JsonNode read(HttpResponse<String> answer) {
        return json.readTree(answer.body());
    }
}

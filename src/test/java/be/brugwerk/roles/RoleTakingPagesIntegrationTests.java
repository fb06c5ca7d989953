package be.brugwerk.roles;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages for taking a valued role over HTTP, on real PostgreSQL: a coach proposes a role from the participant's
 * page and a coordinator from a proposal of the matching run; each step is refused with its field named beside it and
 * what was typed kept, a step on a stale version answers 409; the coordinator alone records the actor's agreement; a
 * check-in and the end are recorded; another organisation and a coach without the participant learn nothing.
 */
@FullStackTest
class RoleTakingPagesIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    final JsonMapper json = JsonMapper.builder().build();
    UUID organisation;
    Account coordinatorAccount;
    Account volunteer;
    WebSession coordinator;
    WebSession coach;
    WebSession otherCoach;
    WebSession otherOrganisation;
    String role;
    UUID amina;

    @BeforeEach
    void aRoleAndAParticipantWhoSharesRepairs() {
        organisation = accounts.organisation("Taking pages organisation");
        coordinatorAccount = accounts.account(organisation, Role.COORDINATOR);
        volunteer = accounts.account(organisation, Role.VOLUNTEER_COACH);
        coordinator = accounts.signedIn(coordinatorAccount);
        coach = accounts.signedIn(volunteer);
        otherCoach = accounts.signedIn(organisation, Role.VOLUNTEER_COACH);
        otherOrganisation = accounts.signedIn(accounts.organisation("Other taking pages"), Role.COORDINATOR);
        String cafe = read(coordinator.sendJson(
                        "POST", "/api/v1/neighbourhood/actors", RoleProposalsIntegrationTests.REPAIR_CAFE))
                .get("id")
                .asString();
        role = read(coordinator.sendJson(
                        "POST",
                        "/api/v1/neighbourhood/actors/" + cafe + "/roles",
                        RoleProposalsIntegrationTests.HELPER))
                .get("id")
                .asString();
        amina = ApproachableParticipants.sharingRepairs(
                accounts, ownerDataSource, organisation, "Amina Taking", coordinatorAccount, volunteer, coach);
    }

    @Test
    void aCoachProposesChoosesStartsChecksInAndEndsOnThePagesTheCoordinatorAgrees() {
        assertThat(coach.get("/participants/" + amina + "?lang=en").body())
                .as("the coach reaches the roles from the participant's page")
                .contains("/roles/participants/" + amina);
        HttpResponse<String> page = coach.get("/roles/participants/" + amina + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Valued roles of Amina Taking")
                .contains("No role was proposed yet.")
                .contains("Help in the repair café on Saturdays at Repair Café Rabot");

        HttpResponse<String> noRole = coach.post("/roles/participants/" + amina + "?lang=en", Map.of("role", ""));
        assertThat(noRole.statusCode()).isEqualTo(200);
        assertThat(noRole.body()).contains("id=\"role-error\"").contains("Say which role you propose.");

        HttpResponse<String> proposed = coach.post("/roles/participants/" + amina, Map.of("role", role));
        assertThat(proposed.statusCode()).isEqualTo(302);
        String taking = proposed.headers().firstValue("Location").orElseThrow().replaceAll(".*/roles/takings/", "");
        assertThat(coach.get("/roles/takings/" + taking + "?lang=en").body())
                .contains("The role is proposed.")
                .contains("Help in the repair café on Saturdays: Amina Taking")
                .contains("id=\"choose-form\"");
        HttpResponse<String> again = coach.post("/roles/participants/" + amina + "?lang=en", Map.of("role", role));
        assertThat(again.body())
                .as("the same role twice is refused, the role chosen stays chosen")
                .contains("This role was already proposed to this participant, or they took it.")
                .contains("value=\"" + role + "\" selected");

        HttpResponse<String> noAnswer =
                coach.post("/roles/takings/" + taking + "/choose?lang=en", Map.of("version", "1"));
        assertThat(noAnswer.statusCode()).isEqualTo(200);
        assertThat(noAnswer.body())
                .contains("id=\"onMap-error\"")
                .contains("Say whether the participant wants the role on their network map: yes or no.");
        HttpResponse<String> stale =
                coach.post("/roles/takings/" + taking + "/choose?lang=en", Map.of("version", "7", "onMap", "yes"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .contains("id=\"changed-meanwhile\"")
                .contains("id=\"onMap-yes\" value=\"yes\" checked");
        assertThat(coach.post("/roles/takings/" + taking + "/choose", Map.of("version", "1", "onMap", "yes"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(taking(taking).get("onMap").asBoolean()).isTrue();

        String chosen = coach.get("/roles/takings/" + taking + "?lang=en").body();
        assertThat(chosen).contains("chosen by the participant").doesNotContain("id=\"agree-form\"");
        assertThat(coach.post("/roles/takings/" + taking + "/agree", Map.of("version", "2"))
                        .statusCode())
                .as("only a coordinator records the actor's agreement")
                .isEqualTo(403);
        assertThat(coordinator.get("/roles/takings/" + taking).body()).contains("id=\"agree-form\"");
        assertThat(coordinator
                        .post("/roles/takings/" + taking + "/agree", Map.of("version", "2"))
                        .statusCode())
                .isEqualTo(302);

        HttpResponse<String> badDate =
                coach.post("/roles/takings/" + taking + "/start?lang=en", Map.of("version", "3", "date", "31/02/2026"));
        assertThat(badDate.statusCode()).isEqualTo(200);
        assertThat(badDate.body()).contains("id=\"start-date-error\"").contains("value=\"31/02/2026\"");
        LocalDate today = LocalDate.now(clock);
        HttpResponse<String> badInterval = coach.post(
                "/roles/takings/" + taking + "/start?lang=en",
                Map.of("version", "3", "date", today.minusDays(10).toString(), "checkInIntervalDays", "weekly"));
        assertThat(badInterval.statusCode()).isEqualTo(200);
        assertThat(badInterval.body())
                .contains("id=\"start-checkInIntervalDays-error\"")
                .contains("A check-in is due every 1 to 365 days")
                .contains("value=\"weekly\"");
        assertThat(coach.post(
                                "/roles/takings/" + taking + "/start",
                                Map.of(
                                        "version",
                                        "3",
                                        "date",
                                        today.minusDays(10).toString(),
                                        "checkInIntervalDays",
                                        "7"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(taking(taking).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(taking(taking).get("checkInIntervalDays").asInt()).isEqualTo(7);
        assertThat(coach.get("/roles/takings/" + taking + "?lang=en").body())
                .contains("The start is recorded: the role is under way.")
                .contains("id=\"check-in-due\"")
                .contains("id=\"check-in-form\"")
                .contains("id=\"end-form\"")
                .doesNotContain("id=\"decline-form\"");

        HttpResponse<String> noNote = coach.post(
                "/roles/takings/" + taking + "/check-ins?lang=en",
                Map.of("date", today.minusDays(3).toString()));
        assertThat(noNote.body())
                .contains("id=\"check-ins-note-error\"")
                .contains("Write briefly how it goes.")
                .contains("value=\"" + today.minusDays(3) + "\"");
        assertThat(coach.post(
                                "/roles/takings/" + taking + "/check-ins",
                                Map.of("date", today.minusDays(3).toString(), "note", "Fixed three lamps"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(coach.get("/roles/takings/" + taking + "?lang=nl").body())
                .contains("De check-in is bewaard.")
                .contains("id=\"check-in-next\"")
                .contains("Fixed three lamps")
                .contains("lopend");

        HttpResponse<String> noReason = coach.post(
                "/roles/takings/" + taking + "/end?lang=fr", Map.of("version", "4", "date", today.toString()));
        assertThat(noReason.body()).contains("id=\"end-reason-error\"").contains("value=\"" + today + "\"");
        assertThat(coach.post(
                                "/roles/takings/" + taking + "/end",
                                Map.of("version", "4", "date", today.toString(), "reason", "The café closed"))
                        .statusCode())
                .isEqualTo(302);
        // a check-in posted from a page opened before the end (another window): its form is gone, the refusal is said
        HttpResponse<String> afterTheEnd = coach.post(
                "/roles/takings/" + taking + "/check-ins?lang=en",
                Map.of("date", today.toString(), "note", "Still fixing lamps"));
        assertThat(afterTheEnd.statusCode()).isEqualTo(200);
        assertThat(afterTheEnd.body())
                .contains("id=\"step-problem\"")
                .contains("This role is not under way.")
                .doesNotContain("id=\"check-in-form\"");
        assertThat(coach.get("/roles/participants/" + amina + "?lang=en").body())
                .contains("Help in the repair café on Saturdays")
                .contains("ended");
    }

    @Test
    void aCoordinatorProposesFromTheMatchingRunAndTheParticipantDeclines() {
        HttpResponse<String> run = coordinator.post("/roles/proposals?lang=en", Map.of());
        assertThat(run.body()).contains("Propose this role to Amina Taking");
        HttpResponse<String> proposed = coordinator.post("/roles/participants/" + amina, Map.of("role", role));
        assertThat(proposed.statusCode()).isEqualTo(302);
        String taking = proposed.headers().firstValue("Location").orElseThrow().replaceAll(".*/roles/takings/", "");

        HttpResponse<String> noReason =
                coach.post("/roles/takings/" + taking + "/decline?lang=nl", Map.of("version", "1", "reason", " "));
        assertThat(noReason.body()).contains("id=\"decline-reason-error\"").contains("Zeg waarom.");
        assertThat(coach.post(
                                "/roles/takings/" + taking + "/decline",
                                Map.of("version", "1", "reason", "Prefers the library"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(coach.get("/roles/takings/" + taking + "?lang=en").body())
                .contains("This role was declined.")
                .contains("Prefers the library")
                .doesNotContain("id=\"decline-form\"");
    }

    @Test
    void aCoachWithoutTheParticipantAndAnotherOrganisationLearnNothing() {
        String taking = read(coach.sendJson(
                        "POST", "/api/v1/participants/" + amina + "/role-takings", "{\"role\":\"" + role + "\"}"))
                .get("id")
                .asString();
        assertThat(otherCoach.get("/roles/participants/" + amina).statusCode()).isEqualTo(404);
        assertThat(otherCoach.get("/roles/takings/" + taking).statusCode()).isEqualTo(404);
        assertThat(otherOrganisation.get("/roles/takings/" + taking).statusCode())
                .isEqualTo(404);
        assertThat(otherOrganisation
                        .post("/roles/takings/" + taking + "/decline", Map.of("version", "1", "reason", "no"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(taking(taking).get("status").asString()).isEqualTo("PROPOSED");
    }

    private JsonNode taking(String id) {
        return read(coach.getJson("/api/v1/role-takings/" + id));
    }

    private JsonNode read(HttpResponse<String> answer) {
        return json.readTree(answer.body());
    }
}

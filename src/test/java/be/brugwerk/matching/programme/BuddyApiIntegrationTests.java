package be.brugwerk.matching.programme;

import static be.brugwerk.support.ApiAnswers.refusedFields;
import static be.brugwerk.support.ApiAnswers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.ApiAnswers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestMail;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A programme's buddies kept through {@code /api/v1/programmes/{id}/buddies}, as the coordinator's pages keep them: a
 * buddy met in person registered (an applicant, with their consent), their profile corrected at a version (a stale
 * save answers 409 with the version stored now), the intake first and then the approval, which invites them by
 * e-mail; the page form's rules name each refused field; another organisation's coordinator refused whatever they
 * send.
 */
@FullStackTest
class BuddyApiIntegrationTests {

    static final String INTAKE = "\"age\":51,\"gender\":\"MAN\",\"interests\":\"koken\","
            + "\"languages\":[{\"code\":\"nl\",\"level\":\"NATIVE\"}]";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    final JsonMapper json = JsonMapper.builder().build();

    WebSession coordinator;
    String buddies;
    String lotteEmail;

    @BeforeEach
    void aProgramme() {
        UUID organisation = accounts.organisation("Buddy API");
        coordinator =
                signedIn(port, accounts.account(organisation, Role.COORDINATOR).email());
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Buddy API");
        buddies = "/api/v1/programmes/" + programme.programme + "/buddies";
        lotteEmail = "lotte-" + UUID.randomUUID() + "@test.brugwerk";
    }

    @Test
    void registersCorrectsAndApprovesABuddy() {
        String lotte = registered("Lotte", lotteEmail);
        assertThat(onlyBuddy().get("status").asString()).isEqualTo("APPLIED");

        JsonNode profile = json.readTree(coordinator.getJson(lotte).body());
        assertThat(profile.get("email").asString()).isEqualTo(lotteEmail);
        String version = profile.get("version").asString();
        HttpResponse<String> corrected = coordinator.sendJson(
                "PUT",
                lotte,
                "{\"name\":\"Lotte Peeters\",\"email\":\"" + lotteEmail + "\",\"capacity\":2," + INTAKE
                        + ",\"version\":\"" + version + "\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(204);
        HttpResponse<String> stale = coordinator.sendJson(
                "PUT",
                lotte,
                "{\"name\":\"Overschreven\",\"email\":\"" + lotteEmail + "\",\"capacity\":1," + INTAKE
                        + ",\"version\":\"" + version + "\"}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(json.readTree(stale.body()).get("currentVersion").asString())
                .isEqualTo(json.readTree(coordinator.getJson(lotte).body())
                        .get("version")
                        .asString());
        assertThat(onlyBuddy().get("name").asString()).isEqualTo("Lotte Peeters");
        assertThat(onlyBuddy().get("capacity").asInt()).isEqualTo(2);

        assertThat(refusedFields(coordinator.sendJson("POST", lotte + "/approve", "{}")))
                .as("the intake first")
                .containsExactly("intakeHeld");
        HttpResponse<String> approved = coordinator.sendJson("POST", lotte + "/approve", "{\"intakeHeld\":true}");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
        assertThat(onlyBuddy().get("status").asString()).isEqualTo("APPROVED");
        assertThat(TestMail.linkTo(lotteEmail))
                .as("the invitation went by e-mail")
                .isNotBlank();
    }

    @Test
    void namesEveryFieldThePageFormWouldRefuse() {
        HttpResponse<String> refused = coordinator.sendJson(
                "POST",
                buddies,
                "{\"name\":\"\",\"email\":\"geen adres\",\"capacity\":0,\"age\":51,\"gender\":\"MAN\"}");

        assertThat(refusedFields(refused)).containsExactlyInAnyOrder("name", "email", "capacity", "consent");
        assertThat(coordinator.getJson(buddies).body()).isEqualTo("[]");

        registered("Lotte", lotteEmail);
        assertThat(refusedFields(coordinator.sendJson(
                        "POST",
                        buddies,
                        "{\"name\":\"Lotte twee\",\"email\":\"" + lotteEmail + "\",\"capacity\":1,\"consent\":true,"
                                + INTAKE + "}")))
                .as("an address the programme knows")
                .containsExactly("email");
    }

    @Test
    void refusesAnotherOrganisationsCoordinatorWhateverTheySend() {
        String lotte = registered("Lotte", lotteEmail);
        WebSession stranger = signedIn(
                port,
                accounts.account(accounts.organisation("Elsewhere"), Role.COORDINATOR)
                        .email());

        assertThat(stranger.getJson(buddies).statusCode()).isEqualTo(404);
        assertThat(stranger.getJson(lotte).statusCode()).isEqualTo(404);
        assertThat(stranger.sendJson("POST", lotte + "/approve", "{\"intakeHeld\":true}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.sendJson("PUT", lotte, "{\"name\":").statusCode()).isEqualTo(404);
        assertThat(onlyBuddy().get("status").asString()).isEqualTo("APPLIED");
    }

    /** Registers a buddy through the API; answers their address. */
    private String registered(String name, String email) {
        HttpResponse<String> created = coordinator.sendJson(
                "POST",
                buddies,
                "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"capacity\":1,\"consent\":true," + INTAKE
                        + "}");
        return buddies + "/" + ApiAnswers.body(created, 201).get("id").asString();
    }

    private JsonNode onlyBuddy() {
        JsonNode all = ApiAnswers.body(coordinator.getJson(buddies), 200);
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}

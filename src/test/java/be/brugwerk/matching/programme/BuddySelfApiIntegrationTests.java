package be.brugwerk.matching.programme;

import static be.brugwerk.support.ApiAnswers.body;
import static be.brugwerk.support.ApiAnswers.refusedFields;
import static be.brugwerk.support.ApiAnswers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A buddy's own page led through {@code /api/v1/buddy}, as they lead it in the browser: their pair, agreed to, a
 * meeting logged, a check-in, saying they want to stop and withdrawing their consent; the page's rules name the
 * refused field; another buddy's pair is a 404 whatever they send.
 */
@FullStackTest
class BuddySelfApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    /** Shared by the tests of this context and moved by some of them: a meeting is dated by it, not by a literal. */
    @Autowired
    MutableClock clock;

    WebSession coordinator;
    WebSession lotte;
    ProgrammeFixtures programme;
    String pair;

    @BeforeEach
    void lotteAskedToAgreeToAPairWithAmina() {
        UUID organisation = accounts.organisation("Buddy self API");
        coordinator =
                signedIn(port, accounts.account(organisation, Role.COORDINATOR).email());
        programme = ProgrammeFixtures.programme(coordinator, "Buddy self API");
        programme.waitingParticipant("Amina", true);
        String email = "lotte-" + UUID.randomUUID() + "@test.brugwerk";
        lotte = programme.approvedBuddy("Lotte", email).activated(port, email);
        String pairs = "/api/v1/programmes/" + programme.programme + "/pairs";
        coordinator.sendJson("POST", "/api/v1/programmes/" + programme.programme + "/runs", "");
        String id = body(coordinator.getJson(pairs), 200).get(0).get("id").asString();
        assertThat(coordinator
                        .sendJson("POST", pairs + "/" + id + "/accept", "")
                        .statusCode())
                .isEqualTo(200);
        assertThat(coordinator
                        .sendJson("POST", pairs + "/" + id + "/participant-agreed", "")
                        .statusCode())
                .isEqualTo(204);
        pair = "/api/v1/buddy/pairs/" + id;
    }

    @Test
    void agreesLogsAMeetingAndChecksIn() {
        assertThat(ownPair().get("status").asString()).isEqualTo("AWAITING_AGREEMENT");

        assertThat(lotte.sendJson("POST", pair + "/agree", "").statusCode()).isEqualTo(204);
        assertThat(ownPair().get("status").asString()).isEqualTo("ACTIVE");

        assertThat(refusedFields(lotte.sendJson("POST", pair + "/meetings", "{\"metOn\":\"2099-01-01\"}")))
                .containsExactly("metOn");
        assertThat(lotte.sendJson(
                                "POST",
                                pair + "/meetings",
                                "{\"metOn\":\"%s\",\"note\":\"Koffie\"}".formatted(LocalDate.now(clock)))
                        .statusCode())
                .isEqualTo(204);
        assertThat(ownPair().get("meetings").get(0).get("note").asString()).isEqualTo("Koffie");

        assertThat(refusedFields(lotte.sendJson("POST", pair + "/checkins", "{\"score\":9}")))
                .containsExactly("score");
        assertThat(refusedFields(lotte.sendJson("POST", pair + "/checkins", "{}")))
                .containsExactly("score");
        assertThat(lotte.sendJson("POST", pair + "/checkins", "{\"score\":4,\"comment\":\"Goed\"}")
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    void saysTheyWantToStopAndWithdrawsTheirConsent() {
        String profile = "/api/v1/buddy/profiles/" + ownProfile().get("id").asString();

        assertThat(lotte.sendJson("POST", profile + "/stop", "").statusCode()).isEqualTo(204);
        assertThat(ownProfile().get("wantsToStop").asBoolean()).isTrue();
        assertThat(lotte.sendJson("POST", profile + "/withdraw-consent", "").statusCode())
                .isEqualTo(204);

        assertThat(ownProfile().get("consentWithdrawn").asBoolean()).isTrue();
        assertThat(lotte.sendJson("POST", pair + "/agree", "").statusCode())
                .as("no pair with them goes ahead")
                .isEqualTo(409);
    }

    @Test
    void refusesAnotherBuddyWhateverTheySend() {
        String email = "kim-" + UUID.randomUUID() + "@test.brugwerk";
        WebSession kim = programme.approvedBuddy("Kim", email).activated(port, email);

        assertThat(kim.sendJson("POST", pair + "/agree", "").statusCode()).isEqualTo(404);
        assertThat(kim.sendJson("POST", pair + "/checkins", "{\"score\":").statusCode())
                .isEqualTo(404);
        assertThat(coordinator.getJson("/api/v1/buddy").statusCode()).isEqualTo(403);
        assertThat(ownPair().get("status").asString()).isEqualTo("AWAITING_AGREEMENT");
    }

    private JsonNode ownPair() {
        JsonNode pairs = body(lotte.getJson("/api/v1/buddy"), 200).get("pairs");
        assertThat(pairs).hasSize(1);
        return pairs.get(0);
    }

    private JsonNode ownProfile() {
        JsonNode profiles = body(lotte.getJson("/api/v1/buddy"), 200).get("profiles");
        assertThat(profiles).hasSize(1);
        return profiles.get(0);
    }
}

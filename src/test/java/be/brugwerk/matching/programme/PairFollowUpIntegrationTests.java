package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Following a running pair with the injected clock: the buddy is reminded when a check-in is due, a low check-in and
 * 14 days without contact signal the coordinator, a buddy who wants to stop too; coaching notes stay with the pair.
 */
@FullStackTest
class PairFollowUpIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @Test
    void remindsTheBuddyAndSignalsTheCoordinator() {
        Account coordinatorAccount = accounts.account(accounts.organisation("Follow-up"), Role.COORDINATOR);
        WebSession coordinator = signedIn(coordinatorAccount.email());
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Follow-up");
        programme.waitingParticipant("Amina", true);
        String email = "lotte-" + UUID.randomUUID() + "@test.brugwerk";
        ProgrammeFixtures.Buddy lotte = programme.approvedBuddy("Lotte", email);
        programme.run();
        UUID pair = JdbcClient.create(ownerDataSource).sql("select id from buddy_pair where programme_id = ?")
                .param(programme.programme).query(UUID.class).single();
        String pairs = "/programmes/" + programme.programme + "/pairs/" + pair;
        coordinator.post(pairs + "/accept", Map.of());
        coordinator.post(pairs + "/participant-agreed", Map.of());
        WebSession buddy = new WebSession(port);
        String token = lotte.activationLink().substring(lotte.activationLink().indexOf('=') + 1);
        buddy.post("/activate", Map.of("token", token, "password", TestAccounts.PASSWORD));
        assertThat(buddy.signIn(email, TestAccounts.PASSWORD)).isTrue();
        buddy.post("/buddy/pairs/" + pair + "/agree", Map.of());
        assertThat(buddy.get("/buddy?lang=en").body()).contains("running").doesNotContain("A check-in is due");

        clock.advance(Duration.ofDays(14));
        buddy = signedIn(email);
        coordinator = signedIn(coordinatorAccount.email());
        assertThat(buddy.get("/buddy?lang=en").body()).contains("A check-in is due: how is it going with Amina?");
        assertThat(coordinator.get("/programmes/" + programme.programme + "?lang=en").body())
                .contains("no contact logged for 14 days").doesNotContain("the last check-in scored");

        buddy.post("/buddy/pairs/" + pair + "/checkins", Map.of("score", "2", "comment", "Hard to find a moment"));
        buddy.post("/buddy/profiles/" + lotte.id() + "/stop", Map.of());
        coordinator.post(pairs + "/notes", Map.of("note", "Call Lotte this week"));

        assertThat(buddy.get("/buddy?lang=en").body()).doesNotContain("A check-in is due");
        String page = coordinator.get("/programmes/" + programme.programme + "?lang=en").body();
        assertThat(page).contains("the last check-in scored 2 out of 5.").contains("Lotte wants to stop as a buddy.")
                .contains("Call Lotte this week").contains("Last check-in");
    }

    private WebSession signedIn(String email) {
        WebSession session = new WebSession(port);
        assertThat(session.signIn(email, TestAccounts.PASSWORD)).isTrue();
        return session;
    }
}

package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
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

    Account coordinatorAccount;
    WebSession coordinator;
    ProgrammeFixtures programme;
    ProgrammeFixtures.Buddy lotte;
    String email;

    /** A coordinator's programme named so, with Amina waiting and Lotte approved as a buddy (not yet signed in). */
    private void aminaWaitingAndLotte(String name) {
        coordinatorAccount = accounts.account(accounts.organisation(name), Role.COORDINATOR);
        coordinator = accounts.signedIn(coordinatorAccount);
        programme = ProgrammeFixtures.programme(coordinator, name);
        programme.waitingParticipant("Amina", true);
        email = "lotte-" + UUID.randomUUID() + "@test.brugwerk";
        lotte = programme.approvedBuddy("Lotte", email);
    }

    @Test
    void remindsTheBuddyAndSignalsTheCoordinator() {
        aminaWaitingAndLotte("Follow-up");
        programme.run();
        UUID pair = JdbcClient.create(ownerDataSource)
                .sql("select id from buddy_pair where programme_id = ?")
                .param(programme.programme)
                .query(UUID.class)
                .single();
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
        buddy = accounts.signedIn(email);
        coordinator = accounts.signedIn(coordinatorAccount);
        assertThat(buddy.get("/buddy?lang=en").body()).contains("A check-in is due: how is it going with Amina?");
        assertThat(coordinator
                        .get("/programmes/" + programme.programme + "?lang=en")
                        .body())
                .contains("no contact logged for 14 days")
                .doesNotContain("the last check-in scored");

        buddy.post("/buddy/pairs/" + pair + "/checkins", Map.of("score", "2", "comment", "Hard to find a moment"));
        buddy.post("/buddy/profiles/" + lotte.id() + "/stop", Map.of());
        coordinator.post(pairs + "/notes", Map.of("note", " "));
        assertThat(coordinator
                        .get("/programmes/" + programme.programme + "?lang=en")
                        .body())
                .as("the refusal of the rule the pairs keep, told on the page")
                .contains("Write a note first: it is empty.");
        coordinator.post(pairs + "/notes", Map.of("note", "Call Lotte this week"));

        assertThat(buddy.get("/buddy?lang=en").body()).doesNotContain("A check-in is due");
        String page = coordinator
                .get("/programmes/" + programme.programme + "?lang=en")
                .body();
        assertThat(page)
                .contains("the last check-in scored 2 out of 5.")
                .contains("Lotte wants to stop as a buddy.")
                .contains("Call Lotte this week")
                .contains("Last check-in");

        clock.advance(Duration.ofDays(16));
        coordinator = accounts.signedIn(coordinatorAccount);
        assertThat(coordinator
                        .get("/programmes/" + programme.programme + "?lang=en")
                        .body())
                .contains("no contact logged for 30 days (more than 30).")
                .doesNotContain("no contact logged for 30 days.");
        buddy = accounts.signedIn(email);
        buddy.post(
                "/buddy/pairs/" + pair + "/meetings",
                Map.of("metOn", java.time.LocalDate.now(clock).toString()));
        assertThat(coordinator
                        .get("/programmes/" + programme.programme + "?lang=en")
                        .body())
                .doesNotContain("no contact logged");
    }

    @Test
    void aBuddyWhoWithdrawsTheirConsentIsNoLongerMatchedAndNoProposalWithThemGoesAhead() {
        aminaWaitingAndLotte("Buddy consent");
        UUID jan = programme
                .approvedBuddy("Jan", "jan-" + UUID.randomUUID() + "@test.brugwerk")
                .id();
        WebSession buddy = activated(lotte, email);
        // Only Lotte shares Amina's interest: she is proposed first.
        owner().sql("update intake set interests = '{}' where id = (select intake_id from buddy where id = ?)")
                .param(jan)
                .update();
        programme.run();
        UUID proposed = proposalOf(programme, lotte.id());

        long updatesBefore = buddyUpdates(lotte.id());
        HttpResponse<String> withdrawn = buddy.post("/buddy/profiles/" + lotte.id() + "/withdraw-consent", Map.of());
        assertThat(withdrawn.statusCode()).isEqualTo(302);
        assertThat(buddyUpdates(lotte.id()))
                .as("one audit row, with the buddy's id only")
                .isEqualTo(updatesBefore + 1);
        assertThat(buddy.get("/buddy?lang=en").body()).contains("You withdrew your consent");

        coordinator.post("/programmes/" + programme.programme + "/pairs/" + proposed + "/accept", Map.of());
        assertThat(status(proposed)).isEqualTo("PROPOSED");
        assertThat(coordinator
                        .get("/programmes/" + programme.programme + "/buddies?lang=en")
                        .body())
                .contains("withdrew their consent");

        programme.run();
        assertThat(owner().sql("select count(*) from buddy_pair where buddy_id = ? and status = 'PROPOSED'")
                        .param(lotte.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(owner().sql("select count(*) from buddy_pair where programme_id = ? and status = 'PROPOSED'")
                        .param(programme.programme)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRunningPairWhoseBuddyWithdrawsIsSignalledAndAnAcceptedOneCannotStart() {
        aminaWaitingAndLotte("Buddy consent running");
        WebSession buddy = activated(lotte, email);
        programme.run();
        UUID running = proposalOf(programme, lotte.id());
        String pair = "/programmes/" + programme.programme + "/pairs/" + running;
        coordinator.post(pair + "/accept", Map.of());
        coordinator.post(pair + "/participant-agreed", Map.of());
        buddy.post("/buddy/pairs/" + running + "/agree", Map.of());
        assertThat(status(running)).isEqualTo("ACTIVE");
        assertThat(coordinator
                        .get("/programmes/" + programme.programme + "?lang=en")
                        .body())
                .doesNotContain("the buddy withdrew their consent");

        buddy.post("/buddy/profiles/" + lotte.id() + "/withdraw-consent", Map.of());

        assertThat(coordinator
                        .get("/programmes/" + programme.programme + "?lang=en")
                        .body())
                .contains("Amina – Lotte: the buddy withdrew their consent; agree how the pair ends.");
        assertThat(status(running)).isEqualTo("ACTIVE");

        programme.waitingParticipant("Bram", true);
        HttpResponse<String> fixed = coordinator.post(
                "/programmes/" + programme.programme + "/pairs",
                Map.of(
                        "waitingEntry",
                        owner().sql(
                                        "select cast(id as text) from waiting_entry where programme_id = ? and status = 'WAITING'")
                                .param(programme.programme)
                                .query(String.class)
                                .single(),
                        "buddy",
                        lotte.id().toString()));
        assertThat(fixed.statusCode()).isEqualTo(302);
        assertThat(owner().sql("select count(*) from buddy_pair where buddy_id = ? and status = 'PROPOSED'")
                        .param(lotte.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void countsTheProgrammesFiguresInDaysByTheInjectedClock() {
        aminaWaitingAndLotte("Figures");
        activated(lotte, email); // within the invitation's lifetime
        clock.advance(Duration.ofDays(5));
        coordinator = accounts.signedIn(coordinatorAccount);
        programme = programme.as(coordinator);
        programme.run();
        UUID pair = proposalOf(programme, lotte.id());
        String pairs = "/programmes/" + programme.programme + "/pairs/" + pair;
        coordinator.post(pairs + "/accept", Map.of());
        coordinator.post(pairs + "/participant-agreed", Map.of());
        accounts.signedIn(email).post("/buddy/pairs/" + pair + "/agree", Map.of());
        assertThat(status(pair)).isEqualTo("ACTIVE");
        clock.advance(Duration.ofDays(20));
        coordinator = accounts.signedIn(coordinatorAccount);
        coordinator.post(pairs + "/end", Map.of("outcome", "STOPPED", "reason", "Moved away"));

        String page = coordinator
                .get("/programmes/" + programme.programme + "?lang=en")
                .body();
        assertThat(table(page, "figures"))
                .contains(
                        "Waiting now</th><td data-value=\"1\">1</td>",
                        "Pairs started</th><td data-value=\"1\">1</td>",
                        "Pairs ended</th><td data-value=\"1\">1</td>",
                        "Pairs stopped early</th><td data-value=\"1\">1</td>");
        assertThat(table(page, "figures-days"))
                .contains(
                        "Days waited by those waiting now</th><td data-value=\"25\">25</td>",
                        "Days from entry to the start of a pair</th><td data-value=\"5\">5</td>",
                        "Duration of an ended pair</th><td data-value=\"20\">20</td>");
    }

    /** The table with this id on the page, its white space between tags removed. */
    private static String table(String page, String id) {
        int start = page.indexOf("<table id=\"" + id + "\"");
        assertThat(start).as("table " + id).isNotNegative();
        return page.substring(start, page.indexOf("</table>", start)).replaceAll(">\\s+<", "><");
    }

    private WebSession activated(ProgrammeFixtures.Buddy buddy, String email) {
        WebSession session = new WebSession(port);
        String token = buddy.activationLink().substring(buddy.activationLink().indexOf('=') + 1);
        session.post("/activate", Map.of("token", token, "password", TestAccounts.PASSWORD));
        assertThat(session.signIn(email, TestAccounts.PASSWORD)).isTrue();
        return session;
    }

    private long buddyUpdates(UUID buddy) {
        return owner().sql("""
                select count(*) from audit_event where action = 'UPDATE' and subject_type = 'buddy' and subject_ids = array[?]::uuid[]""").param(buddy).query(Long.class).single();
    }

    private UUID proposalOf(ProgrammeFixtures programme, UUID buddy) {
        return owner().sql("select id from buddy_pair where programme_id = ? and buddy_id = ? and status = 'PROPOSED'")
                .params(programme.programme, buddy)
                .query(UUID.class)
                .single();
    }

    private String status(UUID pair) {
        return owner().sql("select status from buddy_pair where id = ?")
                .param(pair)
                .query(String.class)
                .single();
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }
}

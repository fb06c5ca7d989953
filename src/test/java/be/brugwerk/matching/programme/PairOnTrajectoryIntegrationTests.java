package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.brugwerk.matching.PairStarted;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.OneConnectionPerThread;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Coaching reacts to buddy matching's events: a pair of the participant that starts, and then ends, appears on the
 * timeline of their open trajectory, with dates only (the coordinator's reason stays in matching), and only inside the
 * organisation the event names.
 */
@FullStackTest
class PairOnTrajectoryIntegrationTests {

    private static final Duration REACTION = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    UUID organisation;
    WebSession coordinator;
    WebSession coach;
    ProgrammeFixtures programme;
    UUID amina;
    UUID trajectory;
    List<String> refusalsBefore;

    @BeforeEach
    void aminaWaitsAndHasAnOpenTrajectory() {
        refusalsBefore = OneConnectionPerThread.refusals();
        organisation = accounts.organisation("Pair on trajectory");
        coordinator = accounts.signedIn(organisation, Role.COORDINATOR);
        Account coachAccount = accounts.account(organisation, Role.PROFESSIONAL);
        coach = accounts.signedIn(coachAccount);
        programme = ProgrammeFixtures.programme(coordinator, "Pair on trajectory");
        amina = programme.waitingParticipant("Amina", true);
        assertThat(coordinator
                        .sendJson("PUT", "/api/v1/participants/" + amina + "/caseload/" + coachAccount.id(), "")
                        .statusCode())
                .isEqualTo(204);
        HttpResponse<String> started = coach.post(
                "/trajectories",
                Map.of(
                        "participant",
                        amina.toString(),
                        "coach",
                        coachAccount.id().toString()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        String location = started.headers().firstValue("Location").orElseThrow();
        trajectory = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    @AfterEach
    void noThreadHeldTwoConnections() {
        assertThat(OneConnectionPerThread.refusals()).isEqualTo(refusalsBefore);
    }

    @Test
    void putsThePairsStartAndEarlyEndOnTheOpenTrajectorysTimeline() {
        String email = "lotte-" + UUID.randomUUID() + "@test.brugwerk";
        ProgrammeFixtures.Buddy lotte = programme.approvedBuddy("Lotte", email);
        WebSession buddy = activated(lotte, email);
        programme.run();
        UUID pair = owner().sql("select id from buddy_pair where programme_id = ? and status = 'PROPOSED'")
                .param(programme.programme)
                .query(UUID.class)
                .single();
        String pairs = "/programmes/" + programme.programme + "/pairs/" + pair;
        coordinator.post(pairs + "/accept", Map.of());
        coordinator.post(pairs + "/participant-agreed", Map.of());
        assertThat(trajectoryPage()).doesNotContain("Buddy pair started");

        buddy.post("/buddy/pairs/" + pair + "/agree", Map.of());

        await().atMost(REACTION)
                .untilAsserted(() -> assertThat(trajectoryPage()).contains("Buddy pair started"));
        assertThat(owner().sql("select started_on from trajectory_buddy_pair where trajectory_id = ? and pair_id = ?")
                        .params(trajectory, pair)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.now(clock));

        coordinator.post(pairs + "/end", Map.of("outcome", "STOPPED", "reason", "Moved to another town"));

        await().atMost(REACTION)
                .untilAsserted(() -> assertThat(trajectoryPage()).contains("Buddy pair stopped early"));
        assertThat(trajectoryPage())
                .contains("Buddy pair started")
                .doesNotContain("Moved to another town")
                .doesNotContain("Lotte");
        assertThat(owner().sql("select count(*) from trajectory_buddy_pair where pair_id = ?")
                        .param(pair)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void notesNothingForAnEventOfAnotherOrganisation() {
        UUID otherOrganisation = accounts.organisation("Another organisation");
        UUID pair = UUID.randomUUID();

        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> events.publishEvent(
                        new PairStarted(otherOrganisation, pair, new ParticipantId(amina), LocalDate.now(clock))));

        await().atMost(REACTION)
                .until(() -> owner().sql("select count(*) from event_publication where serialized_event" + " like ?")
                                .param("%" + pair + "%")
                                .query(Long.class)
                                .single()
                        == 0);
        assertThat(owner().sql("select count(*) from trajectory_buddy_pair where pair_id = ?")
                        .param(pair)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(trajectoryPage()).doesNotContain("Buddy pair started");
    }

    private String trajectoryPage() {
        return coach.get("/trajectories/" + trajectory + "?lang=en").body();
    }

    private WebSession activated(ProgrammeFixtures.Buddy buddy, String email) {
        WebSession session = new WebSession(port);
        String token = buddy.activationLink().substring(buddy.activationLink().indexOf('=') + 1);
        session.post("/activate", Map.of("token", token, "password", TestAccounts.PASSWORD));
        assertThat(session.signIn(email, TestAccounts.PASSWORD)).isTrue();
        return session;
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }
}

package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.matching.engine.MatchingPhase;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A matching run solves outside any transaction and checks again, when it writes, what changed while it solved. The
 * run's phase hook ({@link MatchingRuns#onPhase}) is called on the run's thread during the solve: there the tests
 * look at the run from inside and change data through the real pages, as a colleague in another tab would.
 */
@FullStackTest
class MatchingRunRecheckIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    MatchingRuns runs;

    @Autowired
    HikariDataSource pool;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    Account coordinatorAccount;
    WebSession coordinator;

    @BeforeEach
    void aCoordinator() {
        coordinatorAccount = accounts.account(accounts.organisation("Matching re-check"), Role.COORDINATOR);
        coordinator = accounts.signedIn(coordinatorAccount);
    }

    @Test
    void dropsTheProposalOfAParticipantWhoWithdrewTheirConsentWhileTheSolverRan() throws Exception {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Consent during the solve");
        UUID amina = programme.waitingParticipant("Amina", true);
        UUID bram = programme.waitingParticipant("Bram", true);
        programme.approvedBuddy("Lotte", unique("lotte"));
        programme.approvedBuddy("Jan", unique("jan"));
        WebSession secondTab = accounts.signedIn(coordinatorAccount);
        AtomicInteger withdrawal = new AtomicInteger();

        try (AutoCloseable duringTheSolve = runs.onPhase((id, phase) -> {
            if (id.equals(programme.programme) && phase == MatchingPhase.SOLVING) {
                withdrawal.set(secondTab
                        .post("/participants/" + amina + "/consents/MATCHING/withdraw", Map.of())
                        .statusCode());
            }
        })) {
            assertThat(programme.run().statusCode()).isEqualTo(302);
        }

        assertThat(withdrawal.get())
                .as("the consent was withdrawn while the run solved")
                .isEqualTo(302);
        assertThat(proposedParticipants(programme.programme)).containsExactly(bram);
        assertThat(owner().sql("select outcome || ' ' || message_detail from matching_run where programme_id = ?"
                                + " order by seq desc limit 1")
                        .param(programme.programme)
                        .query(String.class)
                        .single())
                .isEqualTo("PAIRS_PROPOSED 1");
    }

    @Test
    void keepsAPairFixedByHandWhileTheSolverRanAndProposesNothingElseForThatParticipant() throws Exception {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Fixed during the solve");
        UUID amina = programme.waitingParticipant("Amina", true);
        UUID lotte = programme.approvedBuddy("Lotte", unique("lotte")).id();
        UUID entry = owner().sql("select id from waiting_entry where participant_id = ?")
                .param(amina)
                .query(UUID.class)
                .single();
        programme.run();
        UUID proposed = owner().sql("select buddy_id from buddy_pair where participant_id = ? and status = 'PROPOSED'")
                .param(amina)
                .query(UUID.class)
                .single();
        assertThat(proposed).isEqualTo(lotte);
        UUID jan = programme.approvedBuddy("Jan", unique("jan")).id();
        // The page that fixes a pair starts a run afterwards: refused while ours holds the lock; the fixed pair is
        // saved.
        AtomicBoolean fixed = new AtomicBoolean();
        WebSession secondTab = accounts.signedIn(coordinatorAccount);

        try (AutoCloseable duringTheSolve = runs.onPhase((id, phase) -> {
            if (id.equals(programme.programme) && phase == MatchingPhase.SOLVING && !fixed.getAndSet(true)) {
                secondTab.post(
                        "/programmes/" + programme.programme + "/pairs",
                        Map.of("waitingEntry", entry.toString(), "buddy", jan.toString()));
            }
        })) {
            programme.run();
        }

        assertThat(owner().sql("""
                select buddy_id, fixed_by_coordinator from buddy_pair where participant_id = ? and status = 'PROPOSED'""").param(amina).query().listOfRows())
                .singleElement()
                .satisfies(row ->
                        assertThat(row).containsEntry("buddy_id", jan).containsEntry("fixed_by_coordinator", true));
    }

    @Test
    void solvesOutsideAnyTransactionHoldingOnlyTheRunsOneConnection() throws Exception {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "One connection");
        programme.waitingParticipant("Amina", true);
        programme.approvedBuddy("Lotte", unique("lotte"));
        AtomicBoolean inTransaction = new AtomicBoolean(true);
        AtomicInteger connectionsInUse = new AtomicInteger(-1);

        try (AutoCloseable duringTheSolve = runs.onPhase((id, phase) -> {
            if (id.equals(programme.programme) && phase == MatchingPhase.SOLVING) {
                inTransaction.set(TransactionSynchronizationManager.isActualTransactionActive());
                connectionsInUse.set(pool.getHikariPoolMXBean().getActiveConnections());
            }
        })) {
            programme.run();
        }

        assertThat(inTransaction).as("a transaction open during the solve").isFalse();
        assertThat(connectionsInUse.get())
                .as("pooled connections in use during the solve")
                .isEqualTo(1);
        assertThat(proposedParticipants(programme.programme)).hasSize(1);
        assertThat(programme.run().statusCode())
                .as("the lock was given back with the connection")
                .isEqualTo(302);
    }

    private List<UUID> proposedParticipants(UUID programme) {
        return owner().sql("select participant_id from buddy_pair where programme_id = ? and status = 'PROPOSED'")
                .param(programme)
                .query(UUID.class)
                .list();
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@test.brugwerk";
    }
}

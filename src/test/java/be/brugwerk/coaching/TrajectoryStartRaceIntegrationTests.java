package be.brugwerk.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.HeldTable;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two coordinators start a trajectory for the same participant at the same moment, on real PostgreSQL: both pass the
 * check that the participant has no open trajectory, since neither start is committed when the other reads. The two
 * starts are made to overlap for certain, not by timing: the test holds the steps' table, which a start writes to
 * after its trajectory, until one start waits for it and the other for the first one's trajectory.
 */
@FullStackTest
class TrajectoryStartRaceIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @Test
    void twoStartsForOneParticipantAtOnceGiveOneTrajectoryAndTheSecondTheRefusalOfAStartedOne() throws Exception {
        UUID organisation = accounts.organisation("Start race");
        Account first = accounts.account(organisation, Role.COORDINATOR);
        Account second = accounts.account(organisation, Role.COORDINATOR);
        Account coach = accounts.account(organisation, Role.PROFESSIONAL);
        UUID participant =
                accounts.consentedParticipant(organisation, "Amina Gelijktijdig", "{Nederlands}", first, coach);
        WebSession anna = accounts.signedIn(first);
        WebSession ben = accounts.signedIn(second);
        String start = """
                {"participant":"%s","coach":"%s"}""".formatted(participant, coach.id());

        // one start waits for the steps' table, the other (which also found no open trajectory) for the first's
        // trajectory, which the database's one open trajectory per participant holds it to
        List<HttpResponse<String>> answers = HeldTable.holding(ownerDataSource, "trajectory_step")
                .answersOf(
                        () -> anna.sendJson("POST", "/api/v1/trajectories", start),
                        () -> ben.sendJson("POST", "/api/v1/trajectories", start),
                        BOTH_STARTS_WAIT);

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 400);
        assertThat(answers)
                .filteredOn(answer -> answer.statusCode() == 400)
                .singleElement()
                .satisfies(refused -> assertThat(refused.body())
                        .contains("\"field\":\"participant\"")
                        .contains("running trajectory"));
        assertThat(owner().sql("select count(*) from trajectory where participant_id = ?")
                        .param(participant)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(owner().sql("""
                        select count(*) from audit_event
                        where subject_type = 'trajectory' and action = 'CREATE' and ? = any (subject_ids)""").param(participant).query(Integer.class).single())
                .as("one audit row says a trajectory was started for them: the one that was")
                .isEqualTo(1);
    }

    /**
     * Whether one backend waits for the holder's lock on the steps' table and another for that backend (its
     * trajectory's transaction): this test's two starts, whatever else waits on the server.
     */
    private static final String BOTH_STARTS_WAIT = """
            select exists (
                select 1 from pg_locks onSteps
                where not onSteps.granted
                  and onSteps.locktype = 'relation'
                  and onSteps.relation = 'trajectory_step'::regclass
                  and pg_backend_pid() = any (pg_blocking_pids(onSteps.pid))
                  and exists (
                      select 1 from pg_locks onFirst
                      where not onFirst.granted
                        and onFirst.locktype = 'transactionid'
                        and onSteps.pid = any (pg_blocking_pids(onFirst.pid))))""";

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }
}

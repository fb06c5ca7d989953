package be.brugwerk.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached" (503), and which are ordinary errors. */
class DatabaseOutagesUnitTests {

    @Test
    void recognisesAPoolThatWaitedInVain() {
        var timeout = new SQLTransientConnectionException(
                "brugwerk - Connection is not available",
                new SQLException("Connection to localhost:5432 refused", "08001", new ConnectException("refused")));

        assertThat(DatabaseOutages.isUnavailable(
                        new CannotCreateTransactionException("Could not open JDBC Connection", timeout)))
                .isTrue();
        assertThat(DatabaseOutages.isUnavailable(new CannotGetJdbcConnectionException("no connection")))
                .isTrue();
    }

    @Test
    void recognisesAServerThatIsShuttingDownOrCutOff() {
        assertThat(DatabaseOutages.isUnavailable(new DataAccessResourceFailureException(
                        "commit", new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
        assertThat(DatabaseOutages.isUnavailable(new DataAccessResourceFailureException(
                        "select", new SQLException("the database system is shutting down", "57P03"))))
                .isTrue();
        assertThat(DatabaseOutages.isUnavailable(new DataAccessResourceFailureException(
                        "select", new SQLException("An I/O error occurred while sending to the backend", "08006"))))
                .isTrue();
    }

    @Test
    void looksBehindARollbackThatFailedOnTheLostConnection() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException(
                "select", new SQLException("terminating connection due to administrator command", "57P01")));

        assertThat(DatabaseOutages.isUnavailable(new IllegalStateException("rendering failed", rollback)))
                .isTrue();
    }

    @Test
    void leavesOrdinaryErrorsAlone() {
        assertThat(DatabaseOutages.isUnavailable(new IllegalStateException("a bug")))
                .isFalse();
        assertThat(DatabaseOutages.isUnavailable(new DataIntegrityViolationException(
                        "duplicate", new SQLException("duplicate key value", "23505"))))
                .isFalse();
        // a statement cancelled by its timeout is the statement's problem, not an unreachable server
        assertThat(DatabaseOutages.isUnavailable(new DataAccessResourceFailureException(
                        "slow", new SQLException("canceling statement due to statement timeout", "57014"))))
                .isFalse();
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new IllegalStateException("a bug"));
        assertThat(DatabaseOutages.isUnavailable(rollback)).isFalse();
    }
}

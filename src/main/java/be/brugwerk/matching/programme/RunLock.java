package be.brugwerk.matching.programme;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One matching run per programme at a time, on any node: a session-level PostgreSQL advisory lock, held for the
 * whole run, while no transaction is open during the solve.
 *
 * <p>The lock lives on one pooled connection, which this binds to the run's thread for the run's duration. Every
 * transaction of the run (its read, its phases, its write) then runs on that same connection: Spring's transaction
 * manager takes a connection already bound to the thread instead of asking the pool for another, and unbinds none
 * it did not bind. So a run holds exactly one pooled connection from start to end, and between its transactions it
 * holds it idle, outside any transaction (no snapshot kept, no row locked). If the node dies, PostgreSQL ends the
 * session and the lock with it.
 */
@Component
class RunLock {

    private final DataSource dataSource;

    RunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Does {@code work} holding the programme's lock, or refuses at once with {@link RunInProgress} while another
     * run holds it. Called outside any transaction: inside one, the run would hold a second connection.
     */
    <T> T alone(UUID programme, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.hasResource(dataSource)) {
            throw new IllegalStateException("a matching run starts outside any transaction");
        }
        String key = "matching-run:" + programme;
        Connection connection = connection();
        try {
            if (!advisory(connection, "select pg_try_advisory_lock(hashtextextended(?, 0))", key)) {
                throw new RunInProgress();
            }
            TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(connection));
            try {
                return work.get();
            } finally {
                TransactionSynchronizationManager.unbindResource(dataSource);
                advisory(connection, "select pg_advisory_unlock(hashtextextended(?, 0))", key);
            }
        } finally {
            close(connection);
        }
    }

    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("no connection for a matching run", e);
        }
    }

    private static boolean advisory(Connection connection, String sql, String key) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("the matching run's lock could not be taken or given back", e);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("the matching run's connection could not be given back", e);
        }
    }
}

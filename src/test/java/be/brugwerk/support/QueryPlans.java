package be.brugwerk.support;

import be.brugwerk.system.database.DatabaseConnections;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The plans of statements a page ran (recorded by {@link SqlStatements}), as the application would have them run. */
public final class QueryPlans {

    private QueryPlans() {}

    /**
     * A connection as the application role, in a transaction with {@code organisation} set as the application sets it,
     * for replaying a recorded statement under row-level security. The caller closes it (and so rolls back).
     */
    public static Connection appConnection(DatabaseConnections connections, UUID organisation) throws SQLException {
        Connection connection = new DriverManagerDataSource(
                        connections.url(), connections.appUser(), connections.appPassword())
                .getConnection();
        connection.setAutoCommit(false);
        try (Statement set = connection.createStatement()) {
            set.execute("select set_config('brugwerk.organisation', '" + organisation + "', true)");
        }
        return connection;
    }

    /**
     * EXPLAIN (GENERIC_PLAN) of the statement as the application role, with the organisation set as the application
     * sets it (row-level security in the plan): the plan for unknown parameters, as a prepared statement that is
     * planned once.
     */
    public static String generic(DatabaseConnections connections, String query, UUID organisation) throws SQLException {
        StringBuilder numbered = new StringBuilder();
        int parameter = 0;
        for (char c : query.toCharArray()) {
            if (c == '?') {
                numbered.append('$').append(++parameter);
            } else {
                numbered.append(c);
            }
        }
        // the simple query protocol sends the numbered parameters as they are, for the generic plan to keep unknown
        String url = connections.url() + (connections.url().contains("?") ? "&" : "?") + "preferQueryMode=simple";
        DataSource app = new DriverManagerDataSource(url, connections.appUser(), connections.appPassword());
        try (Connection connection = app.getConnection()) {
            connection.setAutoCommit(false);
            StringBuilder plan = new StringBuilder();
            try (Statement statement = connection.createStatement()) {
                statement.execute("select set_config('brugwerk.organisation', '" + organisation + "', true)");
                try (ResultSet rows = statement.executeQuery("explain (generic_plan, costs off) " + numbered)) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
            }
            connection.rollback();
            return plan.toString();
        }
    }
}

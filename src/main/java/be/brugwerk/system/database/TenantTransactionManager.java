package be.brugwerk.system.database;

import be.brugwerk.system.Tenancy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Tells PostgreSQL, at the start of every transaction, which organisation it works for. The setting is
 * transaction-local ({@code set_config(..., true)}), so a pooled connection never carries it into the next
 * transaction; without it, row-level security shows no tenant row at all.
 */
class TenantTransactionManager extends JdbcTransactionManager {

    TenantTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        // Before the organisation is known (the session store, a sign-in) there is nothing to set: the setting
        // of an earlier transaction on this connection ended with it, and an unset one means no tenant row.
        Optional<UUID> organisation = Tenancy.currentOrganisation();
        if (organisation.isEmpty()) {
            return;
        }
        try (PreparedStatement statement =
                connection.prepareStatement("select set_config('brugwerk.organisation', ?, true)")) {
            statement.setString(1, organisation.get().toString());
            statement.execute();
        }
    }
}

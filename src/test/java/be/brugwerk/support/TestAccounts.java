package be.brugwerk.support;

import java.time.OffsetDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import be.brugwerk.system.Role;
import be.brugwerk.system.Tenancy;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Organisations and accounts for tests, each with a unique e-mail address so tests never collide. */

public class TestAccounts {

    public static final String PASSWORD = "a long and honest test password";

    private final JdbcClient jdbc;
    private final JdbcClient owner;
    private final TransactionTemplate transactions;
    private final String hash;

    TestAccounts(JdbcClient jdbc, @FlywayDataSource DataSource ownerDataSource, TransactionTemplate transactions,
            PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.owner = JdbcClient.create(ownerDataSource);
        this.transactions = transactions;
        this.hash = passwords.encode(PASSWORD);
    }

    public UUID organisation(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into organisation (id, name, created_at) values (?, ?, ?)")
                .params(id, name, OffsetDateTime.now()).update();
        return id;
    }

    public Account account(UUID organisation, Role role) {
        UUID id = UUID.randomUUID();
        String email = role.name().toLowerCase() + "-" + id + "@test.brugwerk";
        String insert = """
                insert into account (id, organisation_id, email, display_name, role, password_hash, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""";
        Object[] values = {id, organisation, email, "Test " + role, role.name(), hash, OffsetDateTime.now()};
        if (organisation == null) {
            owner.sql(insert).params(values).update();
        } else {
            Tenancy.runAs(organisation,
                    () -> transactions.executeWithoutResult(tx -> jdbc.sql(insert).params(values).update()));
        }
        return new Account(id, organisation, role, email);
    }

    public record Account(UUID id, UUID organisation, Role role, String email) {
    }
}

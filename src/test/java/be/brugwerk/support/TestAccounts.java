package be.brugwerk.support;

import be.brugwerk.system.Role;
import be.brugwerk.system.Tenancy;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Organisations, accounts (each with a unique e-mail address so tests never collide) and the participants they work
 * with, for tests; sessions over HTTP in which an account signed in; and the database as its owner, for the rows a
 * test writes or checks past row-level security.
 */
public class TestAccounts {

    public static final String PASSWORD = "a long and honest test password";

    private final JdbcClient jdbc;
    private final JdbcClient owner;
    private final TransactionTemplate transactions;
    private final String hash;
    private final Environment environment;

    TestAccounts(
            JdbcClient jdbc,
            @FlywayDataSource DataSource ownerDataSource,
            TransactionTemplate transactions,
            PasswordEncoder passwords,
            Environment environment) {
        this.jdbc = jdbc;
        this.owner = JdbcClient.create(ownerDataSource);
        this.transactions = transactions;
        this.hash = passwords.encode(PASSWORD);
        this.environment = environment;
    }

    /** The database as the owner of its tables (the Flyway data source): not held by row-level security. */
    public JdbcClient owner() {
        return owner;
    }

    /** A session over HTTP in which {@code account} signed in, having checked that the sign-in took. */
    public WebSession signedIn(Account account) {
        return signedIn(account.email());
    }

    /** The same for the address of someone who chose the test password themselves, such as an activated buddy. */
    public WebSession signedIn(String email) {
        return ApiAnswers.signedIn(environment.getRequiredProperty("local.server.port", Integer.class), email);
    }

    /** A session over HTTP in which a new account of {@code organisation} in {@code role} signed in. */
    public WebSession signedIn(UUID organisation, Role role) {
        return signedIn(account(organisation, role));
    }

    public UUID organisation(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into organisation (id, name, created_at) values (?, ?, ?)")
                .params(id, name, OffsetDateTime.now())
                .update();
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
            Tenancy.runAs(
                    organisation,
                    () -> transactions.executeWithoutResult(
                            tx -> jdbc.sql(insert).params(values).update()));
        }
        return new Account(id, organisation, role, email);
    }

    /**
     * A participant of {@code organisation} who consented to processing and to sharing with volunteer coaches (both
     * recorded by {@code coordinator}), on the caseload of every account in {@code caseload}.
     *
     * @param languages the participant's languages as a PostgreSQL array literal, e.g. {@code {Nederlands}}
     */
    public UUID consentedParticipant(
            UUID organisation, String name, String languages, Account coordinator, Account... caseload) {
        UUID participant = UUID.randomUUID();
        Tenancy.runAs(
                organisation,
                () -> transactions.executeWithoutResult(tx -> {
                    jdbc.sql("""
                    insert into participant (id, organisation_id, name, languages, created_at)
                    values (?, ?, ?, cast(? as text[]), now())""")
                            .params(participant, organisation, name, languages)
                            .update();
                    for (String purpose : List.of("PROCESSING", "SHARING")) {
                        jdbc.sql("""
                        insert into consent (id, organisation_id, participant_id, purpose, shared_with, given_at, recorded_by)
                        values (?, ?, ?, ?, '{VOLUNTEER_COACH}', now(), ?)""")
                                .params(UUID.randomUUID(), organisation, participant, purpose, coordinator.id())
                                .update();
                    }
                    for (Account account : caseload) {
                        jdbc.sql("""
                        insert into caseload_assignment (organisation_id, participant_id, account_id, assigned_at, assigned_by)
                        values (?, ?, ?, now(), ?)""")
                                .params(organisation, participant, account.id(), coordinator.id())
                                .update();
                    }
                }));
        return participant;
    }

    public record Account(UUID id, UUID organisation, Role role, String email) {}
}

package be.brugwerk.people.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import be.brugwerk.system.DemoMode;
import be.brugwerk.system.Role;
import be.brugwerk.system.Tenancy;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty embedded database with two demo organisations and their accounts (listed in the README), so
 * that a newcomer can sign in within minutes. Runs only in {@link DemoMode}, and only once.
 */
@Component
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "brugwerk-demo";
    static final UUID DEMO_ORGANISATION = UUID.fromString("00000000-0000-4000-8000-00000000d001");
    static final UUID OTHER_ORGANISATION = UUID.fromString("00000000-0000-4000-8000-00000000d002");

    private final DemoMode demoMode;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JdbcClient owner;

    DemoData(DemoMode demoMode, JdbcClient jdbc, PasswordEncoder passwords, TransactionTemplate transactions,
            Clock clock, @FlywayDataSource DataSource ownerDataSource) {
        this.demoMode = demoMode;
        this.jdbc = jdbc;
        this.owner = JdbcClient.create(ownerDataSource);
        this.passwords = passwords;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.active() || alreadySeeded()) {
            return;
        }
        String hash = passwords.encode(PASSWORD);
        organisation(DEMO_ORGANISATION, "OCMW Demostad");
        organisation(OTHER_ORGANISATION, "CAW Elders");
        account(null, Role.PLATFORM_ADMIN, "Platformbeheer", "platform@brugwerk.demo", hash);
        account(DEMO_ORGANISATION, Role.ORGANISATION_ADMIN, "Bea Beheer", "beheer@demostad.demo", hash);
        account(DEMO_ORGANISATION, Role.COORDINATOR, "Chris Coördinator", "coordinator@demostad.demo", hash);
        account(DEMO_ORGANISATION, Role.PROFESSIONAL, "Sam Sociaal", "werker@demostad.demo", hash);
        account(DEMO_ORGANISATION, Role.VOLUNTEER_COACH, "Vera Vrijwilliger", "coach@demostad.demo", hash);
        account(OTHER_ORGANISATION, Role.VOLUNTEER_COACH, "Ozan Onbekend", "coach@elders.demo", hash);
    }

    private boolean alreadySeeded() {
        return jdbc.sql("select count(*) from organisation where id = ?").param(DEMO_ORGANISATION)
                .query(Long.class).single() > 0;
    }

    private void organisation(UUID id, String name) {
        transactions.executeWithoutResult(tx -> jdbc
                .sql("insert into organisation (id, name, created_at) values (?, ?, ?)")
                .params(id, name, now()).update());
    }

    private void account(UUID organisation, Role role, String name, String email, String hash) {
        String insert = """
                insert into account (id, organisation_id, email, display_name, role, password_hash, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""";
        Object[] values = {UUID.randomUUID(), organisation, email, name, role.name(), hash, now()};
        if (organisation == null) {
            // Row-level security lets the application create no account outside an organisation: the
            // platform admin is set up by the schema owner.
            owner.sql(insert).params(values).update();
            return;
        }
        Tenancy.runAs(organisation,
                () -> transactions.executeWithoutResult(tx -> jdbc.sql(insert).params(values).update()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

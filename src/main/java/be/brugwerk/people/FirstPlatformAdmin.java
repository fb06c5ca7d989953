package be.brugwerk.people;

import be.brugwerk.system.EmailAddress;
import be.brugwerk.system.Pg;
import be.brugwerk.system.PublicUrl;
import be.brugwerk.system.Role;
import be.brugwerk.system.Secrets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The very first platform admin of a new installation. Nobody can invite them through the application (there is no
 * one to sign in yet), so the {@code first-admin} command, run on the server by whoever runs the server, makes the
 * account and prints its one-time link. It works once: as soon as any platform admin exists it is refused. Writes as
 * the schema owner, because a platform admin belongs to no organisation and row-level security lets the application
 * role write no such account or link.
 */
@Service
public class FirstPlatformAdmin {

    private final JdbcClient owner;
    private final TransactionTemplate ownerTransactions;
    private final PublicUrl links;
    private final Clock clock;

    FirstPlatformAdmin(@FlywayDataSource DataSource ownerDataSource, PublicUrl links, Clock clock) {
        this.owner = JdbcClient.create(ownerDataSource);
        this.ownerTransactions = new TransactionTemplate(new JdbcTransactionManager(ownerDataSource));
        this.links = links;
        this.clock = clock;
    }

    /** A platform admin exists already; the command never makes a second one. */
    public static class PlatformAdminExists extends RuntimeException {

        PlatformAdminExists() {
            super("a platform admin exists already; this command only makes the very first one");
        }
    }

    /**
     * Makes the first platform admin's account and answers the absolute link with which they choose a password.
     *
     * @throws PlatformAdminExists when there is a platform admin already (nothing is written)
     * @throws IllegalArgumentException naming the field, for an address that is not one
     */
    public String invite(String email, String displayName, Language language) {
        String address = EmailAddress.normalised(email)
                .orElseThrow(() -> new IllegalArgumentException("email: this is not an e-mail address"));
        String name = displayName == null || displayName.isBlank()
                ? address.substring(0, address.indexOf('@'))
                : displayName.strip();
        if (name.length() > 200) {
            throw new IllegalArgumentException("name: at most 200 characters");
        }
        return ownerTransactions.execute(tx -> {
            // two commands started at once must not both find no platform admin
            owner.sql("select pg_advisory_xact_lock(hashtext('brugwerk first platform admin'))")
                    .query()
                    .listOfRows();
            boolean exists = owner.sql("select exists (select 1 from account where role = ?)")
                    .param(Role.PLATFORM_ADMIN.name())
                    .query(Boolean.class)
                    .single();
            if (exists) {
                throw new PlatformAdminExists();
            }
            if (owner.sql("select exists (select 1 from account where lower(email) = ?)")
                    .param(address)
                    .query(Boolean.class)
                    .single()) {
                throw new IllegalArgumentException("email: this address has an account in an organisation already");
            }
            Instant now = clock.instant();
            UUID account = UUID.randomUUID();
            owner.sql("""
                    insert into account (id, organisation_id, email, display_name, role, language, created_at)
                    values (?, null, ?, ?, ?, ?, ?)""")
                    .params(account, address, name, Role.PLATFORM_ADMIN.name(), language.tag(), Pg.timestamp(now))
                    .update();
            String token = Secrets.newSecret();
            owner.sql("""
                    insert into one_time_link (token_hash, account_id, organisation_id, purpose, created_at, expires_at)
                    values (?, ?, null, 'INVITATION', ?, ?)""")
                    .params(
                            Secrets.sha256(token),
                            account,
                            Pg.timestamp(now),
                            Pg.timestamp(now.plus(AccountManagement.LINK_VALIDITY)))
                    .update();
            return links.of("/activate?token=" + token);
        });
    }
}

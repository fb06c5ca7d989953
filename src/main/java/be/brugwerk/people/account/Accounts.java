package be.brugwerk.people.account;

import be.brugwerk.people.AccountView;
import be.brugwerk.system.Pg;
import be.brugwerk.system.Role;
import be.brugwerk.system.Secrets;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts of the current organisation, and their one-time links. */
@Repository
public class Accounts {

    /** An account as lists show it, from the columns id, display name, e-mail, role, active, activated. */
    private static final RowMapper<AccountView> ACCOUNT_VIEW = (row, n) -> new AccountView(
            row.getObject(1, UUID.class),
            row.getString(2),
            row.getString(3),
            Role.valueOf(row.getString(4)),
            row.getBoolean(5),
            row.getBoolean(6));

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AccountView> ofOrganisation(UUID organisation) {
        return jdbc.sql("""
                select id, display_name, email, role, active, password_hash is not null as activated from account
                where organisation_id = ? order by active desc, display_name""").param(organisation).query(ACCOUNT_VIEW).list();
    }

    /** The display names of these accounts, in one query. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("select id, display_name from account where id = any(cast(? as uuid[]))")
                .param(Pg.array(ids))
                .query(row -> {
                    names.put(row.getObject(1, UUID.class), row.getString(2));
                });
        return names;
    }

    /** The organisation's active accounts of these roles, by name. */
    public List<AccountView> active(UUID organisation, Collection<Role> roles) {
        return jdbc.sql("""
                select id, display_name, email, role, active, password_hash is not null as activated from account
                where organisation_id = ? and active and role = any(cast(? as text[])) order by display_name, id""")
                .params(organisation, Pg.array(roles))
                .query(ACCOUNT_VIEW)
                .list();
    }

    /**
     * The accounts as the organisation admin sees them: with the invitations to addresses that have an account
     * elsewhere, which look like any invited account that was never activated.
     */
    public List<AccountView> listed(UUID organisation) {
        return jdbc.sql("""
                select id, display_name, email, role, active, password_hash is not null as activated from account
                where organisation_id = ?
                union all
                select id, display_name, email, role, active, false from invitation_elsewhere where organisation_id = ?
                order by 5 desc, 2""")
                .params(organisation, organisation)
                .query(ACCOUNT_VIEW)
                .list();
    }

    public Optional<AccountView> find(UUID organisation, UUID id) {
        return listed(organisation).stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Whom a mail about a listed account goes to; {@code elsewhere} for an invitation to a taken address. */
    public record Recipient(
            UUID id, String email, String displayName, String language, boolean activated, boolean elsewhere) {}

    public Optional<Recipient> recipient(UUID organisation, UUID id) {
        return jdbc.sql("""
                select id, email, display_name, language, password_hash is not null, false from account
                where organisation_id = ? and id = ?
                union all
                select id, email, display_name, language, false, true from invitation_elsewhere
                where organisation_id = ? and id = ?""")
                .params(organisation, id, organisation, id)
                .query((row, n) -> new Recipient(
                        row.getObject(1, UUID.class),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getBoolean(5),
                        row.getBoolean(6)))
                .optional();
    }

    /**
     * Whether this address is already listed in the current organisation (an account or an invitation); row-level
     * security limits the look to it, so nothing is learnt about other organisations.
     */
    public boolean listedHere(String email) {
        return jdbc.sql("""
                select exists (select 1 from account where lower(email) = lower(?))
                    or exists (select 1 from invitation_elsewhere where lower(email) = lower(?))""").params(email, email).query(Boolean.class).single();
    }

    /** Lists an invitation to an address that has an account in another organisation; it never signs in. */
    public UUID inviteElsewhere(
            UUID organisation, String displayName, String email, Role role, String language, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into invitation_elsewhere (id, organisation_id, email, display_name, role, language, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisation, email, displayName, role.name(), language, Pg.timestamp(now))
                .update();
        return id;
    }

    /** Whether any account, in any organisation, already uses this address (checked by the database too). */
    public boolean emailTaken(String email) {
        return jdbc.sql("select brugwerk_email_taken(?)")
                .param(email)
                .query(Boolean.class)
                .single();
    }

    public UUID create(UUID organisation, String displayName, String email, Role role, String language, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into account (id, organisation_id, email, display_name, role, language, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisation, email, displayName, role.name(), language, Pg.timestamp(now))
                .update();
        return id;
    }

    /**
     * Activates or deactivates an account (or a listed invitation elsewhere); deactivating also revokes its API
     * tokens for good.
     */
    public boolean setActive(UUID id, boolean active, Instant now) {
        if (!active) {
            jdbc.sql("update api_token set revoked_at = ? where account_id = ? and revoked_at is null")
                    .params(Pg.timestamp(now), id)
                    .update();
        }
        if (jdbc.sql("update account set active = ?, version = version + 1 where id = ?")
                        .params(active, id)
                        .update()
                == 1) {
            return true;
        }
        return jdbc.sql("update invitation_elsewhere set active = ? where id = ?")
                        .params(active, id)
                        .update()
                == 1;
    }

    /** A new link for the account; any older open link of it stops working. Returns the secret token. */
    public String newLink(UUID account, UUID organisation, String purpose, Instant now, Instant expires) {
        jdbc.sql("update one_time_link set used_at = ? where account_id = ? and used_at is null")
                .params(Pg.timestamp(now), account)
                .update();
        String token = Secrets.newSecret();
        jdbc.sql("""
                insert into one_time_link (token_hash, account_id, organisation_id, purpose, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(hash(token), account, organisation, purpose, Pg.timestamp(now), Pg.timestamp(expires))
                .update();
        return token;
    }

    public boolean linkIsValid(String token, Instant now) {
        return jdbc.sql("select brugwerk_link_is_valid(?, ?)")
                .params(hash(token), Pg.timestamp(now))
                .query(Boolean.class)
                .single();
    }

    /** Sets the password through the link; empty when the link is unknown, used or expired. */
    public Optional<UUID> redeem(String token, String passwordHash, Instant now) {
        return jdbc.sql("select brugwerk_redeem_link(?, ?, ?)")
                .params(hash(token), passwordHash, Pg.timestamp(now))
                .query(UUID.class)
                .optional();
    }

    private static String hash(String token) {
        return Secrets.sha256(token);
    }
}

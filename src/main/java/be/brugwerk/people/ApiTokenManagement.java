package be.brugwerk.people;

import be.brugwerk.system.NotFound;
import be.brugwerk.system.Pg;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Secrets;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own API tokens, for scripts that act as them with exactly their rights. The token is shown once;
 * only its hash is kept.
 */
@Service
@Transactional
public class ApiTokenManagement {

    static final int LONGEST_VALIDITY_DAYS = 365;

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokenManagement(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A token as its owner sees it afterwards: never the secret itself. */
    public record TokenView(UUID id, String name, Instant createdAt, Instant expiresAt, boolean revoked) {}

    /** The secret of a new token, to show once. */
    public record NewToken(String secret, Instant expiresAt) {}

    @Transactional(readOnly = true)
    public List<TokenView> mine() {
        return jdbc.sql("""
                select id, name, created_at, expires_at, revoked_at is not null from api_token
                where account_id = ? order by created_at desc""")
                .param(me().accountId())
                .query((row, n) -> new TokenView(
                        row.getObject(1, UUID.class),
                        row.getString(2),
                        row.getObject(3, OffsetDateTime.class).toInstant(),
                        row.getObject(4, OffsetDateTime.class).toInstant(),
                        row.getBoolean(5)))
                .list();
    }

    public NewToken create(String name, int validForDays) {
        SignedInUser me = me();
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new Refusal("name", "tokens.invalid");
        }
        if (validForDays < 1 || validForDays > LONGEST_VALIDITY_DAYS) {
            throw new Refusal("validForDays", "tokens.invalid");
        }
        String secret = Secrets.newSecret();
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(validForDays));
        jdbc.sql("""
                insert into api_token (id, organisation_id, account_id, name, token_hash, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        me.organisationId(),
                        me.accountId(),
                        name.strip(),
                        Secrets.sha256(secret),
                        Pg.timestamp(now),
                        Pg.timestamp(expires))
                .update();
        return new NewToken(secret, expires);
    }

    /**
     * Throws {@link NotFound} unless this token is the signed-in person's own; no audit row. Asked before a request's
     * input is read (docs/adr/0006-one-authorisation-model.md).
     */
    @Transactional(readOnly = true)
    public void checkOwn(UUID token) {
        boolean own = jdbc.sql("select exists (select 1 from api_token where id = ? and account_id = ?)")
                .params(token, me().accountId())
                .query(Boolean.class)
                .single();
        if (!own) {
            throw new NotFound("API token");
        }
    }

    public void revoke(UUID token) {
        int revoked = jdbc.sql(
                        "update api_token set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
                .params(Pg.timestamp(clock.instant()), token, me().accountId())
                .update();
        if (revoked == 0) {
            throw new NotFound("API token");
        }
    }

    private static SignedInUser me() {
        SignedInUser me = Tenancy.requireUser();
        if (me.organisationId() == null) {
            throw new AccessDeniedException("the platform admin has no API tokens");
        }
        return me;
    }
}

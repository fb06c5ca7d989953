package be.brugwerk.matching.programme;

import be.brugwerk.system.Pg;
import be.brugwerk.system.Secrets;
import be.brugwerk.system.Tenancy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public sign-up of buddies, before anyone is known. Attempts are counted per client address and programme in PostgreSQL (a
 * hash, never the address), so the limit holds over every node. An application never tells whether its address is
 * known: a known address, a filled-in honeypot and a new application get the same answer, and only the new one is
 * stored — as <em>applied</em>, matchable only after a coordinator's approval.
 */
@Service
public class BuddySignUp {

    /** Attempts one address may make per window. */
    public static final int ATTEMPTS_PER_WINDOW = 5;

    public static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Intakes intakes;
    private final Buddies buddies;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BuddySignUp(
            JdbcClient jdbc, Intakes intakes, Buddies buddies, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.intakes = intakes;
        this.buddies = buddies;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What the public form may know of a programme: its name. */
    public record OpenProgramme(UUID id, UUID organisationId, String name) {}

    public Optional<OpenProgramme> programme(UUID id) {
        return transactions.execute(tx -> jdbc.sql("select organisation_id, name from brugwerk_programme_for_signup(?)")
                .param(id)
                .query((row, n) -> new OpenProgramme(id, row.getObject(1, UUID.class), row.getString(2)))
                .optional());
    }

    /**
     * Counts an attempt from this address at this programme's form; false when the address made too many in the
     * current window.
     */
    public boolean attempt(OpenProgramme programme, String clientAddress) {
        String key = Secrets.sha256("signup:" + programme.id() + ":" + clientAddress);
        Instant now = clock.instant();
        Instant windowStart = now.minus(WINDOW);
        Integer attempts = transactions.execute(tx -> jdbc.sql("""
                insert into signup_attempt (key, attempts, window_start) values (?, 1, ?)
                on conflict (key) do update set
                    attempts = case when signup_attempt.window_start <= ? then 1 else signup_attempt.attempts + 1 end,
                    window_start = case when signup_attempt.window_start <= ? then excluded.window_start
                                        else signup_attempt.window_start end
                returning attempts""")
                .params(key, Pg.timestamp(now), Pg.timestamp(windowStart), Pg.timestamp(windowStart))
                .query(Integer.class)
                .single());
        return attempts != null && attempts <= ATTEMPTS_PER_WINDOW;
    }

    /**
     * Stores an application unless its address already applied to the programme; says nothing either way. The
     * fields must have been checked ({@link #check}).
     */
    public void apply(OpenProgramme programme, String name, String email, int capacity, Intake intake) {
        String address = email.strip().toLowerCase(java.util.Locale.ROOT);
        Tenancy.runAs(programme.organisationId(), () -> {
            try {
                transactions.executeWithoutResult(tx -> {
                    if (!buddies.emailKnown(programme.id(), address)) {
                        buddies.apply(
                                programme.organisationId(),
                                programme.id(),
                                name.strip(),
                                address,
                                capacity,
                                intakes.insert(programme.organisationId(), intake),
                                clock.instant());
                    }
                });
            } catch (DuplicateKeyException sameAddressAtTheSameTime) {
                // the other application was stored: the answer is the same
            }
        });
    }

    /** The largest capacity a buddy may offer to the programme. */
    public int maxCapacity(OpenProgramme programme) {
        return Tenancy.runAs(
                programme.organisationId(),
                () -> transactions.execute(tx -> jdbc.sql("select max_capacity from programme where id = ?")
                        .param(programme.id())
                        .query(Integer.class)
                        .single()));
    }
}

package be.brugwerk.system.security;

import be.brugwerk.system.Pg;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing: after a number of failed sign-ins for one account from one address, or from one address
 * for any accounts, the next try from there must wait, and the wait doubles with each further failure. Counted in
 * the database so the limit holds across every node behind the load balancer. Keys are HMACs with a server secret
 * ({@link ThrottleKeys}): no address is stored. No key counts an account alone, so someone guessing elsewhere
 * cannot lock its owner out of their own device (docs/security.md).
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecuritySettings settings;
    private final ThrottleKeys keys;

    LoginThrottle(JdbcClient jdbc, Clock clock, SecuritySettings settings, ThrottleKeys keys) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.keys = keys;
    }

    /**
     * Runs one sign-in attempt while no other attempt for the same account from the same address runs, on any node (a transaction-scoped
     * advisory lock). An attempt that finds another one running is refused at once and not counted — it neither
     * waits (a burst must not hold the connection pool) nor gets a password check — so a burst of parallel guesses
     * gets no more tries than guesses made one after another. Failures are kept when the attempt fails.
     */
    @Transactional(noRollbackFor = AuthenticationException.class)
    <T> T oneAtATime(String email, String address, Supplier<T> attempt) {
        boolean alone = jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(?, 0))")
                .param(keys.accountAtAddress(email, address))
                .query(Boolean.class)
                .single();
        if (!alone) {
            throw new BadCredentialsException("sign-in refused");
        }
        return attempt.get();
    }

    @Transactional(readOnly = true)
    boolean mustWait(String email, String address) {
        return mustWait(keys.accountAtAddress(email, address), settings.failuresBeforeSlowDown())
                || mustWait(keys.address(address), settings.addressFailuresBeforeSlowDown());
    }

    @Transactional(noRollbackFor = AuthenticationException.class)
    void recordFailure(String email, String address) {
        increment(keys.accountAtAddress(email, address));
        increment(keys.address(address));
    }

    @Transactional
    void recordSuccess(String email, String address) {
        jdbc.sql("delete from login_failure where key = ?")
                .param(keys.accountAtAddress(email, address))
                .update();
    }

    private boolean mustWait(String key, int threshold) {
        Optional<Failures> failures = jdbc.sql("select failures, last_failure_at from login_failure where key = ?")
                .param(key)
                .query((row, n) -> new Failures(
                        row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
        return failures.filter(f -> f.count() >= threshold)
                .map(f -> clock.instant().isBefore(f.last().plus(waitAfter(f.count() - threshold))))
                .orElse(false);
    }

    /** The wait after the n-th failure beyond the threshold: firstWait · 2ⁿ, at most longestWait. */
    Duration waitAfter(int failuresBeyondThreshold) {
        int doublings = Math.min(failuresBeyondThreshold, 20);
        Duration wait = settings.firstWait().multipliedBy(1L << doublings);
        return wait.compareTo(settings.longestWait()) > 0 ? settings.longestWait() : wait;
    }

    private void increment(String key) {
        OffsetDateTime now = Pg.timestamp(clock.instant());
        jdbc.sql("""
                insert into login_failure (key, failures, last_failure_at) values (?, 1, ?)
                on conflict (key) do update set failures = login_failure.failures + 1, last_failure_at = excluded.last_failure_at
                """).params(key, now).update();
    }

    private record Failures(int count, Instant last) {}
}

package be.brugwerk.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The slow-down per address and per account, counted in PostgreSQL so that every node sees it. */
@FullStackTest
class LoginThrottleIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    TransactionTemplate transactions;

    LoginThrottle throttle;
    String address;

    @BeforeEach
    void aThrottleWithSmallLimits() {
        throttle = new LoginThrottle(jdbc, clock, new SecuritySettings(null, null, 3, 4, Duration.ofSeconds(30),
                Duration.ofMinutes(15)));
        address = "192.0.2." + UUID.randomUUID(); // documentation range, made unique per test
    }

    @Test
    void slowsDownAnAddressThatTriesManyAccounts() {
        for (int account = 0; account < 4; account++) {
            String email = "guess-" + account + "@" + UUID.randomUUID();
            assertThat(mustWait(email, address)).isFalse();
            transactions.executeWithoutResult(tx -> throttle.recordFailure(email, address));
        }

        assertThat(mustWait("someone-else@" + UUID.randomUUID(), address)).isTrue();
        assertThat(mustWait("someone-else@" + UUID.randomUUID(), address + ".other")).isFalse();
        clock.advance(Duration.ofSeconds(31));
        assertThat(mustWait("someone-else@" + UUID.randomUUID(), address)).isFalse();
    }

    @Test
    void doublesTheWaitWithEveryFurtherFailureUpToTheLongest() {
        assertThat(throttle.waitAfter(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.waitAfter(1)).isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.waitAfter(4)).isEqualTo(Duration.ofSeconds(480));
        assertThat(throttle.waitAfter(5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.waitAfter(60)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void forgetsAnAccountsFailuresAfterASuccessfulSignIn() {
        String email = "forgetful-" + UUID.randomUUID() + "@test.brugwerk";
        for (int attempt = 0; attempt < 3; attempt++) {
            String from = address + attempt;
            transactions.executeWithoutResult(tx -> throttle.recordFailure(email, from));
        }
        assertThat(mustWait(email, "elsewhere")).isTrue();

        transactions.executeWithoutResult(tx -> throttle.recordSuccess(email));

        assertThat(mustWait(email, "elsewhere")).isFalse();
    }

    private boolean mustWait(String email, String from) {
        return transactions.execute(tx -> throttle.mustWait(email, from));
    }
}

package be.brugwerk.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.system.Secrets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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

    @Autowired
    ThrottleKeys keys;

    LoginThrottle throttle;
    String address;

    @BeforeEach
    void aThrottleWithSmallLimits() {
        throttle = new LoginThrottle(
                jdbc,
                clock,
                new SecuritySettings(null, null, 3, 4, Duration.ofSeconds(30), Duration.ofMinutes(15)),
                keys);
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
        assertThat(mustWait("someone-else@" + UUID.randomUUID(), address + ".other"))
                .isFalse();
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
    void keepsTheOwnerInWhileSomeoneElsewhereGuessesTheirPassword() {
        String email = "owner-" + UUID.randomUUID() + "@test.brugwerk";
        for (int attempt = 0; attempt < 3; attempt++) {
            transactions.executeWithoutResult(tx -> throttle.recordFailure(email, address));
        }

        assertThat(mustWait(email, address)).as("the guesser").isTrue();
        assertThat(mustWait(email, "198.51.100." + UUID.randomUUID()))
                .as("the owner, on their own device")
                .isFalse();
    }

    @Test
    void forgetsFailuresOfAnAccountAtAnAddressAfterASuccessfulSignInThere() {
        String email = "forgetful-" + UUID.randomUUID() + "@test.brugwerk";
        for (int attempt = 0; attempt < 3; attempt++) {
            transactions.executeWithoutResult(tx -> throttle.recordFailure(email, address));
        }
        assertThat(mustWait(email, address)).isTrue();

        transactions.executeWithoutResult(tx -> throttle.recordSuccess(email, address));

        assertThat(mustWait(email, address)).isFalse();
    }

    @Test
    void storesKeysThatAPlainHashOfTheAddressesDoesNotFind() {
        String email = "hidden-" + UUID.randomUUID() + "@test.brugwerk";
        transactions.executeWithoutResult(tx -> throttle.recordFailure(email, address));

        List<String> guessable = List.of(
                Secrets.sha256("address:" + address),
                Secrets.sha256("account:" + email),
                Secrets.sha256(address),
                Secrets.sha256(email));
        assertThat(jdbc.sql("select count(*) from login_failure where key in (:keys)")
                        .param("keys", guessable)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from login_failure where key in (?, ?)")
                        .params(keys.address(address), keys.accountAtAddress(email, address))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(new ThrottleKeys(jdbc, "another secret").address(address)).isNotEqualTo(keys.address(address));
    }

    @Test
    void computesTheHmacOfRfc4231() {
        // RFC 4231, test case 2: key "Jefe"
        assertThat(new ThrottleKeys(jdbc, "Jefe").hmac("what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    private boolean mustWait(String email, String from) {
        return transactions.execute(tx -> throttle.mustWait(email, from));
    }
}

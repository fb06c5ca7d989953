package be.brugwerk.system.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Session and sign-in limits.
 *
 * @param idleTimeout a session unused this long ends
 * @param absoluteTimeout a session ends this long after sign-in, however busy
 * @param failuresBeforeSlowDown failed sign-ins for one account before it must wait
 * @param addressFailuresBeforeSlowDown failed sign-ins from one address before it must wait
 * @param firstWait the first wait; it doubles with every further failure
 * @param longestWait the wait never grows beyond this
 */
@ConfigurationProperties("brugwerk.security")
record SecuritySettings(
        Duration idleTimeout,
        Duration absoluteTimeout,
        int failuresBeforeSlowDown,
        int addressFailuresBeforeSlowDown,
        Duration firstWait,
        Duration longestWait) {

    SecuritySettings {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(10) : absoluteTimeout;
        failuresBeforeSlowDown = failuresBeforeSlowDown <= 0 ? 5 : failuresBeforeSlowDown;
        addressFailuresBeforeSlowDown = addressFailuresBeforeSlowDown <= 0 ? 20 : addressFailuresBeforeSlowDown;
        firstWait = firstWait == null ? Duration.ofSeconds(30) : firstWait;
        longestWait = longestWait == null ? Duration.ofMinutes(15) : longestWait;
    }
}

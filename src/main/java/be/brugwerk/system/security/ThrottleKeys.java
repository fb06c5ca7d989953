package be.brugwerk.system.security;

import be.brugwerk.system.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The keys under which failed sign-ins are counted: HMAC-SHA256 with a server secret, so that a copy of
 * {@code login_failure} cannot be matched against a list of e-mail or network addresses (a plain hash of either can
 * be, as there are few of them). The secret is {@code BRUGWERK_THROTTLE_SECRET} when set; otherwise one generated
 * once with {@link Secrets#newSecret()} and kept in {@code server_secret}, so every node counts under the same keys.
 * Why the keys pair an account with an address: docs/security.md.
 */
@Component
class ThrottleKeys {

    static final String SECRET_NAME = "login-throttle";

    private final JdbcClient jdbc;
    private final String configuredSecret;
    private volatile SecretKeySpec key;

    ThrottleKeys(JdbcClient jdbc, @Value("${brugwerk.security.throttle-secret:}") String configuredSecret) {
        this.jdbc = jdbc;
        this.configuredSecret = configuredSecret;
    }

    /** One account tried from one address: the key that slows down guessing one person's password. */
    String accountAtAddress(String email, String address) {
        return hmac("account-at-address\u0000" + normalised(email) + "\u0000" + address);
    }

    /** One address, whatever accounts it tries: the key that slows down trying many accounts. */
    String address(String address) {
        return hmac("address\u0000" + address);
    }

    String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            String secret = configuredSecret == null || configuredSecret.isBlank() ? storedSecret() : configuredSecret;
            current = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
            key = current;
        }
        return current;
    }

    private String storedSecret() {
        // Two nodes starting at once may both offer one; the first stays and both read it.
        jdbc.sql("insert into server_secret (name, value) values (?, ?) on conflict (name) do nothing")
                .params(SECRET_NAME, Secrets.newSecret())
                .update();
        return jdbc.sql("select value from server_secret where name = ?")
                .param(SECRET_NAME)
                .query(String.class)
                .single();
    }

    private static String normalised(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}

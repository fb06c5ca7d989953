package be.brugwerk.people.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a password acceptable (NIST SP 800-63B, 5.1.1.2): 8 to 128 characters, not one character repeated
 * and not one of the very common passwords; no composition rules, which make passwords harder to remember and no harder to guess.
 * Length counts characters (code points), so a passphrase in any script counts fairly.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 8;
    public static final int MAXIMUM_LENGTH = 128;

    /** Why a password is refused; the message key says it in the person's language. */
    public enum Refusal {
        TOO_SHORT("password.tooShort"),
        TOO_LONG("password.tooLong"),
        TOO_COMMON("password.tooCommon"),
        ONE_CHARACTER_REPEATED("password.oneCharacterRepeated");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    public static PasswordPolicy withBundledList() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the jar");
            }
            Set<String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
            return new PasswordPolicy(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Refusal> check(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (length > MAXIMUM_LENGTH) {
            return Optional.of(Refusal.TOO_LONG);
        }
        if (password.codePoints().distinct().count() == 1) {
            // eight spaces or "€€€€€€€€": repetitive characters, which 5.1.1.2 lists beside common passwords
            return Optional.of(Refusal.ONE_CHARACTER_REPEATED);
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(Refusal.TOO_COMMON);
        }
        return Optional.empty();
    }
}

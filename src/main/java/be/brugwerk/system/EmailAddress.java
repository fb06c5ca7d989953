package be.brugwerk.system;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for an e-mail address, wherever one is typed or imported: something, one {@code @}, a domain with a
 * dot, at most {@value #MAX_LENGTH} characters, and no white space or invisible character in any part. Java's
 * {@code \s} is ASCII only, so {@code \p{Z}} adds the other spaces (non-breaking, U+2028, U+3000) and
 * {@code \p{C}} the invisible ones (a zero-width space, a direction mark, a control character): an address holding
 * one reaches nobody, and looks like another in a list.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 200;

    private static final String PART = "[^@\\s\\p{Z}\\p{C}]+";

    /** The shape alone, without the length. */
    public static final Pattern PATTERN = Pattern.compile(PART + "@" + PART + "\\." + PART);

    private EmailAddress() {}

    /** Whether {@code address}, as it is (not stripped), is an e-mail address by this rule. */
    public static boolean isValid(String address) {
        return address != null
                && address.length() <= MAX_LENGTH
                && PATTERN.matcher(address).matches();
    }

    /** The address in its stored form (stripped, lower case), or empty when what was typed is not one. */
    public static Optional<String> normalised(String typed) {
        String address = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return isValid(address) ? Optional.of(address) : Optional.empty();
    }
}

package be.brugwerk.system;

import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a code of a fixed list (an enum's name) from what a form or a script sent. Empty means none; a code that is not
 * on the list is refused as tampered, since no page of ours sends it.
 */
public final class Codes {

    private Codes() {}

    /** The code's constant, or null when nothing was sent; a {@link Refusal} naming {@code field} for an unknown one. */
    public static <E extends Enum<E>> E optional(Class<E> type, String value, String field, String unknownKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> Refusal.tampered(field, unknownKey, field));
    }

    /** As {@link #optional}, and a {@link Refusal} with {@code missingKey} when nothing was sent. */
    public static <E extends Enum<E>> E required(
            Class<E> type, String value, String field, String missingKey, String unknownKey) {
        E found = optional(type, value, field, unknownKey);
        if (found == null) {
            throw new Refusal(field, missingKey);
        }
        return found;
    }
}

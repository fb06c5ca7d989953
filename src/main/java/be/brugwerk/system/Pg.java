package be.brugwerk.system;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Values as PostgreSQL bind parameters: array literals ({@code cast(? as text[])}), portable across drivers
 * and safe, since every element is quoted and escaped; and instants as {@code timestamptz}, which the JDBC
 * driver takes as an {@link OffsetDateTime}.
 */
public final class Pg {

    private Pg() {}

    public static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static String array(Collection<?> elements) {
        return elements.stream()
                .map(Object::toString)
                .map(e -> "\"" + e.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    /**
     * The pattern of an {@code ilike} that finds {@code text} anywhere in a value, its own {@code %}, {@code _} and
     * backslashes taken literally.
     */
    public static String containing(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

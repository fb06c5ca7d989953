package be.brugwerk.system;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * PostgreSQL array literals for bind parameters ({@code cast(? as text[])}): portable across drivers and
 * safe, since every element is quoted and escaped.
 */
public final class PgArrays {

    private PgArrays() {
    }

    public static String literal(Collection<?> elements) {
        return elements.stream().map(Object::toString)
                .map(e -> "\"" + e.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}

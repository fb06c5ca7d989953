package be.brugwerk.system;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.stream.Collectors;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Values as PostgreSQL bind parameters: array literals ({@code cast(? as text[])}), safe, since every element is
 * quoted and escaped, and read once as the type of their cast ({@link #array}); and instants as {@code timestamptz},
 * which the JDBC driver takes as an {@link OffsetDateTime}; and which constraint refused a write ({@link #violates}),
 * the one use of the driver's own classes.
 */
public final class Pg {

    private Pg() {}

    public static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * Whether {@code refused} is PostgreSQL's refusal by the constraint or unique index named {@code constraint}, as the
     * driver reports it (the server's constraint field), not as a message that happens to contain the name.
     */
    public static boolean violates(DataAccessException refused, String constraint) {
        if (refused.getMostSpecificCause() instanceof PSQLException p) {
            ServerErrorMessage server = p.getServerErrorMessage();
            return server != null && constraint.equals(server.getConstraint());
        }
        return false;
    }

    /**
     * The elements as an array literal, bound without a type of its own ({@link Types#OTHER}: the driver sends it
     * unspecified), so that PostgreSQL reads it once, as the type of the cast around it ({@code cast(? as uuid[])} makes
     * the parameter itself a {@code uuid[]}). Bound as text, the literal would stay a {@code varchar} that the cast
     * turns into an array at run time: once per row where a plan scans a table with {@code id = any (cast(? as
     * uuid[]))} as a filter, re-reading every id for every row, which made a role matching run over 2,750
     * participants spend 8 s on their places alone (docs/region-scale.md, "A role matching run's arrays").
     */
    public static SqlParameterValue array(Collection<?> elements) {
        return new SqlParameterValue(Types.OTHER, literal(elements));
    }

    /** The elements as a PostgreSQL array literal, each quoted and escaped. */
    static String literal(Collection<?> elements) {
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

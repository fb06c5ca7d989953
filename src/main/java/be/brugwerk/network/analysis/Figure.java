package be.brugwerk.network.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One figure behind a {@link Signal}: a name and a value that is a whole number, a fraction, a
 * {@link SupportFunction} or a list of member ids. A signal's figures fill the placeholders {0}, {1}, ... of
 * its text in order.
 *
 * @param name what the figure is, e.g. {@code "members"}
 * @param value the figure
 */
public record Figure(String name, Object value) {

    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (value instanceof List<?> list) {
            value = List.copyOf(list);
        } else if (!(value instanceof Integer || value instanceof Double || value instanceof SupportFunction)) {
            throw new IllegalArgumentException("Figure " + name + " has a value of unsupported type "
                    + value.getClass().getSimpleName());
        }
    }
}

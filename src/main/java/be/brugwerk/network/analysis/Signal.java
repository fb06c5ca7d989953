package be.brugwerk.network.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A strength or point of attention of a network map, as data: what it says, to whom, and the figures
 * behind it. Its text is looked up by {@link SignalCode#key()} in the message bundles.
 *
 * @param code what the signal says; fixes its audience and kind
 * @param figures the figures behind it, in the order of the text's placeholders
 */
public record Signal(SignalCode code, List<Figure> figures) {

    public Signal {
        Objects.requireNonNull(code, "code");
        figures = List.copyOf(figures);
    }

    static Signal of(SignalCode code, Figure... figures) {
        return new Signal(code, Arrays.asList(figures));
    }

    public Audience audience() {
        return code.audience();
    }

    public SignalKind kind() {
        return code.kind();
    }

    /** The figures' values, in placeholder order. */
    public Object[] arguments() {
        return figures.stream().map(Figure::value).toArray();
    }
}

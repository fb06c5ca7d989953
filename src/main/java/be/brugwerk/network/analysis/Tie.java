package be.brugwerk.network.analysis;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * An undirected tie between two members (band tussen netwerkleden): they know each other. The optional
 * strength is kept for the map's drawing; no measure uses it, so every tie counts as one.
 *
 * @param first one member's id
 * @param second the other member's id
 * @param strength how strong the tie is, if recorded
 */
public record Tie(String first, String second, OptionalInt strength) {

    public Tie {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(strength, "strength");
        if (first.equals(second)) {
            throw new InvalidNetworkMap("Tie " + first + "–" + second + " ties member " + first + " to itself");
        }
    }

    public Tie(String first, String second) {
        this(first, second, OptionalInt.empty());
    }

    /** Whether this tie joins {@code member} to another member. */
    public boolean touches(String member) {
        return first.equals(member) || second.equals(member);
    }

    @Override
    public String toString() {
        return first + "–" + second;
    }
}

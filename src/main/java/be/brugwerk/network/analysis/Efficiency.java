package be.brugwerk.network.analysis;

import java.util.OptionalDouble;

/**
 * Burt's efficiency: the {@link EffectiveSize effective size} divided by the number of members n, between
 * 1/n (every member tied to every other) and 1 (no member tied to another). Undefined (empty) for n = 0.
 * O(1).
 */
public final class Efficiency implements NetworkMeasure<OptionalDouble> {

    private final EffectiveSize effectiveSize = new EffectiveSize();

    @Override
    public OptionalDouble measure(EgoNetwork network) {
        OptionalDouble size = effectiveSize.measure(network);
        return size.isPresent() ? OptionalDouble.of(size.getAsDouble() / network.size()) : OptionalDouble.empty();
    }
}

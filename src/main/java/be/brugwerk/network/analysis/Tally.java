package be.brugwerk.network.analysis;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** Counts per enum value, every value present (zero when absent) and in declaration order. */
final class Tally {

    private Tally() {}

    static <T, E extends Enum<E>> Map<E, Integer> count(Class<E> type, Collection<T> items, Function<T, E> classifier) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0);
        }
        for (T item : items) {
            counts.merge(classifier.apply(item), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    static <E extends Enum<E>> Map<E, Integer> copy(Class<E> type, Map<E, Integer> counts) {
        Map<E, Integer> copy = new EnumMap<>(type);
        copy.putAll(counts);
        return Collections.unmodifiableMap(copy);
    }
}

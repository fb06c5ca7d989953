package be.brugwerk.coaching.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The change between two measurements of the same instrument, for the “scores over time” view: later minus
 * earlier, for the total and for each subscale; empty where either side is missing. A 6-item De Jong Gierveld
 * total counted over five answered items is compared as the manual treats it, as the total. O(s) for s
 * subscales.
 *
 * @param instrument the instrument both measurements belong to
 * @param total the change in the total, empty when either total is missing
 * @param subscales the change in each subscale, in the instrument's order; empty where either side is missing
 */
public record MeasurementChange(Instrument instrument, OptionalInt total, Map<Subscale, OptionalInt> subscales) {

    public MeasurementChange {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(total, "total");
        subscales = Collections.unmodifiableMap(new LinkedHashMap<>(subscales));
    }

    /** The change from {@code earlier} to {@code later}; both must measure the same instrument. */
    public static MeasurementChange between(Measurement earlier, Measurement later) {
        if (earlier.instrument() != later.instrument()) {
            throw new IllegalArgumentException("Only measurements of the same instrument compare: "
                    + earlier.instrument() + " and " + later.instrument());
        }
        Map<Subscale, OptionalInt> subscaleChanges = new LinkedHashMap<>();
        for (Subscale subscale : earlier.instrument().subscales()) {
            subscaleChanges.put(
                    subscale,
                    change(earlier.subscales().get(subscale), later.subscales().get(subscale)));
        }
        return new MeasurementChange(earlier.instrument(), change(earlier.total(), later.total()), subscaleChanges);
    }

    private static OptionalInt change(Score earlier, Score later) {
        if (earlier.isMissing() || later.isMissing()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(later.points().getAsInt() - earlier.points().getAsInt());
    }
}

package be.brugwerk.matching.engine;

import java.time.DayOfWeek;
import java.util.Objects;

/** A recurring weekly moment someone is free, such as Tuesday evening. */
public record WeeklySlot(DayOfWeek day, DayPart part) {

    public WeeklySlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(part, "part");
    }
}

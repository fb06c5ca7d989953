package be.brugwerk.coaching;

import be.brugwerk.system.Refusal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates as people type them (ISO, {@code 2026-03-02}, as a date field sends it), refused by field when impossible. */
public final class CoachingDates {

    /** Before this nobody coached with Brugwerk; after it no plan reaches. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private CoachingDates() {
    }

    /** The date typed in {@code field}; empty text is {@code null}. */
    public static LocalDate optional(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Refusal(field, "coaching.date.impossible");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new Refusal(field, "coaching.date.impossible");
        }
        return date;
    }

    public static LocalDate required(String field, String text) {
        LocalDate date = optional(field, text);
        if (date == null) {
            throw new Refusal(field, "coaching.date.required");
        }
        return date;
    }
}

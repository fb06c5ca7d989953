package be.brugwerk.system;

import java.time.LocalDate;

/**
 * The dates that make sense for what a date means, checked wherever a date comes in (forms, the JSON API, map
 * imports). Every kind starts at {@link #EARLIEST}: nobody Brugwerk serves was born, met or measured earlier, and
 * years such as {@code -0500} or {@code +99999} are typing or scripting errors.
 */
public enum DateRange {

    /** Something that happened (a session held, a measurement, a status since, a meeting): up to today. */
    PAST,

    /** Something planned (an action's due date, a round table, a follow-up): up to {@value #YEARS_AHEAD} years ahead. */
    PLANNED;

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** How far ahead a plan may reach: further is a typing error (2062 for 2026), not a plan. */
    public static final int YEARS_AHEAD = 5;

    /**
     * {@code date} when it lies in this range on {@code today}; {@code null} passes (a required date is checked
     * where it is read).
     *
     * @throws Refusal naming {@code field} when it does not
     */
    public LocalDate check(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            return null;
        }
        if (date.isBefore(EARLIEST)) {
            throw new Refusal(field, "date.beforeEarliest");
        }
        if (this == PAST && date.isAfter(today)) {
            throw new Refusal(field, "date.inTheFuture");
        }
        if (this == PLANNED && date.isAfter(today.plusYears(YEARS_AHEAD))) {
            throw new Refusal(field, "date.tooFarAhead", YEARS_AHEAD);
        }
        return date;
    }

    /** Whether {@code date} lies in this range on {@code today} ({@code null} does). */
    public boolean contains(LocalDate date, LocalDate today) {
        return date == null
                || !date.isBefore(EARLIEST) && !date.isAfter(this == PAST ? today : today.plusYears(YEARS_AHEAD));
    }
}

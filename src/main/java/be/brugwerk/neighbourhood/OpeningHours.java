package be.brugwerk.neighbourhood;

import be.brugwerk.system.Refusal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an actor is open, per weekday, as simple ranges ({@code 09:00-12:00, 13:30-17:00}); a day without ranges is
 * closed or unknown. Ranges on a day do not overlap and end after they begin (a range past midnight is not supported:
 * it is split over two days).
 */
public record OpeningHours(Map<DayOfWeek, List<Range>> days) {

    /** Two ranges a day is what most places have; more than six is a typing mistake. */
    static final int MAX_RANGES_A_DAY = 6;

    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,2}[:.]\\d{2})\\s*-\\s*(\\d{1,2}[:.]\\d{2})\\s*");

    public static final OpeningHours NONE = new OpeningHours(Map.of());

    /** One range of a day, from (inclusive) until (exclusive). */
    public record Range(LocalTime from, LocalTime until) {

        @Override
        public String toString() {
            return from + "-" + until;
        }
    }

    public OpeningHours {
        Map<DayOfWeek, List<Range>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, ranges) -> {
            if (!ranges.isEmpty()) {
                copy.put(day, List.copyOf(ranges));
            }
        });
        days = Collections.unmodifiableMap(copy);
    }

    /**
     * The hours as typed per day ({@code "09:00-12:00, 13:00-17:00"}; blank is closed or unknown).
     *
     * @param field the field name of a day, for a refusal ({@code openingHours.SATURDAY} or {@code hoursSaturday})
     * @throws Refusal naming the day at fault
     */
    public static OpeningHours parse(
            Map<DayOfWeek, String> typed, java.util.function.Function<DayOfWeek, String> field) {
        Map<DayOfWeek, List<Range>> days = new EnumMap<>(DayOfWeek.class);
        if (typed == null) {
            return NONE;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            String text = typed.get(day);
            if (text == null || text.isBlank()) {
                continue;
            }
            days.put(day, day(text, field.apply(day)));
        }
        return new OpeningHours(days);
    }

    private static List<Range> day(String text, String field) {
        List<Range> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            Matcher range = RANGE.matcher(part);
            if (!range.matches()) {
                throw new Refusal(field, "neighbourhood.hours.unreadable");
            }
            Range read = new Range(time(range.group(1), field), time(range.group(2), field));
            if (!read.until().isAfter(read.from())) {
                throw new Refusal(field, "neighbourhood.hours.endsBeforeItBegins", read.toString());
            }
            ranges.add(read);
        }
        if (ranges.size() > MAX_RANGES_A_DAY) {
            throw new Refusal(field, "neighbourhood.hours.tooMany", MAX_RANGES_A_DAY);
        }
        ranges.sort(java.util.Comparator.comparing(Range::from));
        for (int i = 1; i < ranges.size(); i++) {
            if (ranges.get(i).from().isBefore(ranges.get(i - 1).until())) {
                throw new Refusal(field, "neighbourhood.hours.overlap", ranges.get(i - 1), ranges.get(i));
            }
        }
        return ranges;
    }

    private static LocalTime time(String text, String field) {
        String[] parts = text.split("[:.]");
        try {
            return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (java.time.DateTimeException outOfRange) {
            throw new Refusal(field, "neighbourhood.hours.unreadable");
        }
    }

    /** Whether the actor is open at some time of {@code day}. */
    public boolean openOn(DayOfWeek day) {
        return days.containsKey(day);
    }

    /** A day's ranges as they are typed and shown ({@code "09:00-12:00, 13:00-17:00"}), empty when closed. */
    public String text(DayOfWeek day) {
        return String.join(
                ", ",
                days.getOrDefault(day, List.of()).stream().map(Range::toString).toList());
    }

    /** Every day's text, for a form or the API; closed days are left out. */
    public Map<DayOfWeek, String> texts() {
        Map<DayOfWeek, String> texts = new EnumMap<>(DayOfWeek.class);
        days.keySet().forEach(day -> texts.put(day, text(day)));
        return texts;
    }

    /** As stored: one line per open day, {@code SATURDAY 10:00-12:00, 14:00-16:00}. */
    String stored() {
        StringBuilder lines = new StringBuilder();
        days.forEach(
                (day, ranges) -> lines.append(day).append(' ').append(text(day)).append('\n'));
        return lines.toString();
    }

    /** The hours as {@link #stored()} wrote them. */
    static OpeningHours restore(String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        Map<DayOfWeek, String> typed = new EnumMap<>(DayOfWeek.class);
        for (String line : stored.split("\n")) {
            String[] dayAndRanges = line.split(" ", 2);
            typed.put(DayOfWeek.valueOf(dayAndRanges[0]), dayAndRanges[1]);
        }
        return parse(typed, DayOfWeek::name);
    }
}

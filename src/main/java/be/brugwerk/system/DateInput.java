package be.brugwerk.system;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of dates as people type them, used by every form: ISO {@code 2026-12-19} (what a browser's date
 * input sends), and day first as Belgians write it: {@code 19/12/2026}, {@code 9/1/2026}, {@code 19-12-2026},
 * {@code 9-1-2026} and {@code 19.12.2026}. The year always has four digits, so {@code 19/12/26} is not guessed at.
 * A date that does not exist ({@code 31/02/2026}) or text that is no date is refused naming the field; whether the
 * date is sensible for what it means is {@link DateRange}'s to say.
 */
public final class DateInput {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");

    private DateInput() {}

    /** The date typed in {@code field}; empty text is {@code null}. */
    public static LocalDate optional(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        Matcher iso = ISO.matcher(typed);
        if (iso.matches()) {
            return date(field, iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dayFirst = DAY_FIRST.matcher(typed);
        if (dayFirst.matches()) {
            return date(field, dayFirst.group(4), dayFirst.group(3), dayFirst.group(1));
        }
        throw new Refusal(field, "date.unreadable");
    }

    /** The date typed in {@code field}, which must not be empty. */
    public static LocalDate required(String field, String text) {
        LocalDate date = optional(field, text);
        if (date == null) {
            throw new Refusal(field, "date.required");
        }
        return date;
    }

    /**
     * What a date input shows again after a refusal: the date in ISO when the text was one (a date input takes no
     * other form), otherwise the text as typed, so nothing is lost where the browser has no date input.
     */
    public static String asTyped(String text) {
        if (text == null) {
            return "";
        }
        try {
            LocalDate date = optional("", text);
            return date == null ? text : date.toString();
        } catch (Refusal notADate) {
            return text;
        }
    }

    private static LocalDate date(String field, String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException impossible) {
            throw new Refusal(field, "date.impossible");
        }
    }
}

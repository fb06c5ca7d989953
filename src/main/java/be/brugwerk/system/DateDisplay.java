package be.brugwerk.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as the reader writes them, the one way every page shows a date ({@code ${@dates.show(a.dueOn())}}):
 * Dutch as in Belgium, {@code 5/12/2026} (java.time's {@code FormatStyle.SHORT} for nl-BE); French
 * {@code 05/12/2026} ({@code SHORT} for fr: fr-BE's short form has a two-digit year); English {@code 5 Dec 2026}
 * ({@code MEDIUM} for en-GB: the American {@code 12/5/26} misleads a European reader). Moments add the time,
 * {@code HH:mm}, in the application's zone.
 */
@Component("dates")
public class DateDisplay {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    private final Clock clock;

    DateDisplay(Clock clock) {
        this.clock = clock;
    }

    /** The date in the reader's language; an empty text for none. */
    public String show(LocalDate date) {
        return date == null ? "" : format(LocaleContextHolder.getLocale()).format(date);
    }

    /** The day of a moment in the reader's language, in the application's zone. */
    public String day(Instant moment) {
        return moment == null ? "" : show(LocalDate.ofInstant(moment, clock.getZone()));
    }

    /** The day and time of a moment in the reader's language, e.g. {@code 5/12/2026 14:30}. */
    public String moment(Instant moment) {
        return at(moment, "HH:mm");
    }

    /** The same to the second, where moments minutes apart must be told apart (versions of a map). */
    public String momentToTheSecond(Instant moment) {
        return at(moment, "HH:mm:ss");
    }

    private String at(Instant moment, String time) {
        return moment == null
                ? ""
                : day(moment) + " " + DateTimeFormatter.ofPattern(time).format(moment.atZone(clock.getZone()));
    }

    /**
     * What a date input holds: a stored date in ISO, as the input requires; text typed into a form that was refused,
     * in ISO when it was a date, otherwise as typed, so nothing is lost.
     */
    public String input(Object value) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value == null ? "" : DateInput.asTyped(value.toString());
    }

    static DateTimeFormatter format(Locale reader) {
        return switch (reader.getLanguage()) {
            case "fr" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(FRENCH);
            case "en" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(ENGLISH);
            default -> DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(DUTCH);
        };
    }
}

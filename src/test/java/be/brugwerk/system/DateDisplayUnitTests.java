package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class DateDisplayUnitTests {

    static final LocalDate FIFTH_OF_DECEMBER = LocalDate.of(2026, 12, 5);

    final DateDisplay dates =
            new DateDisplay(Clock.fixed(Instant.parse("2026-12-05T09:00:00Z"), ZoneId.of("Europe/Brussels")));

    @AfterEach
    void forgetTheReader() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void showsADateAsTheReaderWritesIt() {
        assertThat(in("nl", () -> dates.show(FIFTH_OF_DECEMBER))).isEqualTo("5/12/2026");
        assertThat(in("fr", () -> dates.show(FIFTH_OF_DECEMBER))).isEqualTo("05/12/2026");
        assertThat(in("en", () -> dates.show(FIFTH_OF_DECEMBER))).isEqualTo("5 Dec 2026");
        assertThat(in("nl", () -> dates.show(null))).isEmpty();
    }

    @Test
    void showsAMomentOnItsDayInTheApplicationsZone() {
        Instant lateEvening = Instant.parse("2026-12-05T23:30:15Z"); // already the 6th in Brussels

        assertThat(in("nl", () -> dates.day(lateEvening))).isEqualTo("6/12/2026");
        assertThat(in("en", () -> dates.moment(lateEvening))).isEqualTo("6 Dec 2026 00:30");
        assertThat(in("fr", () -> dates.momentToTheSecond(lateEvening))).isEqualTo("06/12/2026 00:30:15");
    }

    @Test
    void givesADateInputIsoAndKeepsWhatCannotBeADate() {
        assertThat(dates.input(FIFTH_OF_DECEMBER)).isEqualTo("2026-12-05");
        assertThat(dates.input("5/12/2026")).isEqualTo("2026-12-05");
        assertThat(dates.input("31/02/2026")).isEqualTo("31/02/2026");
        assertThat(dates.input(null)).isEmpty();
    }

    private static String in(String language, java.util.function.Supplier<String> shown) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
        return shown.get();
    }
}

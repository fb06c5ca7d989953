package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeUnitTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void letsNoDatePassForTheReaderToRequire() {
        assertThat(DateRange.PAST.check("heldOn", null, TODAY)).isNull();
        assertThat(DateRange.PLANNED.contains(null, TODAY)).isTrue();
    }

    @Test
    void takesAPastFactFrom1900UntilToday() {
        assertThat(DateRange.PAST.check("statusSince", LocalDate.of(1900, 1, 1), TODAY))
                .isEqualTo("1900-01-01");
        assertThat(DateRange.PAST.check("statusSince", TODAY, TODAY)).isEqualTo(TODAY);

        assertThat(refused(DateRange.PAST, LocalDate.of(1899, 12, 31))).isEqualTo("date.beforeEarliest");
        assertThat(refused(DateRange.PAST, LocalDate.of(-500, 1, 1))).isEqualTo("date.beforeEarliest");
        assertThat(refused(DateRange.PAST, TODAY.plusDays(1))).isEqualTo("date.inTheFuture");
        assertThat(refused(DateRange.PAST, LocalDate.of(99999, 1, 1))).isEqualTo("date.inTheFuture");
    }

    @Test
    void takesAPlanFrom1900UpToFiveYearsAhead() {
        assertThat(DateRange.PLANNED.check("dueOn", TODAY.plusYears(5), TODAY)).isEqualTo(TODAY.plusYears(5));
        assertThat(DateRange.PLANNED.check("dueOn", TODAY.minusDays(1), TODAY)).isEqualTo(TODAY.minusDays(1));

        assertThat(refused(DateRange.PLANNED, TODAY.plusYears(5).plusDays(1))).isEqualTo("date.tooFarAhead");
        assertThat(refused(DateRange.PLANNED, LocalDate.of(1899, 12, 31))).isEqualTo("date.beforeEarliest");
        assertThat(DateRange.PLANNED.contains(LocalDate.of(99999, 1, 1), TODAY)).isFalse();
    }

    @Test
    void namesTheFieldAndHowFarAheadAPlanMayReach() {
        Refusal refusal = catchThrowableOfType(
                Refusal.class, () -> DateRange.PLANNED.check("members[2].dueOn", TODAY.plusYears(40), TODAY));

        assertThat(refusal.field()).isEqualTo("members[2].dueOn");
        assertThat(refusal.arguments()).containsExactly(DateRange.YEARS_AHEAD);
    }

    private static String refused(DateRange range, LocalDate date) {
        Refusal refusal = catchThrowableOfType(Refusal.class, () -> range.check("field", date, TODAY));
        assertThat(refusal).as(date.toString()).isNotNull();
        assertThat(range.contains(date, TODAY)).isFalse();
        return refusal.messageKey();
    }
}

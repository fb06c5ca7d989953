package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputUnitTests {

    static final LocalDate NINETEENTH_OF_DECEMBER = LocalDate.of(2026, 12, 19);

    @Test
    void readsNothingAsNoDateAndRefusesNothingWhereADateIsRequired() {
        assertThat(DateInput.optional("dueOn", null)).isNull();
        assertThat(DateInput.optional("dueOn", "  ")).isNull();
        assertThat(refusal(() -> DateInput.required("heldOn", "")).messageKey()).isEqualTo("date.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-19", " 2026-12-19 ", "19/12/2026", "19-12-2026", "19.12.2026"})
    void readsTheNineteenthOfDecemberAsBelgiansAndDateInputsWriteIt(String typed) {
        assertThat(DateInput.required("dueOn", typed)).isEqualTo(NINETEENTH_OF_DECEMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5/1/2026", "5-1-2026", "05/01/2026", "05-01-2026", "5.1.2026", "2026-1-5"})
    void readsDaysAndMonthsWithOrWithoutALeadingZero(String typed) {
        assertThat(DateInput.required("dueOn", typed)).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"30/02/2026", "31-04-2026", "2026-02-30", "2026-13-01", "32/12/2026", "0/12/2026", "29/02/2025"})
    void refusesDatesThatDoNotExistNamingTheField(String typed) {
        Refusal refused = refusal(() -> DateInput.optional("heldOn", typed));

        assertThat(refused.field()).isEqualTo("heldOn");
        assertThat(refused.messageKey()).isEqualTo("date.impossible");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+99999-01-01",
                "-0500-01-01",
                "19/12/26",
                "12/19/2026 ",
                "19/12-2026",
                "morgen",
                "2026-12-19T10:00",
                "２０２６-12-19"
            })
    void refusesTextThatIsNoDateAsTypedInOneOfItsForms(String typed) {
        Refusal refused = refusal(() -> DateInput.optional("heldOn", typed));

        assertThat(refused.field()).isEqualTo("heldOn");
        assertThat(refused.messageKey()).as(typed).isIn("date.unreadable", "date.impossible");
    }

    @Test
    void givesADateInputTheDateInIsoAndKeepsTextThatIsNone() {
        assertThat(DateInput.asTyped("19/12/2026")).isEqualTo("2026-12-19");
        assertThat(DateInput.asTyped("30/02/2026")).isEqualTo("30/02/2026");
        assertThat(DateInput.asTyped("morgen")).isEqualTo("morgen");
        assertThat(DateInput.asTyped(null)).isEmpty();
    }

    private static Refusal refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Refusal refused = catchThrowableOfType(Refusal.class, call);
        assertThat(refused).isNotNull();
        return refused;
    }
}

package be.brugwerk.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.system.Refusal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates as typed: an impossible one is refused naming its field; an empty one is no date. */
class CoachingDatesUnitTests {

    @Test
    void readsADateAsADateFieldSendsIt() {
        assertThat(CoachingDates.required("heldOn", " 2026-03-02 ")).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(CoachingDates.optional("dueOn", "")).isNull();
        assertThat(CoachingDates.optional("dueOn", null)).isNull();
    }

    @Test
    void refusesADateThatDoesNotExistNamingTheField() {
        assertThatThrownBy(() -> CoachingDates.optional("dueOn", "2026-02-30"))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo("dueOn");
                    assertThat(refused.messageKey()).isEqualTo("coaching.date.impossible");
                    assertThat(refused.getMessage()).startsWith("dueOn: ");
                });
        assertThatThrownBy(() -> CoachingDates.optional("dueOn", "30/02/2026")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> CoachingDates.optional("dueOn", "1899-12-31")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> CoachingDates.optional("dueOn", "2101-01-01")).isInstanceOf(Refusal.class);
    }

    @Test
    void refusesAMissingRequiredDate() {
        assertThatThrownBy(() -> CoachingDates.required("heldOn", " "))
                .isInstanceOfSatisfying(Refusal.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("coaching.date.required"));
    }

    @Test
    void startsFromTheTenDefaultStepsAndNeedsANameForAStepOfItsOwn() {
        assertThat(TemplateStep.defaults()).hasSize(10).allSatisfy(step -> assertThat(step.name()).isNull());
        assertThat(TemplateStep.defaults().get(0).defaultStep()).isEqualTo(1);
        assertThat(new TemplateStep(3, 1, "  Eerste ontmoeting ").name()).isEqualTo("Eerste ontmoeting");
        assertThat(new TemplateStep(3, 1, " ").name()).isNull();
        assertThatThrownBy(() -> new TemplateStep(11, null, " ")).isInstanceOf(Refusal.class);
    }
}

package be.brugwerk.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.coaching.scoring.Instrument;
import be.brugwerk.system.Refusal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A draft questionnaire is saved again as the same questionnaire; a finished one no longer changes. */
class MeasurementDraftUnitTests {

    private static Measurements.Stored stored(Instrument instrument, boolean complete) {
        return new Measurements.Stored(
                UUID.randomUUID(),
                UUID.randomUUID(),
                instrument,
                null,
                LocalDate.of(2026, 12, 1),
                complete,
                12,
                Map.of(),
                1);
    }

    @Test
    void takesADraftSavedAgainAsTheSameQuestionnaire() {
        assertThatCode(() -> OutcomeManagement.requireDraftOf(stored(Instrument.LSNS_6, false), Instrument.LSNS_6))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesADraftSentAsAnotherQuestionnaireNamingTheInstrumentNotAsFinished() {
        assertThatThrownBy(() -> OutcomeManagement.requireDraftOf(
                        stored(Instrument.SCHALOCK_SELF_RATING, false), Instrument.LSNS_6))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo("instrument");
                    assertThat(refused.messageKey()).isEqualTo("coaching.measurement.otherInstrument");
                });
    }

    @Test
    void refusesAnyChangeToAFinishedQuestionnaire() {
        assertThatThrownBy(() -> OutcomeManagement.requireDraftOf(stored(Instrument.LSNS_6, true), Instrument.LSNS_6))
                .isInstanceOfSatisfying(
                        Refusal.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("coaching.measurement.finished"));
    }
}

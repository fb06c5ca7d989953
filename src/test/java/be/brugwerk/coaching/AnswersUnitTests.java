package be.brugwerk.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.coaching.scoring.Instrument;
import be.brugwerk.system.Refusal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Raw answers are checked against their instrument and kept as the page writes them. */
class AnswersUnitTests {

    @Test
    void keepsASchalockRatingAsThePageWritesItHoweverItWasTyped() {
        Map<String, String> answers = Answers.checked(
                Instrument.SCHALOCK_SELF_RATING,
                null,
                Map.of("RIGHTS", "+3", "SOCIAL_INCLUSION", "0004", "PHYSICAL_WELL_BEING", "\u0662"));

        assertThat(answers)
                .containsOnly(
                        Map.entry("RIGHTS", "3"),
                        Map.entry("SOCIAL_INCLUSION", "4"),
                        Map.entry("PHYSICAL_WELL_BEING", "2"));
    }

    @Test
    void refusesASchalockRatingOutsideOneToFiveNamingTheItem() {
        assertThatThrownBy(() -> Answers.checked(Instrument.SCHALOCK_SELF_RATING, null, Map.of("RIGHTS", "6")))
                .isInstanceOfSatisfying(
                        Refusal.class, refused -> assertThat(refused.field()).isEqualTo("answers.RIGHTS"));
    }

    @Test
    void leavesOutBlankAnswers() {
        assertThat(Answers.checked(Instrument.LSNS_6, null, Map.of("RELATIVES_SEEN_MONTHLY", " ")))
                .isEmpty();
    }
}

package be.brugwerk.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrajectorySignalUnitTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void signalsNothingForATrajectoryWithContactAndProgressThisWeek() {
        assertThat(TrajectorySignal.of(TODAY.minusDays(3), TODAY.minusDays(1), TODAY))
                .isEmpty();
    }

    @Test
    void signalsNoContactFromTheFourteenthDay() {
        assertThat(TrajectorySignal.of(TODAY.minusDays(13), TODAY, TODAY)).isEmpty();
        assertThat(TrajectorySignal.of(TODAY.minusDays(14), TODAY, TODAY))
                .containsExactly(TrajectorySignal.NO_CONTACT_14);
        assertThat(TrajectorySignal.of(TODAY.minusDays(29), TODAY, TODAY))
                .containsExactly(TrajectorySignal.NO_CONTACT_14);
    }

    @Test
    void signalsOnlyTheLongerSilenceFromTheThirtiethDay() {
        assertThat(TrajectorySignal.of(TODAY.minusDays(30), TODAY, TODAY))
                .containsExactly(TrajectorySignal.NO_CONTACT_30);
    }

    @Test
    void signalsAStalledTrajectoryWhenNothingMovedForThirtyDays() {
        assertThat(TrajectorySignal.of(TODAY, TODAY.minusDays(29), TODAY)).isEmpty();
        assertThat(TrajectorySignal.of(TODAY, TODAY.minusDays(30), TODAY)).containsExactly(TrajectorySignal.STALLED);
    }

    @Test
    void signalsBothSilenceAndStandstillWhenBothHold() {
        assertThat(TrajectorySignal.of(TODAY.minusDays(45), TODAY.minusDays(45), TODAY))
                .containsExactly(TrajectorySignal.NO_CONTACT_30, TrajectorySignal.STALLED);
    }
}

package be.brugwerk.coaching.scoring;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A score has points or a reason why it is missing, and a result holds only scores its instrument allows. */
class ScoreUnitTests {

    @Test
    void refusesAScoreWithNeitherPointsNorReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Score(OptionalInt.empty(), Optional.empty()));
    }

    @Test
    void refusesAScoreWithBothPointsAndReason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Score(OptionalInt.of(2), Optional.of(MissingReason.SUBSCALE_ITEM_UNANSWERED)));
    }

    @Test
    void refusesNegativePoints() {
        assertThatIllegalArgumentException().isThrownBy(() -> Score.of(-1));
    }

    @Test
    void refusesALonelinessResultBeyondTheVersionsMaximum() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LonelinessResult(
                        LonelinessScale.SIX_ITEMS, Score.of(7), Score.of(3), Score.of(3), List.of()))
                .withMessageContaining("total");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LonelinessResult(
                        LonelinessScale.ELEVEN_ITEMS, Score.of(6), Score.of(0), Score.of(6), List.of()))
                .withMessageContaining("social");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LonelinessResult(
                        LonelinessScale.SIX_ITEMS,
                        Score.of(0),
                        Score.of(0),
                        Score.of(0),
                        List.of(LonelinessItem.MISSES_COMPANY)))
                .withMessageContaining("MISSES_COMPANY");
    }

    @Test
    void refusesAnLsnsResultBeyondTheScalesMaximum() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Lsns6Result(Score.of(31), Score.of(15), Score.of(15), 12, List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Lsns6Result(Score.of(16), Score.of(16), Score.of(0), 12, List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Lsns6Result(Score.of(0), Score.of(0), Score.of(0), 0, List.of()));
    }
}

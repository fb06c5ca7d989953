package be.brugwerk.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The organisation view shows no figure over fewer than five participants. */
class SmallNumbersUnitTests {

    @Test
    void suppressesAnAverageOverFewerThanFiveParticipants() {
        assertThat(SmallNumbers.average(List.of()).suppressed()).isTrue();
        assertThat(SmallNumbers.average(List.of(-2.0, -1.0, 0.0, 3.0)).suppressed())
                .isTrue();
        assertThat(SmallNumbers.average(List.of(-2.0, -1.0, 0.0, 3.0)).value()).isEmpty();
    }

    @Test
    void showsTheMeanOverFiveParticipantsOrMore() {
        SmallNumbers.Average average = SmallNumbers.average(List.of(-2.0, -1.0, 0.0, 3.0, -5.0));

        assertThat(average.suppressed()).isFalse();
        assertThat(average.value()).hasValue(-1.0);
        assertThat(average.participants()).isEqualTo(5);
    }

    @Test
    void suppressesACountOverFewerThanFiveParticipants() {
        assertThat(SmallNumbers.count(12, 4).suppressed()).isTrue();
        assertThat(SmallNumbers.count(12, 4).shown()).isEmpty();
        assertThat(SmallNumbers.count(0, 0).suppressed()).isTrue();
        assertThat(SmallNumbers.count(12, 5).shown()).hasValue(12);
    }

    @Test
    void withholdsTheSmallestShownCellWhenExactlyOneCellOfARowIsSuppressed() {
        List<SmallNumbers.Count> row = SmallNumbers.suppressedTogether(List.of(
                SmallNumbers.count(7, 7),
                SmallNumbers.count(3, 3),
                SmallNumbers.count(6, 6),
                SmallNumbers.count(9, 9)));

        assertThat(row).extracting(SmallNumbers.Count::suppressed).containsExactly(false, true, true, false);
        assertThat(row).extracting(SmallNumbers.Count::value).containsExactly(7, 3, 6, 9);
    }

    @Test
    void leavesARowAloneWithNoneOrTwoSuppressedCells() {
        List<SmallNumbers.Count> none = List.of(SmallNumbers.count(7, 7), SmallNumbers.count(6, 6));
        List<SmallNumbers.Count> two =
                List.of(SmallNumbers.count(7, 7), SmallNumbers.count(3, 3), SmallNumbers.count(2, 2));

        assertThat(SmallNumbers.suppressedTogether(none))
                .extracting(SmallNumbers.Count::suppressed)
                .containsExactly(false, false);
        assertThat(SmallNumbers.suppressedTogether(two))
                .extracting(SmallNumbers.Count::suppressed)
                .containsExactly(false, true, true);
    }
}

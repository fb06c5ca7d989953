package be.brugwerk.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.system.Keyset;
import org.junit.jupiter.api.Test;

/**
 * How many trajectories the list of someone who works across the organisation reads next when rows were left out
 * ({@link Keyset#nextRead}): the rows missing, widened in proportion to the share left out so far.
 */
class TrajectoryListReadsUnitTests {

    @Test
    void readsTheMissingRowsWidenedByTwiceTheShareLeftOut() {
        // 5 of 51 left out: 5 missing, and 2 × 5 × 5 / 46 = 1.09, rounded up
        assertThat(Keyset.nextRead(5, 51, 46, 51, 46, 400)).isEqualTo(7);
        // half left out: the missing rows and twice as many again
        assertThat(Keyset.nextRead(10, 40, 20, 40, 20, 400)).isEqualTo(30);
    }

    @Test
    void readsOneMoreRowWhenTheOneLeftOutIsTheLast() {
        assertThat(Keyset.nextRead(1, 51, 50, 51, 50, 400)).isEqualTo(2);
    }

    @Test
    void readsFarMoreWhenMostWereLeftOut() {
        // 130 of 153 left out, 28 missing: 28 + 2 × 28 × 130 / 23 = 344.5, rounded up
        assertThat(Keyset.nextRead(28, 153, 23, 102, 12, 400)).isEqualTo(345);
    }

    @Test
    void doublesTheLastReadWhenNothingWasKept() {
        assertThat(Keyset.nextRead(51, 51, 0, 51, 0, 400)).isEqualTo(102);
        assertThat(Keyset.nextRead(51, 153, 0, 102, 0, 400)).isEqualTo(204);
    }

    @Test
    void doublesTheLastReadWhenItKeptNoneThoughEarlierReadsKeptMany() {
        // a choice of 21 kept 20 of its first 21 and then nothing of a read of 2: the share left out alone (3 of 23)
        // would ask for 2 again, and again, some thirty reads to cross a run of 400 left out
        assertThat(Keyset.nextRead(1, 23, 20, 2, 0, 400)).isEqualTo(4);
        assertThat(Keyset.nextRead(1, 27, 20, 4, 0, 400)).isEqualTo(8);
    }

    @Test
    void readsTheWiderOfTheShareAndTwiceTheLastWhenTheLastKeptNone() {
        // 10 of 21 kept, then none of 36: the share (11 missing, 47 of 57 left out) asks for 11 + 104 = 115, more than
        // twice the last read
        assertThat(Keyset.nextRead(11, 57, 10, 36, 0, 400)).isEqualTo(115);
    }

    @Test
    void neverReadsMoreThanTheMostAtOnce() {
        assertThat(Keyset.nextRead(51, 306, 0, 204, 0, 400)).isEqualTo(400);
        assertThat(Keyset.nextRead(50, 102, 2, 102, 2, 400)).isEqualTo(400);
    }
}

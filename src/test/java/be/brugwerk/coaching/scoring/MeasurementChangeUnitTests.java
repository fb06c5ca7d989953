package be.brugwerk.coaching.scoring;

import static be.brugwerk.coaching.scoring.LonelinessAnswerFormat.THREE_CATEGORIES;
import static be.brugwerk.coaching.scoring.LonelinessForms.SIX_ITEM_EMOTIONAL;
import static be.brugwerk.coaching.scoring.LonelinessForms.SIX_ITEM_SOCIAL;
import static be.brugwerk.coaching.scoring.LonelinessForms.lonelyOn;
import static be.brugwerk.coaching.scoring.LonelinessForms.score;
import static be.brugwerk.coaching.scoring.LonelinessForms.without;
import static be.brugwerk.coaching.scoring.LonelinessScale.ELEVEN_ITEMS;
import static be.brugwerk.coaching.scoring.LonelinessScale.SIX_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The change between two measurements of one instrument: later minus earlier, empty where a side is missing. */
class MeasurementChangeUnitTests {

    private static LonelinessResult sixItem(List<LonelinessItem> lonelyItems) {
        return score(SIX_ITEMS, THREE_CATEGORIES, lonelyOn(SIX_ITEMS, lonelyItems));
    }

    @Test
    void findsNoChangeBetweenEqualMeasurements() {
        LonelinessResult once = sixItem(List.of());

        MeasurementChange change = MeasurementChange.between(once, once);

        assertThat(change.total()).hasValue(0);
        assertThat(change.subscales())
                .containsExactly(
                        Map.entry(Subscale.EMOTIONAL, OptionalInt.of(0)),
                        Map.entry(Subscale.SOCIAL, OptionalInt.of(0)));
    }

    @Test
    void subtractsTheEarlierFromTheLaterMeasurement() {
        // before: all six lonely (6; 3 and 3); after: one emotional item lonely (1; 1 and 0)
        LonelinessResult before = sixItem(SIX_ITEMS.items());
        LonelinessResult after = sixItem(SIX_ITEM_EMOTIONAL.subList(0, 1));

        MeasurementChange change = MeasurementChange.between(before, after);

        assertThat(change.instrument()).isEqualTo(Instrument.DE_JONG_GIERVELD_6);
        assertThat(change.total()).hasValue(-5);
        assertThat(change.subscales())
                .containsExactly(
                        Map.entry(Subscale.EMOTIONAL, OptionalInt.of(-2)),
                        Map.entry(Subscale.SOCIAL, OptionalInt.of(-3)));
    }

    @Test
    void leavesAChangeEmptyWhenEitherSideIsMissing() {
        LonelinessResult whole = sixItem(SIX_ITEM_SOCIAL);
        // two emotional items unanswered: total and emotional missing, social stands at 3
        LonelinessResult incomplete = score(
                SIX_ITEMS,
                THREE_CATEGORIES,
                without(lonelyOn(SIX_ITEMS, SIX_ITEM_SOCIAL), SIX_ITEM_EMOTIONAL.get(0), SIX_ITEM_EMOTIONAL.get(1)));

        Stream.of(MeasurementChange.between(whole, incomplete), MeasurementChange.between(incomplete, whole))
                .forEach(change -> {
                    assertThat(change.total()).isEmpty();
                    assertThat(change.subscales().get(Subscale.EMOTIONAL)).isEmpty();
                    assertThat(change.subscales().get(Subscale.SOCIAL)).hasValue(0);
                });
    }

    @Test
    void comparesLsnsMeasurementsByFamilyAndFriends() {
        Lsns6Scoring scoring = new Lsns6Scoring();
        Lsns6Result before = scoring.score(LsnsAnswers.coded(Map.of(
                LsnsItem.RELATIVES_SEEN_MONTHLY,
                1,
                LsnsItem.RELATIVES_TO_TALK_PRIVATELY_WITH,
                0,
                LsnsItem.RELATIVES_TO_CALL_ON_FOR_HELP,
                0,
                LsnsItem.FRIENDS_SEEN_MONTHLY,
                0,
                LsnsItem.FRIENDS_TO_TALK_PRIVATELY_WITH,
                0,
                LsnsItem.FRIENDS_TO_CALL_ON_FOR_HELP,
                0)));
        Lsns6Result after = scoring.score(LsnsAnswers.coded(Map.of(
                LsnsItem.RELATIVES_SEEN_MONTHLY,
                1,
                LsnsItem.RELATIVES_TO_TALK_PRIVATELY_WITH,
                1,
                LsnsItem.RELATIVES_TO_CALL_ON_FOR_HELP,
                0,
                LsnsItem.FRIENDS_SEEN_MONTHLY,
                3,
                LsnsItem.FRIENDS_TO_TALK_PRIVATELY_WITH,
                2,
                LsnsItem.FRIENDS_TO_CALL_ON_FOR_HELP,
                1)));

        MeasurementChange change = MeasurementChange.between(before, after);

        // family 1 → 2, friends 0 → 6, total 1 → 8
        assertThat(change.instrument()).isEqualTo(Instrument.LSNS_6);
        assertThat(change.total()).hasValue(7);
        assertThat(change.subscales())
                .containsExactly(
                        Map.entry(Subscale.FAMILY, OptionalInt.of(1)), Map.entry(Subscale.FRIENDS, OptionalInt.of(6)));
    }

    @Test
    void refusesToCompareDifferentInstruments() {
        LonelinessResult eleven = score(ELEVEN_ITEMS, THREE_CATEGORIES, lonelyOn(ELEVEN_ITEMS, List.of()));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> MeasurementChange.between(sixItem(List.of()), eleven))
                .withMessageContaining("DE_JONG_GIERVELD_6")
                .withMessageContaining("DE_JONG_GIERVELD_11");
    }
}

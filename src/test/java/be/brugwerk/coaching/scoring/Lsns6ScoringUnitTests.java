package be.brugwerk.coaching.scoring;

import static be.brugwerk.coaching.scoring.LsnsItem.FRIENDS_SEEN_MONTHLY;
import static be.brugwerk.coaching.scoring.LsnsItem.FRIENDS_TO_CALL_ON_FOR_HELP;
import static be.brugwerk.coaching.scoring.LsnsItem.FRIENDS_TO_TALK_PRIVATELY_WITH;
import static be.brugwerk.coaching.scoring.LsnsItem.RELATIVES_SEEN_MONTHLY;
import static be.brugwerk.coaching.scoring.LsnsItem.RELATIVES_TO_CALL_ON_FOR_HELP;
import static be.brugwerk.coaching.scoring.LsnsItem.RELATIVES_TO_TALK_PRIVATELY_WITH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The LSNS-6 as INSTRUMENTS.md states it from the PhenX protocol [LSNS-phenx] and Lubben et al. 2006
 * [LSNS-pub] [LSNS-bc]: answers coded 0 (none) to 5 (nine or more), total the equally weighted sum 0-30, family
 * items 1-3 and friends items 4-6 at 0-15 each, a total below 12 at risk for social isolation by default.
 */
class Lsns6ScoringUnitTests {

    private static final Score UNCONFIRMED = Score.missing(MissingReason.ITEM_UNANSWERED_WITHOUT_CONFIRMED_RULE);

    /** Family answers then friends answers, as codes 0 to 5 in the form's order. */
    private static LsnsAnswers coded(
            int relativesSeen,
            int relativesToTalkTo,
            int relativesToCallOn,
            int friendsSeen,
            int friendsToTalkTo,
            int friendsToCallOn) {
        Map<LsnsItem, Integer> codes = new EnumMap<>(LsnsItem.class);
        codes.put(RELATIVES_SEEN_MONTHLY, relativesSeen);
        codes.put(RELATIVES_TO_TALK_PRIVATELY_WITH, relativesToTalkTo);
        codes.put(RELATIVES_TO_CALL_ON_FOR_HELP, relativesToCallOn);
        codes.put(FRIENDS_SEEN_MONTHLY, friendsSeen);
        codes.put(FRIENDS_TO_TALK_PRIVATELY_WITH, friendsToTalkTo);
        codes.put(FRIENDS_TO_CALL_ON_FOR_HELP, friendsToCallOn);
        return LsnsAnswers.coded(codes);
    }

    @Test
    void leavesEveryFigureMissingWhenNothingIsAnswered() {
        Lsns6Result result = new Lsns6Scoring().score(new LsnsAnswers(Map.of()));

        assertThat(result.total()).isEqualTo(UNCONFIRMED);
        assertThat(result.family()).isEqualTo(UNCONFIRMED);
        assertThat(result.friends()).isEqualTo(UNCONFIRMED);
        assertThat(result.risk()).isEmpty();
        assertThat(result.unanswered()).containsExactly(LsnsItem.values());
    }

    @Test
    void scoresZeroAndAtRiskWhenThereIsNobody() {
        Lsns6Result result = new Lsns6Scoring().score(coded(0, 0, 0, 0, 0, 0));

        assertThat(result.total()).isEqualTo(Score.of(0));
        assertThat(result.family()).isEqualTo(Score.of(0));
        assertThat(result.friends()).isEqualTo(Score.of(0));
        assertThat(result.risk()).contains(SocialIsolationRisk.AT_RISK);
    }

    @Test
    void scoresThirtyWhenEveryAnswerIsNineOrMore() {
        Lsns6Result result = new Lsns6Scoring().score(coded(5, 5, 5, 5, 5, 5));

        assertThat(result.total()).isEqualTo(Score.of(30));
        assertThat(result.family()).isEqualTo(Score.of(15));
        assertThat(result.friends()).isEqualTo(Score.of(15));
        assertThat(result.risk()).contains(SocialIsolationRisk.NOT_AT_RISK);
    }

    @Test
    void sumsAFormWorkedOutByHand() {
        // family: two (2), one (1), one (1) = 4; friends: three or four (3), two (2), none (0) = 5; total 9 < 12
        Lsns6Result result = new Lsns6Scoring().score(coded(2, 1, 1, 3, 2, 0));

        assertThat(result.family()).isEqualTo(Score.of(4));
        assertThat(result.friends()).isEqualTo(Score.of(5));
        assertThat(result.total()).isEqualTo(Score.of(9));
        assertThat(result.risk()).contains(SocialIsolationRisk.AT_RISK);
        assertThat(result.subscales())
                .containsExactly(Map.entry(Subscale.FAMILY, Score.of(4)), Map.entry(Subscale.FRIENDS, Score.of(5)));
    }

    @Test
    void codesTheAnswersAsTheProtocol() {
        // [LSNS-phenx]: 0 none, 1 one, 2 two, 3 three or four, 4 five through eight, 5 nine or more
        assertThat(LsnsAnswer.values()).extracting(LsnsAnswer::points).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(LsnsAnswer.coded(RELATIVES_SEEN_MONTHLY, 3)).isEqualTo(LsnsAnswer.THREE_OR_FOUR);
        assertThat(LsnsAnswer.coded(RELATIVES_SEEN_MONTHLY, 4)).isEqualTo(LsnsAnswer.FIVE_THROUGH_EIGHT);
    }

    @ParameterizedTest
    @CsvSource({"11, AT_RISK", "12, NOT_AT_RISK"})
    void putsATotalBelowTwelveAtRiskByDefault(int total, SocialIsolationRisk risk) {
        // Lubben et al. 2006: total < 12 = at risk for social isolation [LSNS-pub]
        Lsns6Result result = new Lsns6Scoring().score(coded(2, 2, 2, 2, 2, total - 10));

        assertThat(result.total()).isEqualTo(Score.of(total));
        assertThat(result.risk()).contains(risk);
        assertThat(result.atRiskBelow())
                .isEqualTo(Lsns6Scoring.DEFAULT_AT_RISK_BELOW)
                .isEqualTo(12);
    }

    @ParameterizedTest
    @CsvSource({"12, AT_RISK", "13, NOT_AT_RISK"})
    void usesAConfiguredThreshold(int total, SocialIsolationRisk risk) {
        // some implementations put 0-12 at risk [LSNS-nc]: a threshold of 13
        Lsns6Result result = new Lsns6Scoring(13).score(coded(2, 2, 2, 2, 2, total - 10));

        assertThat(result.total()).isEqualTo(Score.of(total));
        assertThat(result.risk()).contains(risk);
        assertThat(result.atRiskBelow()).isEqualTo(13);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 32})
    void refusesAThresholdOutsideTheScale(int threshold) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Lsns6Scoring(threshold))
                .withMessageContaining("between 1 and 31");
    }

    @Test
    void acceptsTheExtremeThresholds() {
        assertThat(new Lsns6Scoring(1).score(coded(0, 0, 0, 0, 0, 0)).risk()).contains(SocialIsolationRisk.AT_RISK);
        assertThat(new Lsns6Scoring(1).score(coded(0, 0, 0, 0, 0, 1)).risk()).contains(SocialIsolationRisk.NOT_AT_RISK);
        assertThat(new Lsns6Scoring(31).score(coded(5, 5, 5, 5, 5, 5)).risk()).contains(SocialIsolationRisk.AT_RISK);
    }

    @Test
    void leavesTheTotalAndTheFamilySubscaleMissingWhenAFamilyItemIsUnanswered() {
        Map<LsnsItem, LsnsAnswer> answers =
                new EnumMap<>(coded(5, 5, 5, 1, 1, 1).answers());
        answers.remove(RELATIVES_TO_TALK_PRIVATELY_WITH);

        Lsns6Result result = new Lsns6Scoring().score(new LsnsAnswers(answers));

        // no missing-data rule was retrieved for the LSNS-6: no sum over the answered items
        assertThat(result.total()).isEqualTo(UNCONFIRMED);
        assertThat(result.family()).isEqualTo(UNCONFIRMED);
        assertThat(result.friends()).isEqualTo(Score.of(3));
        assertThat(result.risk()).isEmpty();
        assertThat(result.unanswered()).containsExactly(RELATIVES_TO_TALK_PRIVATELY_WITH);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 6})
    void refusesAnAnswerCodeOutsideZeroToFive(int code) {
        Map<LsnsItem, Integer> codes = new EnumMap<>(LsnsItem.class);
        codes.put(FRIENDS_TO_TALK_PRIVATELY_WITH, code);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> LsnsAnswers.coded(codes))
                .withMessageContaining("item 5 (FRIENDS_TO_TALK_PRIVATELY_WITH)")
                .withMessageContaining(String.valueOf(code));
    }

    @Test
    void refusesAnAnswerThatIsNull() {
        Map<LsnsItem, Integer> codes = new HashMap<>();
        codes.put(RELATIVES_TO_CALL_ON_FOR_HELP, null);
        Map<LsnsItem, LsnsAnswer> answers = new HashMap<>();
        answers.put(FRIENDS_SEEN_MONTHLY, null);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> LsnsAnswers.coded(codes))
                .withMessageContaining("item 3 (RELATIVES_TO_CALL_ON_FOR_HELP)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LsnsAnswers(answers))
                .withMessageContaining("item 4 (FRIENDS_SEEN_MONTHLY)");
    }

    @Test
    void groupsTheItemsIntoFamilyAndFriends() {
        assertThat(LsnsItem.values())
                .extracting(LsnsItem::subscale)
                .containsExactly(
                        Subscale.FAMILY,
                        Subscale.FAMILY,
                        Subscale.FAMILY,
                        Subscale.FRIENDS,
                        Subscale.FRIENDS,
                        Subscale.FRIENDS);
        assertThat(FRIENDS_TO_CALL_ON_FOR_HELP.textKey()).isEqualTo("lsns-6.item.6.text");
    }
}

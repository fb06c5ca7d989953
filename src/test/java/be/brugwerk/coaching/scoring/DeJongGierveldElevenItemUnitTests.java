package be.brugwerk.coaching.scoring;

import static be.brugwerk.coaching.scoring.LonelinessAnswer.MORE_OR_LESS;
import static be.brugwerk.coaching.scoring.LonelinessAnswer.NO;
import static be.brugwerk.coaching.scoring.LonelinessAnswer.STRONG_NO;
import static be.brugwerk.coaching.scoring.LonelinessAnswer.STRONG_YES;
import static be.brugwerk.coaching.scoring.LonelinessAnswer.YES;
import static be.brugwerk.coaching.scoring.LonelinessAnswerFormat.FIVE_CATEGORIES;
import static be.brugwerk.coaching.scoring.LonelinessAnswerFormat.THREE_CATEGORIES;
import static be.brugwerk.coaching.scoring.LonelinessForms.ELEVEN_ITEM_EMOTIONAL;
import static be.brugwerk.coaching.scoring.LonelinessForms.ELEVEN_ITEM_SOCIAL;
import static be.brugwerk.coaching.scoring.LonelinessForms.everyItem;
import static be.brugwerk.coaching.scoring.LonelinessForms.lonelyOn;
import static be.brugwerk.coaching.scoring.LonelinessForms.score;
import static be.brugwerk.coaching.scoring.LonelinessForms.without;
import static be.brugwerk.coaching.scoring.LonelinessItem.CIRCLE_TOO_LIMITED;
import static be.brugwerk.coaching.scoring.LonelinessItem.ENOUGH_TO_FEEL_CLOSE_TO;
import static be.brugwerk.coaching.scoring.LonelinessItem.FRIENDS_WHEN_NEEDED;
import static be.brugwerk.coaching.scoring.LonelinessItem.MANY_TO_TRUST;
import static be.brugwerk.coaching.scoring.LonelinessItem.MISSES_A_CLOSE_FRIEND;
import static be.brugwerk.coaching.scoring.LonelinessItem.MISSES_COMPANY;
import static be.brugwerk.coaching.scoring.LonelinessItem.MISSES_PEOPLE_AROUND;
import static be.brugwerk.coaching.scoring.LonelinessItem.OFTEN_FEELS_REJECTED;
import static be.brugwerk.coaching.scoring.LonelinessItem.PLENTY_TO_LEAN_ON;
import static be.brugwerk.coaching.scoring.LonelinessItem.SENSE_OF_EMPTINESS;
import static be.brugwerk.coaching.scoring.LonelinessItem.SOMEONE_FOR_DAILY_PROBLEMS;
import static be.brugwerk.coaching.scoring.LonelinessScale.ELEVEN_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 11-item De Jong Gierveld scale (de Jong Gierveld &amp; Kamphuis 1985) as INSTRUMENTS.md states it: negative
 * items 2, 3, 5, 6, 9, 10 (emotional), positive items 1, 4, 7, 8, 11 (social) [DJG-items] [DJG-man]; total 0-11,
 * emotional 0-6, social 0-5; cut-offs [VZ] [U10]; and, because the manual's missing-data rule could not be
 * confirmed, a figure only when every item of it is answered.
 */
class DeJongGierveldElevenItemUnitTests {

    private static final Score UNCONFIRMED = Score.missing(MissingReason.ITEM_UNANSWERED_WITHOUT_CONFIRMED_RULE);

    @Test
    void leavesEveryFigureMissingWhenNothingIsAnswered() {
        LonelinessResult result = score(ELEVEN_ITEMS, THREE_CATEGORIES, Map.of());

        assertThat(result.total()).isEqualTo(UNCONFIRMED);
        assertThat(result.emotional()).isEqualTo(UNCONFIRMED);
        assertThat(result.social()).isEqualTo(UNCONFIRMED);
        assertThat(result.totalCategory()).isEmpty();
        assertThat(result.unanswered()).hasSize(11);
    }

    @Test
    void scoresZeroWhenNoAnswerIsLonely() {
        LonelinessResult result = score(ELEVEN_ITEMS, THREE_CATEGORIES, lonelyOn(ELEVEN_ITEMS, List.of()));

        assertThat(result.total()).isEqualTo(Score.of(0));
        assertThat(result.emotional()).isEqualTo(Score.of(0));
        assertThat(result.social()).isEqualTo(Score.of(0));
        assertThat(result.totalCategory()).contains(LonelinessCategory.NOT_LONELY);
    }

    @Test
    void scoresElevenWhenEveryAnswerIsLonely() {
        LonelinessResult result = score(ELEVEN_ITEMS, THREE_CATEGORIES, lonelyOn(ELEVEN_ITEMS, ELEVEN_ITEMS.items()));

        assertThat(result.total()).isEqualTo(Score.of(11));
        assertThat(result.emotional()).isEqualTo(Score.of(6));
        assertThat(result.social()).isEqualTo(Score.of(5));
        assertThat(result.totalCategory()).contains(LonelinessCategory.VERY_SEVERELY_LONELY);
    }

    @Test
    void scoresYesAsLonelyOnlyOnTheNegativeItems() {
        LonelinessResult result = score(ELEVEN_ITEMS, THREE_CATEGORIES, everyItem(ELEVEN_ITEMS, YES));

        assertThat(result.emotional()).isEqualTo(Score.of(6)); // items 2, 3, 5, 6, 9, 10
        assertThat(result.social()).isEqualTo(Score.of(0));
        assertThat(result.total()).isEqualTo(Score.of(6));
    }

    @Test
    void scoresNoAsLonelyOnlyOnThePositiveItems() {
        LonelinessResult result = score(ELEVEN_ITEMS, THREE_CATEGORIES, everyItem(ELEVEN_ITEMS, NO));

        assertThat(result.emotional()).isEqualTo(Score.of(0));
        assertThat(result.social()).isEqualTo(Score.of(5)); // items 1, 4, 7, 8, 11
        assertThat(result.total()).isEqualTo(Score.of(5));
    }

    @Test
    void scoresMoreOrLessAsLonelyOnEveryItem() {
        // "min of meer" = 1 on negative and on positive items; the simplified reading of [U10] that would score it
        // by a fixed side is not the rule [CBS-nl] [DJG-man]
        LonelinessResult result = score(ELEVEN_ITEMS, THREE_CATEGORIES, everyItem(ELEVEN_ITEMS, MORE_OR_LESS));

        assertThat(result.total()).isEqualTo(Score.of(11));
    }

    @Test
    void scoresAFiveCategoryFormWorkedOutByHand() {
        Map<LonelinessItem, LonelinessAnswer> answers = new EnumMap<>(LonelinessItem.class);
        answers.put(SOMEONE_FOR_DAILY_PROBLEMS, STRONG_YES); // 1 (+): 0
        answers.put(MISSES_A_CLOSE_FRIEND, STRONG_YES); // 2 (−): 1
        answers.put(SENSE_OF_EMPTINESS, MORE_OR_LESS); // 3 (−): 1
        answers.put(PLENTY_TO_LEAN_ON, STRONG_NO); // 4 (+): 1
        answers.put(MISSES_COMPANY, NO); // 5 (−): 0
        answers.put(CIRCLE_TOO_LIMITED, STRONG_NO); // 6 (−): 0
        answers.put(MANY_TO_TRUST, MORE_OR_LESS); // 7 (+): 1
        answers.put(ENOUGH_TO_FEEL_CLOSE_TO, YES); // 8 (+): 0
        answers.put(MISSES_PEOPLE_AROUND, YES); // 9 (−): 1
        answers.put(OFTEN_FEELS_REJECTED, NO); // 10 (−): 0
        answers.put(FRIENDS_WHEN_NEEDED, NO); // 11 (+): 1

        LonelinessResult result = score(ELEVEN_ITEMS, FIVE_CATEGORIES, answers);

        assertThat(result.emotional()).isEqualTo(Score.of(3)); // 2, 3, 9
        assertThat(result.social()).isEqualTo(Score.of(3)); // 4, 7, 11
        assertThat(result.total()).isEqualTo(Score.of(6));
        assertThat(result.totalCategory()).contains(LonelinessCategory.MODERATELY_LONELY);
        assertThat(result.subscaleCategory(Subscale.EMOTIONAL)).contains(LonelinessCategory.LONELY);
        assertThat(result.subscaleCategory(Subscale.SOCIAL)).contains(LonelinessCategory.LONELY);
    }

    @Test
    void leavesTheTotalMissingWhenOneItemIsUnanswered() {
        // unlike the 6-item syntax, no count over the answered items: the 11-item rule is unconfirmed
        LonelinessResult result = score(
                ELEVEN_ITEMS,
                THREE_CATEGORIES,
                without(lonelyOn(ELEVEN_ITEMS, ELEVEN_ITEMS.items()), CIRCLE_TOO_LIMITED));

        assertThat(result.total()).isEqualTo(UNCONFIRMED);
        assertThat(result.totalCategory()).isEmpty();
        assertThat(result.unanswered()).containsExactly(CIRCLE_TOO_LIMITED);
    }

    @Test
    void keepsTheSubscaleWhoseItemsAreAllAnswered() {
        LonelinessResult result = score(
                ELEVEN_ITEMS,
                THREE_CATEGORIES,
                without(lonelyOn(ELEVEN_ITEMS, ELEVEN_ITEMS.items()), CIRCLE_TOO_LIMITED));

        assertThat(result.emotional()).isEqualTo(UNCONFIRMED);
        assertThat(result.social()).isEqualTo(Score.of(5));
    }

    @Test
    void leavesEveryFigureMissingWhenTwoItemsOfDifferentSubscalesAreUnanswered() {
        LonelinessResult result = score(
                ELEVEN_ITEMS,
                THREE_CATEGORIES,
                without(lonelyOn(ELEVEN_ITEMS, List.of()), MISSES_A_CLOSE_FRIEND, FRIENDS_WHEN_NEEDED));

        assertThat(result.total()).isEqualTo(UNCONFIRMED);
        assertThat(result.emotional()).isEqualTo(UNCONFIRMED);
        assertThat(result.social()).isEqualTo(UNCONFIRMED);
    }

    static Stream<Arguments> totalCategoryBoundaries() {
        // [VZ] [U10]: 0-2 niet eenzaam, 3-8 matig, 9-10 sterk, 11 zeer sterk eenzaam
        return Stream.of(
                Arguments.of(0, LonelinessCategory.NOT_LONELY),
                Arguments.of(2, LonelinessCategory.NOT_LONELY),
                Arguments.of(3, LonelinessCategory.MODERATELY_LONELY),
                Arguments.of(8, LonelinessCategory.MODERATELY_LONELY),
                Arguments.of(9, LonelinessCategory.SEVERELY_LONELY),
                Arguments.of(10, LonelinessCategory.SEVERELY_LONELY),
                Arguments.of(11, LonelinessCategory.VERY_SEVERELY_LONELY));
    }

    @ParameterizedTest
    @MethodSource("totalCategoryBoundaries")
    void categorisesTheTotalOnBothSidesOfEachCutOff(int lonelyAnswers, LonelinessCategory category) {
        LonelinessResult result = score(
                ELEVEN_ITEMS,
                THREE_CATEGORIES,
                lonelyOn(ELEVEN_ITEMS, ELEVEN_ITEMS.items().subList(0, lonelyAnswers)));

        assertThat(result.total()).isEqualTo(Score.of(lonelyAnswers));
        assertThat(result.totalCategory()).contains(category);
        // [VZ]: any total of 3 or more counts as "eenzaam"
        assertThat(result.totalCategory().orElseThrow().lonely()).isEqualTo(lonelyAnswers >= 3);
    }

    @ParameterizedTest
    @CsvSource({"0, NOT_LONELY", "2, NOT_LONELY", "3, LONELY", "6, LONELY"})
    void categorisesTheEmotionalSubscaleAsLonelyFromThreeUnfavourableAnswers(
            int lonelyAnswers, LonelinessCategory category) {
        // [VZ]: "sociaal of emotioneel eenzaam bij minstens drie ongunstige scores"
        LonelinessResult result = score(
                ELEVEN_ITEMS,
                THREE_CATEGORIES,
                lonelyOn(ELEVEN_ITEMS, ELEVEN_ITEM_EMOTIONAL.subList(0, lonelyAnswers)));

        assertThat(result.emotional()).isEqualTo(Score.of(lonelyAnswers));
        assertThat(result.subscaleCategory(Subscale.EMOTIONAL)).contains(category);
    }

    @ParameterizedTest
    @CsvSource({"2, NOT_LONELY", "3, LONELY", "5, LONELY"})
    void categorisesTheSocialSubscaleAsLonelyFromThreeUnfavourableAnswers(
            int lonelyAnswers, LonelinessCategory category) {
        LonelinessResult result = score(
                ELEVEN_ITEMS, THREE_CATEGORIES, lonelyOn(ELEVEN_ITEMS, ELEVEN_ITEM_SOCIAL.subList(0, lonelyAnswers)));

        assertThat(result.social()).isEqualTo(Score.of(lonelyAnswers));
        assertThat(result.subscaleCategory(Subscale.SOCIAL)).contains(category);
    }

    @Test
    void scoresEachStrongAnswerLikeTheAnswerOnItsSide() {
        // "ja!" counts like "ja" and "nee!" like "nee" on every item [DJG-man]
        assertThat(score(ELEVEN_ITEMS, FIVE_CATEGORIES, strengthened(lonelyOn(ELEVEN_ITEMS, ELEVEN_ITEMS.items())))
                        .total())
                .isEqualTo(Score.of(11));
        assertThat(score(ELEVEN_ITEMS, FIVE_CATEGORIES, strengthened(lonelyOn(ELEVEN_ITEMS, List.of())))
                        .total())
                .isEqualTo(Score.of(0));
    }

    private static Map<LonelinessItem, LonelinessAnswer> strengthened(Map<LonelinessItem, LonelinessAnswer> answers) {
        Map<LonelinessItem, LonelinessAnswer> strong = new EnumMap<>(LonelinessItem.class);
        answers.forEach((item, answer) -> strong.put(item, answer == YES ? STRONG_YES : STRONG_NO));
        return strong;
    }

    @Test
    void refusesAStrongNoOnAThreeCategoryForm() {
        Map<LonelinessItem, LonelinessAnswer> answers = lonelyOn(ELEVEN_ITEMS, List.of());
        answers.put(MANY_TO_TRUST, STRONG_NO);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LonelinessAnswers(ELEVEN_ITEMS, THREE_CATEGORIES, answers))
                .withMessageContaining("Item 7 (MANY_TO_TRUST)")
                .withMessageContaining("THREE_CATEGORIES");
    }

    @Test
    void refusesACategoryOfAScoreOutsideTheScale() {
        assertThatIllegalArgumentException().isThrownBy(() -> ELEVEN_ITEMS.totalCategory(12));
        assertThatIllegalArgumentException().isThrownBy(() -> ELEVEN_ITEMS.subscaleCategory(Subscale.SOCIAL, 6));
        assertThatIllegalArgumentException().isThrownBy(() -> ELEVEN_ITEMS.subscaleCategory(Subscale.FAMILY, 0));
    }
}

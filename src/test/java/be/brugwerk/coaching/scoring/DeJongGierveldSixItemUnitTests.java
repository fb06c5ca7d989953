package be.brugwerk.coaching.scoring;

import static be.brugwerk.coaching.scoring.LonelinessAnswer.MORE_OR_LESS;
import static be.brugwerk.coaching.scoring.LonelinessAnswer.NO;
import static be.brugwerk.coaching.scoring.LonelinessAnswer.STRONG_NO;
import static be.brugwerk.coaching.scoring.LonelinessAnswer.STRONG_YES;
import static be.brugwerk.coaching.scoring.LonelinessAnswer.YES;
import static be.brugwerk.coaching.scoring.LonelinessAnswerFormat.FIVE_CATEGORIES;
import static be.brugwerk.coaching.scoring.LonelinessAnswerFormat.THREE_CATEGORIES;
import static be.brugwerk.coaching.scoring.LonelinessForms.SIX_ITEM_EMOTIONAL;
import static be.brugwerk.coaching.scoring.LonelinessForms.SIX_ITEM_SOCIAL;
import static be.brugwerk.coaching.scoring.LonelinessForms.everyItem;
import static be.brugwerk.coaching.scoring.LonelinessForms.lonelyOn;
import static be.brugwerk.coaching.scoring.LonelinessForms.score;
import static be.brugwerk.coaching.scoring.LonelinessForms.without;
import static be.brugwerk.coaching.scoring.LonelinessItem.ENOUGH_TO_FEEL_CLOSE_TO;
import static be.brugwerk.coaching.scoring.LonelinessItem.MANY_TO_TRUST;
import static be.brugwerk.coaching.scoring.LonelinessItem.MISSES_COMPANY;
import static be.brugwerk.coaching.scoring.LonelinessItem.MISSES_PEOPLE_AROUND;
import static be.brugwerk.coaching.scoring.LonelinessItem.OFTEN_FEELS_REJECTED;
import static be.brugwerk.coaching.scoring.LonelinessItem.PLENTY_TO_LEAN_ON;
import static be.brugwerk.coaching.scoring.LonelinessItem.SENSE_OF_EMPTINESS;
import static be.brugwerk.coaching.scoring.LonelinessScale.SIX_ITEMS;
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
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 6-item De Jong Gierveld scale (de Jong Gierveld &amp; van Tilburg 2006) as INSTRUMENTS.md states it from the
 * manual [DJG-man] and CBS [CBS-nl] [CBS-en]: items in the CBS order 1 emptiness (−), 2 lean on (+), 3 trust (+),
 * 4 miss people (−), 5 feel close to (+), 6 rejected (−); total 0-6, subscales 0-3; the manual's SPSS syntax,
 * section 8, for unanswered items.
 */
class DeJongGierveldSixItemUnitTests {

    @Test
    void leavesEveryFigureMissingWhenNothingIsAnswered() {
        LonelinessResult result = score(SIX_ITEMS, THREE_CATEGORIES, Map.of());

        // manual syntax: six unanswered > 1, so lones = -1; every subscale has unanswered items
        assertThat(result.total()).isEqualTo(Score.missing(MissingReason.MORE_THAN_ONE_ITEM_UNANSWERED));
        assertThat(result.emotional()).isEqualTo(Score.missing(MissingReason.SUBSCALE_ITEM_UNANSWERED));
        assertThat(result.social()).isEqualTo(Score.missing(MissingReason.SUBSCALE_ITEM_UNANSWERED));
        assertThat(result.totalCategory()).isEmpty();
        assertThat(result.subscaleCategory(Subscale.EMOTIONAL)).isEmpty();
        assertThat(result.unanswered()).containsExactlyElementsOf(SIX_ITEMS.items());
    }

    @Test
    void scoresZeroWhenNoAnswerIsLonely() {
        LonelinessResult result = score(SIX_ITEMS, THREE_CATEGORIES, lonelyOn(SIX_ITEMS, List.of()));

        assertThat(result.total()).isEqualTo(Score.of(0));
        assertThat(result.emotional()).isEqualTo(Score.of(0));
        assertThat(result.social()).isEqualTo(Score.of(0));
        assertThat(result.totalCategory()).contains(LonelinessCategory.NOT_LONELY);
        assertThat(result.unanswered()).isEmpty();
        assertThat(result.totalNoteKey()).isEmpty();
    }

    @Test
    void scoresSixWhenEveryAnswerIsLonely() {
        LonelinessResult result = score(SIX_ITEMS, THREE_CATEGORIES, lonelyOn(SIX_ITEMS, SIX_ITEMS.items()));

        assertThat(result.total()).isEqualTo(Score.of(6));
        assertThat(result.emotional()).isEqualTo(Score.of(3));
        assertThat(result.social()).isEqualTo(Score.of(3));
        assertThat(result.totalCategory()).contains(LonelinessCategory.SEVERELY_LONELY);
    }

    @Test
    void scoresYesAsLonelyOnlyOnTheNegativeItems() {
        LonelinessResult result = score(SIX_ITEMS, THREE_CATEGORIES, everyItem(SIX_ITEMS, YES));

        // "ja" scores 1 on the negative items 1, 4, 6 and 0 on the positive items 2, 3, 5 [CBS-nl]
        assertThat(result.emotional()).isEqualTo(Score.of(3));
        assertThat(result.social()).isEqualTo(Score.of(0));
        assertThat(result.total()).isEqualTo(Score.of(3));
    }

    @Test
    void scoresNoAsLonelyOnlyOnThePositiveItems() {
        LonelinessResult result = score(SIX_ITEMS, THREE_CATEGORIES, everyItem(SIX_ITEMS, NO));

        // "nee" scores 1 on the reverse-coded positive items 2, 3, 5 and 0 on the negative items [CBS-nl]
        assertThat(result.emotional()).isEqualTo(Score.of(0));
        assertThat(result.social()).isEqualTo(Score.of(3));
        assertThat(result.total()).isEqualTo(Score.of(3));
    }

    @Test
    void scoresMoreOrLessAsLonelyOnEveryItem() {
        LonelinessResult result = score(SIX_ITEMS, THREE_CATEGORIES, everyItem(SIX_ITEMS, MORE_OR_LESS));

        // manual syntax: negative items count codes (2,3), positive items codes (1,2); 2 = more or less
        assertThat(result.total()).isEqualTo(Score.of(6));
        assertThat(result.emotional()).isEqualTo(Score.of(3));
        assertThat(result.social()).isEqualTo(Score.of(3));
    }

    @Test
    void scoresAFormWorkedOutByHand() {
        Map<LonelinessItem, LonelinessAnswer> answers = new EnumMap<>(LonelinessItem.class);
        answers.put(SENSE_OF_EMPTINESS, YES); // 1: negative, "ja" → 1
        answers.put(PLENTY_TO_LEAN_ON, YES); // 2: positive, "ja" → 0
        answers.put(MANY_TO_TRUST, MORE_OR_LESS); // 3: positive, "min of meer" → 1
        answers.put(MISSES_PEOPLE_AROUND, NO); // 4: negative, "nee" → 0
        answers.put(ENOUGH_TO_FEEL_CLOSE_TO, NO); // 5: positive, "nee" → 1
        answers.put(OFTEN_FEELS_REJECTED, MORE_OR_LESS); // 6: negative, "min of meer" → 1

        LonelinessResult result = score(SIX_ITEMS, THREE_CATEGORIES, answers);

        assertThat(result.emotional()).isEqualTo(Score.of(2)); // items 1, 4, 6: 1 + 0 + 1
        assertThat(result.social()).isEqualTo(Score.of(2)); // items 2, 3, 5: 0 + 1 + 1
        assertThat(result.total()).isEqualTo(Score.of(4));
        assertThat(result.totalCategory()).contains(LonelinessCategory.MODERATELY_LONELY);
        assertThat(result.subscaleCategory(Subscale.EMOTIONAL)).contains(LonelinessCategory.LONELY);
    }

    @Test
    void countsTheTotalOverTheFiveAnsweredItemsWhenOneItemIsUnanswered() {
        // the five answered items all lonely; item 4 (miss people, emotional) unanswered
        LonelinessResult result = score(
                SIX_ITEMS, THREE_CATEGORIES, without(lonelyOn(SIX_ITEMS, SIX_ITEMS.items()), MISSES_PEOPLE_AROUND));

        // manual syntax: mlones = 1, not > 1, so lones is the count over the five answered items
        assertThat(result.total()).isEqualTo(Score.of(5));
        // and its category is computed from that count: 5 is severely lonely
        assertThat(result.totalCategory()).contains(LonelinessCategory.SEVERELY_LONELY);
        assertThat(result.unanswered()).containsExactly(MISSES_PEOPLE_AROUND);
        assertThat(result.totalNoteKey()).contains("de-jong-gierveld-6.total.counted-over-five");
    }

    @Test
    void leavesOnlyTheSubscaleOfTheUnansweredItemMissing() {
        LonelinessResult result = score(
                SIX_ITEMS, THREE_CATEGORIES, without(lonelyOn(SIX_ITEMS, SIX_ITEMS.items()), MISSES_PEOPLE_AROUND));

        assertThat(result.emotional()).isEqualTo(Score.missing(MissingReason.SUBSCALE_ITEM_UNANSWERED));
        assertThat(result.subscaleCategory(Subscale.EMOTIONAL)).isEmpty();
        assertThat(result.social()).isEqualTo(Score.of(3));
        assertThat(result.subscaleCategory(Subscale.SOCIAL)).contains(LonelinessCategory.LONELY);
    }

    @Test
    void leavesTheSixItemTotalMissingWhenTwoItemsAreUnanswered() {
        LonelinessResult result = score(
                SIX_ITEMS,
                THREE_CATEGORIES,
                without(lonelyOn(SIX_ITEMS, SIX_ITEMS.items()), SENSE_OF_EMPTINESS, MISSES_PEOPLE_AROUND));

        // manual syntax: mlones = 2 > 1, so lones = -1
        assertThat(result.total()).isEqualTo(Score.missing(MissingReason.MORE_THAN_ONE_ITEM_UNANSWERED));
        assertThat(result.totalCategory()).isEmpty();
        // both unanswered items are emotional: the social subscale is whole and stands
        assertThat(result.emotional()).isEqualTo(Score.missing(MissingReason.SUBSCALE_ITEM_UNANSWERED));
        assertThat(result.social()).isEqualTo(Score.of(3));
    }

    @Test
    void leavesBothSubscalesMissingWhenEachHasAnUnansweredItem() {
        LonelinessResult result = score(
                SIX_ITEMS,
                THREE_CATEGORIES,
                without(lonelyOn(SIX_ITEMS, List.of()), SENSE_OF_EMPTINESS, MANY_TO_TRUST));

        assertThat(result.total().isMissing()).isTrue();
        assertThat(result.emotional()).isEqualTo(Score.missing(MissingReason.SUBSCALE_ITEM_UNANSWERED));
        assertThat(result.social()).isEqualTo(Score.missing(MissingReason.SUBSCALE_ITEM_UNANSWERED));
    }

    static Stream<Arguments> totalCategoryBoundaries() {
        // [DJG-man] [CBS-en] [CBS-nl]: 0-1 not lonely, 2-4 moderately lonely, 5-6 severely lonely
        return Stream.of(
                Arguments.of(0, LonelinessCategory.NOT_LONELY),
                Arguments.of(1, LonelinessCategory.NOT_LONELY),
                Arguments.of(2, LonelinessCategory.MODERATELY_LONELY),
                Arguments.of(4, LonelinessCategory.MODERATELY_LONELY),
                Arguments.of(5, LonelinessCategory.SEVERELY_LONELY),
                Arguments.of(6, LonelinessCategory.SEVERELY_LONELY));
    }

    @ParameterizedTest
    @MethodSource("totalCategoryBoundaries")
    void categorisesTheTotalOnBothSidesOfEachCutOff(int lonelyAnswers, LonelinessCategory category) {
        LonelinessResult result = score(
                SIX_ITEMS,
                THREE_CATEGORIES,
                lonelyOn(SIX_ITEMS, SIX_ITEMS.items().subList(0, lonelyAnswers)));

        assertThat(result.total()).isEqualTo(Score.of(lonelyAnswers));
        assertThat(result.totalCategory()).contains(category);
    }

    @ParameterizedTest
    @CsvSource({"0, NOT_LONELY", "1, LONELY", "3, LONELY"})
    void categorisesASubscaleAsLonelyFromOneLonelyAnswer(int lonelyAnswers, LonelinessCategory category) {
        // [DJG-man]: subscales 0 = not lonely, 1-3 = lonely
        LonelinessResult result =
                score(SIX_ITEMS, THREE_CATEGORIES, lonelyOn(SIX_ITEMS, SIX_ITEM_SOCIAL.subList(0, lonelyAnswers)));

        assertThat(result.social()).isEqualTo(Score.of(lonelyAnswers));
        assertThat(result.subscaleCategory(Subscale.SOCIAL)).contains(category);
        assertThat(result.emotional()).isEqualTo(Score.of(0));
        assertThat(result.subscaleCategory(Subscale.EMOTIONAL)).contains(LonelinessCategory.NOT_LONELY);
    }

    @Test
    void scoresTheStrongAnswersOfTheFiveCategoryFormatByTheirSide() {
        // "ja!" counts like "ja", "nee!" like "nee" [DJG-man]
        LonelinessResult strongYes = score(SIX_ITEMS, FIVE_CATEGORIES, everyItem(SIX_ITEMS, STRONG_YES));
        LonelinessResult strongNo = score(SIX_ITEMS, FIVE_CATEGORIES, everyItem(SIX_ITEMS, STRONG_NO));

        assertThat(strongYes.emotional()).isEqualTo(Score.of(3));
        assertThat(strongYes.social()).isEqualTo(Score.of(0));
        assertThat(strongNo.emotional()).isEqualTo(Score.of(0));
        assertThat(strongNo.social()).isEqualTo(Score.of(3));
    }

    @ParameterizedTest
    @EnumSource(LonelinessAnswer.class)
    void scoresTheSameInBothFormatsForTheAnswersTheyShare(LonelinessAnswer answer) {
        Map<LonelinessItem, LonelinessAnswer> answers = everyItem(SIX_ITEMS, answer);
        LonelinessResult five = score(SIX_ITEMS, FIVE_CATEGORIES, answers);

        if (THREE_CATEGORIES.offers(answer)) {
            assertThat(score(SIX_ITEMS, THREE_CATEGORIES, answers)).isEqualTo(five);
        }
        assertThat(five.total()).isEqualTo(Score.of(answer == MORE_OR_LESS ? 6 : 3));
    }

    @Test
    void refusesAStrongAnswerOnAThreeCategoryForm() {
        Map<LonelinessItem, LonelinessAnswer> answers = lonelyOn(SIX_ITEMS, List.of());
        answers.put(OFTEN_FEELS_REJECTED, STRONG_YES);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LonelinessAnswers(SIX_ITEMS, THREE_CATEGORIES, answers))
                .withMessageContaining("Item 6 (OFTEN_FEELS_REJECTED)")
                .withMessageContaining("STRONG_YES");
    }

    @Test
    void refusesAnItemOfTheElevenItemVersionOnly() {
        Map<LonelinessItem, LonelinessAnswer> answers = lonelyOn(SIX_ITEMS, List.of());
        answers.put(MISSES_COMPANY, YES);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LonelinessAnswers(SIX_ITEMS, THREE_CATEGORIES, answers))
                .withMessageContaining("MISSES_COMPANY")
                .withMessageContaining("11-item number 5");
    }

    @Test
    void refusesAnAnswerThatIsNull() {
        Map<LonelinessItem, LonelinessAnswer> answers = new EnumMap<>(LonelinessItem.class);
        answers.put(PLENTY_TO_LEAN_ON, null);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LonelinessAnswers(SIX_ITEMS, FIVE_CATEGORIES, answers))
                .withMessageContaining("Item 2 (PLENTY_TO_LEAN_ON)");
    }

    @Test
    void keepsTheAnswersItWasGiven() {
        Map<LonelinessItem, LonelinessAnswer> answers = lonelyOn(SIX_ITEMS, List.of());
        LonelinessAnswers form = new LonelinessAnswers(SIX_ITEMS, THREE_CATEGORIES, answers);

        answers.remove(SENSE_OF_EMPTINESS);

        assertThat(form.unanswered()).isEmpty();
        assertThat(form.answerTo(SENSE_OF_EMPTINESS)).contains(NO);
    }

    @Test
    void ordersTheItemsAsTheCbsForm() {
        // [CBS-nl] [CBS-en]: 11-item numbers 3, 4, 7, 9, 8, 10
        assertThat(SIX_ITEMS.items())
                .extracting(LonelinessItem::elevenItemNumber)
                .containsExactly(3, 4, 7, 9, 8, 10);
        assertThat(SIX_ITEMS.items())
                .filteredOn(item -> item.subscale() == Subscale.EMOTIONAL)
                .containsExactlyElementsOf(SIX_ITEM_EMOTIONAL);
        assertThat(SIX_ITEMS.textKey(ENOUGH_TO_FEEL_CLOSE_TO)).isEqualTo("de-jong-gierveld-6.item.5.text");
    }
}

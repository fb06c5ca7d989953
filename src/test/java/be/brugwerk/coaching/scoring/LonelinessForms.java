package be.brugwerk.coaching.scoring;

import static be.brugwerk.coaching.scoring.LonelinessAnswer.NO;
import static be.brugwerk.coaching.scoring.LonelinessAnswer.YES;
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

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Filled-in De Jong Gierveld forms, in the words of the questionnaire. The lonely and the not-lonely answer of
 * each item are written out here from the table in INSTRUMENTS.md (negative items 2, 3, 5, 6, 9, 10: "ja" is
 * lonely; positive items 1, 4, 7, 8, 11: "nee" is lonely), not taken from the engine, so the tests check the
 * engine's item directions instead of repeating them.
 */
final class LonelinessForms {

    static final Map<LonelinessItem, LonelinessAnswer> LONELY_ANSWER = Map.ofEntries(
            Map.entry(SOMEONE_FOR_DAILY_PROBLEMS, NO),
            Map.entry(MISSES_A_CLOSE_FRIEND, YES),
            Map.entry(SENSE_OF_EMPTINESS, YES),
            Map.entry(PLENTY_TO_LEAN_ON, NO),
            Map.entry(MISSES_COMPANY, YES),
            Map.entry(CIRCLE_TOO_LIMITED, YES),
            Map.entry(MANY_TO_TRUST, NO),
            Map.entry(ENOUGH_TO_FEEL_CLOSE_TO, NO),
            Map.entry(MISSES_PEOPLE_AROUND, YES),
            Map.entry(OFTEN_FEELS_REJECTED, YES),
            Map.entry(FRIENDS_WHEN_NEEDED, NO));

    static final Map<LonelinessItem, LonelinessAnswer> NOT_LONELY_ANSWER = Map.ofEntries(
            Map.entry(SOMEONE_FOR_DAILY_PROBLEMS, YES),
            Map.entry(MISSES_A_CLOSE_FRIEND, NO),
            Map.entry(SENSE_OF_EMPTINESS, NO),
            Map.entry(PLENTY_TO_LEAN_ON, YES),
            Map.entry(MISSES_COMPANY, NO),
            Map.entry(CIRCLE_TOO_LIMITED, NO),
            Map.entry(MANY_TO_TRUST, YES),
            Map.entry(ENOUGH_TO_FEEL_CLOSE_TO, YES),
            Map.entry(MISSES_PEOPLE_AROUND, NO),
            Map.entry(OFTEN_FEELS_REJECTED, NO),
            Map.entry(FRIENDS_WHEN_NEEDED, YES));

    static final List<LonelinessItem> ELEVEN_ITEM_EMOTIONAL = List.of(
            MISSES_A_CLOSE_FRIEND,
            SENSE_OF_EMPTINESS,
            MISSES_COMPANY,
            CIRCLE_TOO_LIMITED,
            MISSES_PEOPLE_AROUND,
            OFTEN_FEELS_REJECTED);
    static final List<LonelinessItem> ELEVEN_ITEM_SOCIAL = List.of(
            SOMEONE_FOR_DAILY_PROBLEMS, PLENTY_TO_LEAN_ON, MANY_TO_TRUST, ENOUGH_TO_FEEL_CLOSE_TO, FRIENDS_WHEN_NEEDED);
    static final List<LonelinessItem> SIX_ITEM_EMOTIONAL =
            List.of(SENSE_OF_EMPTINESS, MISSES_PEOPLE_AROUND, OFTEN_FEELS_REJECTED);
    static final List<LonelinessItem> SIX_ITEM_SOCIAL =
            List.of(PLENTY_TO_LEAN_ON, MANY_TO_TRUST, ENOUGH_TO_FEEL_CLOSE_TO);

    private LonelinessForms() {}

    /** Every item of {@code scale} answered: lonely on {@code lonelyItems}, not lonely on the others. */
    static Map<LonelinessItem, LonelinessAnswer> lonelyOn(
            LonelinessScale scale, Collection<LonelinessItem> lonelyItems) {
        Map<LonelinessItem, LonelinessAnswer> answers = new EnumMap<>(LonelinessItem.class);
        for (LonelinessItem item : scale.items()) {
            answers.put(item, lonelyItems.contains(item) ? LONELY_ANSWER.get(item) : NOT_LONELY_ANSWER.get(item));
        }
        return answers;
    }

    /** Every item of {@code scale} answered with {@code answer}. */
    static Map<LonelinessItem, LonelinessAnswer> everyItem(LonelinessScale scale, LonelinessAnswer answer) {
        Map<LonelinessItem, LonelinessAnswer> answers = new EnumMap<>(LonelinessItem.class);
        scale.items().forEach(item -> answers.put(item, answer));
        return answers;
    }

    /** {@code answers} with {@code unanswered} left out. */
    static Map<LonelinessItem, LonelinessAnswer> without(
            Map<LonelinessItem, LonelinessAnswer> answers, LonelinessItem... unanswered) {
        Map<LonelinessItem, LonelinessAnswer> left = new EnumMap<>(LonelinessItem.class);
        left.putAll(answers);
        for (LonelinessItem item : unanswered) {
            left.remove(item);
        }
        return left;
    }

    static LonelinessResult score(
            LonelinessScale scale, LonelinessAnswerFormat format, Map<LonelinessItem, LonelinessAnswer> answers) {
        return new DeJongGierveldScoring().score(new LonelinessAnswers(scale, format, answers));
    }
}

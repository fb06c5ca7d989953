package be.brugwerk.coaching.scoring;

import java.util.List;
import java.util.OptionalInt;

/**
 * Scores the De Jong Gierveld loneliness scale, 11 or 6 items, dichotomously as the manual does [DJG-man]
 * [CBS-nl]: each answered item scores 1 when its answer counts as lonely for its {@link ItemDirection}
 * (negative items “ja!”, “ja”, “min-of-meer”; positive items “nee!”, “nee”, “min-of-meer”), else 0.
 * The total counts the lonely answers over all items, each subscale over its own items (11 items: emotional
 * 2, 3, 5, 6, 9, 10 and social 1, 4, 7, 8, 11; 6 items: emotional 1, 4, 6 and social 2, 3, 5). Unanswered
 * items follow the version's {@link MissingDataRule}: the manual's SPSS syntax for 6 items, every item
 * answered for 11.
 * O(k) for k items. Stateless and thread-safe.
 */
public final class DeJongGierveldScoring implements InstrumentScoring<LonelinessAnswers, LonelinessResult> {

    @Override
    public LonelinessResult score(LonelinessAnswers answers) {
        LonelinessScale scale = answers.scale();
        MissingDataRule rule = scale.missingDataRule();
        return new LonelinessResult(
                scale,
                rule.total(itemPoints(answers, scale.items())),
                rule.subscale(itemPoints(answers, itemsOf(scale, Subscale.EMOTIONAL))),
                rule.subscale(itemPoints(answers, itemsOf(scale, Subscale.SOCIAL))),
                answers.unanswered());
    }

    private static List<LonelinessItem> itemsOf(LonelinessScale scale, Subscale subscale) {
        return scale.items().stream()
                .filter(item -> item.subscale() == subscale)
                .toList();
    }

    private static List<OptionalInt> itemPoints(LonelinessAnswers answers, List<LonelinessItem> items) {
        return items.stream()
                .map(item -> answers.answerTo(item)
                        .map(answer -> OptionalInt.of(item.direction().score(answer)))
                        .orElse(OptionalInt.empty()))
                .toList();
    }
}

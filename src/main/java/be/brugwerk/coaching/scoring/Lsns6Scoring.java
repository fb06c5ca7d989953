package be.brugwerk.coaching.scoring;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Scores the Lubben Social Network Scale, LSNS-6 (Lubben et al. 2006, The Gerontologist 46(4):503-513)
 * [LSNS-phenx] [LSNS-pub] [LSNS-bc]: the total is the equally weighted sum of the six answers' points (0-30),
 * the family subscale the sum over questions 1-3 and the friends subscale over questions 4-6 (0-15 each).
 * A total below the at-risk threshold is “at risk for social isolation”; the default threshold is 12 as in
 * Lubben et al. 2006, and some implementations use 13, i.e. 0-12 at risk [LSNS-nc]. No rule for unanswered
 * questions was retrieved, so a figure is computed only when every question of it is answered
 * ({@link MissingDataRule#EVERY_ITEM_ANSWERED}). The LSNS was developed for adults of 65 and over.
 * O(1). Immutable and thread-safe.
 */
public final class Lsns6Scoring implements InstrumentScoring<LsnsAnswers, Lsns6Result> {

    /** Lubben et al. 2006: a total below 12 is at risk for social isolation. */
    public static final int DEFAULT_AT_RISK_BELOW = 12;

    static final int MAXIMUM_TOTAL = LsnsItem.values().length * LsnsAnswer.NINE_OR_MORE.points();
    private static final MissingDataRule RULE = MissingDataRule.EVERY_ITEM_ANSWERED;

    private final int atRiskBelow;

    /** Scores with the default threshold, {@value #DEFAULT_AT_RISK_BELOW}. */
    public Lsns6Scoring() {
        this(DEFAULT_AT_RISK_BELOW);
    }

    /**
     * Scores with a total below {@code atRiskBelow} at risk; from 1 (a total of 0 at risk) to 31 (every total
     * at risk).
     */
    public Lsns6Scoring(int atRiskBelow) {
        this.atRiskBelow = requireThreshold(atRiskBelow);
    }

    static int requireThreshold(int atRiskBelow) {
        if (atRiskBelow < 1 || atRiskBelow > MAXIMUM_TOTAL + 1) {
            throw new IllegalArgumentException(
                    "The LSNS-6 at-risk threshold lies between 1 and " + (MAXIMUM_TOTAL + 1) + ": " + atRiskBelow);
        }
        return atRiskBelow;
    }

    @Override
    public Lsns6Result score(LsnsAnswers answers) {
        return new Lsns6Result(
                RULE.total(itemPoints(answers, List.of(LsnsItem.values()))),
                RULE.subscale(itemPoints(answers, itemsOf(Subscale.FAMILY))),
                RULE.subscale(itemPoints(answers, itemsOf(Subscale.FRIENDS))),
                atRiskBelow,
                answers.unanswered());
    }

    private static List<LsnsItem> itemsOf(Subscale subscale) {
        return Stream.of(LsnsItem.values())
                .filter(item -> item.subscale() == subscale)
                .toList();
    }

    private static List<OptionalInt> itemPoints(LsnsAnswers answers, List<LsnsItem> items) {
        return items.stream()
                .map(item -> answers.answerTo(item)
                        .map(answer -> OptionalInt.of(answer.points()))
                        .orElse(OptionalInt.empty()))
                .toList();
    }
}

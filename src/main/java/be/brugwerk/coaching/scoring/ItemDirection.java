package be.brugwerk.coaching.scoring;

import java.util.Set;

/**
 * The wording of a De Jong Gierveld statement, which decides which answers count as lonely (score 1) in the
 * dichotomous scoring of the manual [DJG-man] [CBS-nl]: on a negatively worded item “ja!”, “ja” and
 * “min-of-meer”; on a positively worded (reverse-coded) item “nee!”, “nee” and “min-of-meer”.
 * “Min of meer” counts as lonely in both directions. O(1).
 */
public enum ItemDirection {
    /** A statement of loneliness, e.g. “Ik ervaar een leegte om me heen.”. */
    NEGATIVE(Set.of(LonelinessAnswer.MORE_OR_LESS, LonelinessAnswer.YES, LonelinessAnswer.STRONG_YES)),
    /** A statement of embeddedness, e.g. “Ik heb veel mensen op wie ik volledig kan vertrouwen.”. */
    POSITIVE(Set.of(LonelinessAnswer.STRONG_NO, LonelinessAnswer.NO, LonelinessAnswer.MORE_OR_LESS));

    private final Set<LonelinessAnswer> lonelyAnswers;

    ItemDirection(Set<LonelinessAnswer> lonelyAnswers) {
        this.lonelyAnswers = lonelyAnswers;
    }

    /** The item's score: 1 when {@code answer} counts as lonely, else 0. */
    public int score(LonelinessAnswer answer) {
        return lonelyAnswers.contains(answer) ? 1 : 0;
    }
}

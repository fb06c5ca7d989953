package be.brugwerk.coaching.scoring;

import java.util.List;

/**
 * The answer categories a De Jong Gierveld form offers [DJG-man] [VZ]: three (“nee / min of meer / ja”),
 * which the manual calls sufficient for face-to-face and telephone interviews, or five (“nee!, nee,
 * min-of-meer, ja, ja!”) for self-completion. The dichotomous scoring makes both formats give the same
 * scores ({@link ItemDirection}).
 */
public enum LonelinessAnswerFormat {
    THREE_CATEGORIES("three", List.of(LonelinessAnswer.NO, LonelinessAnswer.MORE_OR_LESS, LonelinessAnswer.YES)),
    FIVE_CATEGORIES("five", List.of(LonelinessAnswer.values()));

    private final String key;
    private final List<LonelinessAnswer> answers;

    LonelinessAnswerFormat(String key, List<LonelinessAnswer> answers) {
        this.key = key;
        this.answers = answers;
    }

    /** The answers of this format, from most “no” to most “yes”. */
    public List<LonelinessAnswer> answers() {
        return answers;
    }

    public boolean offers(LonelinessAnswer answer) {
        return answers.contains(answer);
    }

    /**
     * The message key of {@code answer}'s label in this format, e.g.
     * {@code de-jong-gierveld.answer.five.strong-no}.
     */
    public String labelKey(LonelinessAnswer answer) {
        if (!offers(answer)) {
            throw new IllegalArgumentException(this + " does not offer " + answer);
        }
        return "de-jong-gierveld.answer." + key + "." + answer.key();
    }
}

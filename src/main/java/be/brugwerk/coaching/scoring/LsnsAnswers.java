package be.brugwerk.coaching.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The raw answers of one administration of the LSNS-6: the answer to each answered question; a question
 * without an answer is unanswered. Immutable.
 *
 * @param answers the answer per answered question
 */
public record LsnsAnswers(Map<LsnsItem, LsnsAnswer> answers) {

    public LsnsAnswers {
        Objects.requireNonNull(answers, "answers");
        Map<LsnsItem, LsnsAnswer> checked = new EnumMap<>(LsnsItem.class);
        answers.forEach((item, answer) -> {
            Objects.requireNonNull(item, "item");
            if (answer == null) {
                throw new IllegalArgumentException("LSNS-6 item " + item.number() + " (" + item
                        + "): no answer; leave an unanswered question out");
            }
            checked.put(item, answer);
        });
        answers = Collections.unmodifiableMap(checked);
    }

    /**
     * The answers from their codes 0 to 5, as a form or a file gives them; a code outside 0 to 5 is refused
     * with an {@link IllegalArgumentException} naming the question.
     */
    public static LsnsAnswers coded(Map<LsnsItem, Integer> codes) {
        Map<LsnsItem, LsnsAnswer> answers = new EnumMap<>(LsnsItem.class);
        codes.forEach((item, code) -> {
            if (code == null) {
                throw new IllegalArgumentException("LSNS-6 item " + item.number() + " (" + item
                        + "): no answer code; leave an unanswered question out");
            }
            answers.put(item, LsnsAnswer.coded(item, code));
        });
        return new LsnsAnswers(answers);
    }

    public Optional<LsnsAnswer> answerTo(LsnsItem item) {
        return Optional.ofNullable(answers.get(item));
    }

    /** The questions without an answer, in the form's order. */
    public List<LsnsItem> unanswered() {
        return Stream.of(LsnsItem.values())
                .filter(item -> !answers.containsKey(item))
                .toList();
    }
}

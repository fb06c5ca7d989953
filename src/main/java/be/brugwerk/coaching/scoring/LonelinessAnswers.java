package be.brugwerk.coaching.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The raw answers of one administration of the De Jong Gierveld scale: the version, the answer format of the
 * form, and the answer to each answered item; an item without an answer is unanswered. Checked up front: every
 * item belongs to the version and every answer to the format, else an {@link IllegalArgumentException} naming
 * the item. Immutable.
 *
 * @param scale the version filled in
 * @param format the answer categories the form offered
 * @param answers the answer per answered item
 */
public record LonelinessAnswers(
        LonelinessScale scale, LonelinessAnswerFormat format, Map<LonelinessItem, LonelinessAnswer> answers) {

    public LonelinessAnswers {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(answers, "answers");
        Map<LonelinessItem, LonelinessAnswer> checked = new EnumMap<>(LonelinessItem.class);
        answers.forEach((item, answer) -> {
            Objects.requireNonNull(item, "item");
            if (!scale.includes(item)) {
                throw new IllegalArgumentException("Item " + item + " (11-item number " + item.elevenItemNumber()
                        + ") is not part of the " + scale + " version");
            }
            if (answer == null || !format.offers(answer)) {
                throw new IllegalArgumentException("Item " + scale.numberOf(item) + " (" + item + ") of the "
                        + scale + " version: " + answer + " is not an answer of the " + format + " format "
                        + format.answers());
            }
            checked.put(item, answer);
        });
        answers = Collections.unmodifiableMap(checked);
    }

    public Optional<LonelinessAnswer> answerTo(LonelinessItem item) {
        return Optional.ofNullable(answers.get(item));
    }

    /** The version's items without an answer, in the form's order. */
    public List<LonelinessItem> unanswered() {
        return scale.items().stream().filter(item -> !answers.containsKey(item)).toList();
    }
}

package be.brugwerk.matching.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pair the matching proposes to the coordinator, with the explanation of its score.
 *
 * @param participantId the waiting participant
 * @param buddyId the buddy
 * @param score the sum of the explanation's points, fit plus waiting
 * @param explanation one part per {@link Criterion}, in the enum's order
 * @param fixedByCoordinator true when the coordinator made this pair by hand
 */
public record ProposedPair(
        String participantId,
        String buddyId,
        BigDecimal score,
        List<ScorePart> explanation,
        boolean fixedByCoordinator) {

    public ProposedPair {
        explanation = List.copyOf(explanation);
        BigDecimal sum = explanation.stream().map(ScorePart::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(score) != 0) {
            throw new IllegalArgumentException("The explanation of " + participantId + "-" + buddyId + " adds up to "
                    + sum + ", not its score " + score);
        }
    }
}

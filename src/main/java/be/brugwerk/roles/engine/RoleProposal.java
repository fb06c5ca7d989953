package be.brugwerk.roles.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A participant proposed for a role, and why.
 *
 * @param roleId the role
 * @param participantId the participant
 * @param score the sum of the explanation's points
 * @param explanation one part per {@link RoleCriterion}, in the enum's order
 * @param kilometres the distance from the participant's nearest own place to the role's place, or null when unknown
 */
public record RoleProposal(
        String roleId, String participantId, BigDecimal score, List<ReasonPart> explanation, Double kilometres) {

    public RoleProposal {
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(participantId, "participantId");
        explanation = List.copyOf(explanation);
        BigDecimal sum = explanation.stream().map(ReasonPart::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(score) != 0) {
            throw new IllegalArgumentException("The explanation of " + participantId + " for " + roleId + " adds up to "
                    + sum + ", not its score " + score);
        }
    }
}

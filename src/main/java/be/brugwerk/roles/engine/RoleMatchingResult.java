package be.brugwerk.roles.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a run proposes.
 *
 * @param proposals by role id, then participant id
 * @param unmatched the candidates proposed for no role, by id
 * @param candidatePairs how many participant-role pairs passed the hard rules
 */
public record RoleMatchingResult(List<RoleProposal> proposals, List<String> unmatched, int candidatePairs) {

    public RoleMatchingResult {
        proposals = List.copyOf(proposals);
        unmatched = List.copyOf(unmatched);
    }

    /** The sum of the proposals' scores: what the run maximises. */
    public BigDecimal totalScore() {
        return proposals.stream().map(RoleProposal::score).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

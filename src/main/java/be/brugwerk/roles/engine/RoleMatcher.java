package be.brugwerk.roles.engine;

import java.util.List;

/**
 * Proposes participants for open valued roles, a role up to its open places and a participant for at most one role
 * a run, each proposal with an explanation of its score.
 */
public interface RoleMatcher {

    /**
     * Runs the matching; never returns null.
     *
     * @throws IllegalArgumentException naming the id when two roles or two candidates share one
     */
    RoleMatchingResult match(List<OpenRole> roles, List<Candidate> candidates, RoleMatchingRules rules);
}

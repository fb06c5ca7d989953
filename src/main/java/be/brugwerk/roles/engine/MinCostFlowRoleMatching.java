package be.brugwerk.roles.engine;

import be.brugwerk.matching.engine.BMatchingProblem;
import be.brugwerk.matching.engine.BMatchingResult;
import be.brugwerk.matching.engine.BMatchingSolver;
import be.brugwerk.matching.engine.MatchingNode;
import be.brugwerk.matching.engine.MinCostFlowBMatching;
import be.brugwerk.matching.engine.ScoredEdge;
import be.brugwerk.matching.engine.TieBreak;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Role matching as one maximum-weight b-matching, on the buddy matching's solver ({@link MinCostFlowBMatching}, OR-Tools
 * min-cost flow): participants on the left with capacity 1 (one proposal each a run, so that nobody is asked to take on
 * several roles at once and the roles are spread over more people), roles on the right with capacity their open
 * places, an edge for every pair that passes the hard rules of {@link RoleScoring}, weighted by its score in integer
 * thousandths of a point, so the optimum is exact. The matching maximises the sum of the proposals' scores; it need
 * not fill every role nor propose every participant.
 *
 * <p>Determinism: participants enter the flow by id and roles by id, whatever the order of the input, and the solver
 * breaks ties towards the participant with the smaller id ({@link TieBreak#EARLIER_LEFT_FIRST}).
 *
 * <p>Complexity: O(P &middot; R) scorings for P participants and R roles, then the min-cost flow on P + R + 2 nodes
 * and 2P + R + E arcs for E candidate pairs (see {@link MinCostFlowBMatching}).
 */
public final class MinCostFlowRoleMatching implements RoleMatcher {

    private final BMatchingSolver solver;

    /** Matching on OR-Tools min-cost flow, ties to the smaller participant id. */
    public MinCostFlowRoleMatching() {
        this(new MinCostFlowBMatching(TieBreak.EARLIER_LEFT_FIRST));
    }

    /** Matching on the given solver. */
    public MinCostFlowRoleMatching(BMatchingSolver solver) {
        this.solver = Objects.requireNonNull(solver, "solver");
    }

    @Override
    public RoleMatchingResult match(List<OpenRole> roles, List<Candidate> candidates, RoleMatchingRules rules) {
        Objects.requireNonNull(rules, "rules");
        Map<String, OpenRole> roleById = byId(roles, OpenRole::id, "role");
        Map<String, Candidate> candidateById = byId(candidates, Candidate::id, "candidate");
        List<OpenRole> sortedRoles =
                roles.stream().sorted(Comparator.comparing(OpenRole::id)).toList();
        List<Candidate> sortedCandidates =
                candidates.stream().sorted(Comparator.comparing(Candidate::id)).toList();

        RoleScoring scoring = new RoleScoring(rules);
        List<ScoredEdge> edges = new ArrayList<>();
        for (Candidate candidate : sortedCandidates) {
            for (OpenRole role : sortedRoles) {
                if (scoring.allows(candidate, role)) {
                    edges.add(new ScoredEdge(candidate.id(), role.id(), scoring.milliPoints(candidate, role)));
                }
            }
        }

        List<RoleProposal> proposals = new ArrayList<>();
        if (!edges.isEmpty()) {
            BMatchingResult matching = solver.solve(new BMatchingProblem(
                    sortedCandidates.stream()
                            .map(candidate -> MatchingNode.of(candidate.id()))
                            .toList(),
                    sortedRoles.stream()
                            .map(role -> new MatchingNode(role.id(), role.openPlaces()))
                            .toList(),
                    edges));
            for (ScoredEdge chosen : matching.pairs()) {
                proposals.add(scoring.explain(candidateById.get(chosen.left()), roleById.get(chosen.right())));
            }
        }
        proposals.sort(Comparator.comparing(RoleProposal::roleId).thenComparing(RoleProposal::participantId));
        Set<String> proposed = new HashSet<>();
        proposals.forEach(proposal -> proposed.add(proposal.participantId()));
        List<String> unmatched = sortedCandidates.stream()
                .map(Candidate::id)
                .filter(id -> !proposed.contains(id))
                .toList();
        return new RoleMatchingResult(proposals, unmatched, edges.size());
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id, String what) {
        Map<String, T> byId = new HashMap<>();
        for (T item : items) {
            Objects.requireNonNull(item, what);
            if (byId.put(id.apply(item), item) != null) {
                throw new IllegalArgumentException("The " + what + " " + id.apply(item) + " appears twice");
            }
        }
        return byId;
    }
}

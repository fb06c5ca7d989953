package be.brugwerk.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Buddy matching of a whole waiting list in one min-cost flow.
 *
 * <ol>
 * <li>CANDIDATES: every participant-buddy pair that passes the programme's hard constraints
 * ({@code mustShareLanguage}, distance limits, age limits, gender wishes when they are requirements), is
 * not excluded by the coordinator and involves neither a participant fixed by hand nor a buddy whose
 * capacity the fixed pairs fill. A spatial index ({@code NearbyBuddies}) limits the pairs checked to
 * buddies that can lie within the programme's maximum distance: O(P &middot; k + B) for k buddies near a
 * participant, O(P &middot; B) when places have no coordinates.</li>
 * <li>SCORING: each candidate pair, and each fixed pair, gets fit(p, b) + waiting(p) as explained parts
 * (see {@link Criterion}; formulas in the scoring's Javadoc), exact to 3 decimals.</li>
 * <li>SOLVING: a maximum-weight b-matching with participants of capacity 1 and buddies of their remaining
 * capacity, on {@link MinCostFlowBMatching}, whose flow network gives every participant an arc to the
 * sink that leaves them on the waiting list. Weighting pair edges with fit + waiting and that arc with 0
 * is the same problem as weighting pair edges with fit and the stay-on-the-waiting-list arc with cost
 * waiting(p): the two objectives differ by the constant &Sigma;<sub>p</sub> waiting(p). Scores enter the flow
 * in integer thousandths of a point, so the optimum is exact.</li>
 * </ol>
 *
 * <p>Determinism: participants enter the flow in waiting-list order (entry date, then id) and buddies by
 * id, whatever the order of the request, and the solver runs with {@link TieBreak#EARLIER_LEFT_FIRST}, so
 * among equally good proposals the participant who entered the list earlier, then the smaller id, is
 * matched. With equal fit the longer wait wins because waiting adds points; at exactly the trade-off
 * (D days against P points) the two are equal and the tie-break picks the longer waiter. The tie-break
 * multiplies costs by about K &middot; P (K the matching size); where that would overflow int64 costs (see
 * {@link MinCostFlowBMatching}; P<sup>3</sup> times the largest score must stay below about 2<sup>61</sup>, which
 * with scores up to about 260 points is between 15,000 and 20,000 participants)
 * ties fall to the solver, still the same for the same input in any order, and the result says so in
 * {@link MatchingResult#tiesBrokenByWaitingListOrder()}.
 *
 * <p>Complexity: O(P &middot; k + B) for candidates, O(E) scorings for E candidate pairs, then the min-cost
 * flow on P + B + 2 nodes and 2P + B + E arcs.
 */
public final class WaitingListMatching implements BuddyMatcher {

    private static final Comparator<Participant> WAITING_LIST_ORDER =
            Comparator.comparing(Participant::waitingSince).thenComparing(Participant::id);

    private final BMatchingSolver solver;

    /** Matching on OR-Tools min-cost flow with the waiting-list tie-break. */
    public WaitingListMatching() {
        this(new MinCostFlowBMatching(TieBreak.EARLIER_LEFT_FIRST));
    }

    /** Matching on the given solver; it should break ties by left order for the determinism above. */
    public WaitingListMatching(BMatchingSolver solver) {
        this.solver = Objects.requireNonNull(solver, "solver");
    }

    @Override
    public MatchingResult match(MatchingRequest request, MatchingProgress progress) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(progress, "progress");

        progress.entered(MatchingPhase.CANDIDATES);
        List<Participant> queue =
                request.waiting().stream().sorted(WAITING_LIST_ORDER).toList();
        List<Buddy> buddies = request.buddies().stream()
                .sorted(Comparator.comparing(Buddy::id))
                .toList();
        Map<String, String> fixedBuddyOf = new HashMap<>();
        Map<String, Integer> remainingCapacity = new HashMap<>();
        buddies.forEach(buddy -> remainingCapacity.put(buddy.id(), buddy.capacity()));
        for (PairIds fixed : request.fixedPairs()) {
            fixedBuddyOf.put(fixed.participantId(), fixed.buddyId());
            remainingCapacity.merge(fixed.buddyId(), -1, Integer::sum);
        }
        List<Participant> open = queue.stream()
                .filter(participant -> !fixedBuddyOf.containsKey(participant.id()))
                .toList();
        List<Buddy> available = buddies.stream()
                .filter(buddy -> remainingCapacity.get(buddy.id()) > 0)
                .toList();
        CandidateFilter filter = new CandidateFilter(request.rules());
        NearbyBuddies nearby = new NearbyBuddies(available, request.rules().maxDistanceKm());
        List<Participant> candidateParticipants = new ArrayList<>();
        List<Buddy> candidateBuddies = new ArrayList<>();
        for (Participant participant : open) {
            for (Buddy buddy : nearby.near(participant)) {
                if (!request.excludedPairs().contains(new PairIds(participant.id(), buddy.id()))
                        && filter.allows(participant, buddy)) {
                    candidateParticipants.add(participant);
                    candidateBuddies.add(buddy);
                }
            }
        }

        progress.entered(MatchingPhase.SCORING);
        PairScoring scoring = new PairScoring(request.rules());
        Map<String, Long> waitingMilliPoints = new HashMap<>();
        open.forEach(participant ->
                waitingMilliPoints.put(participant.id(), scoring.waitingMilliPoints(participant, request.today())));
        List<ScoredEdge> candidates = new ArrayList<>(candidateParticipants.size());
        for (int i = 0; i < candidateParticipants.size(); i++) {
            Participant participant = candidateParticipants.get(i);
            long milliPoints = scoring.fitMilliPoints(participant, candidateBuddies.get(i))
                    + waitingMilliPoints.get(participant.id());
            // thousandths of a point are integers, which the solver optimises exactly
            candidates.add(
                    new ScoredEdge(participant.id(), candidateBuddies.get(i).id(), milliPoints));
        }

        progress.entered(MatchingPhase.SOLVING);
        Map<String, Participant> participantById = new HashMap<>();
        queue.forEach(participant -> participantById.put(participant.id(), participant));
        Map<String, Buddy> buddyById = new HashMap<>();
        buddies.forEach(buddy -> buddyById.put(buddy.id(), buddy));
        List<ProposedPair> proposed = new ArrayList<>();
        for (PairIds fixed : request.fixedPairs()) {
            proposed.add(scoring.explain(
                    participantById.get(fixed.participantId()), buddyById.get(fixed.buddyId()), request.today(), true));
        }
        boolean tiesBrokenByWaitingListOrder = true;
        if (!candidates.isEmpty()) {
            BMatchingResult matching = solve(open, available, remainingCapacity, candidates);
            tiesBrokenByWaitingListOrder = matching.tieBreakApplied();
            for (ScoredEdge chosen : matching.pairs()) {
                proposed.add(scoring.explain(
                        participantById.get(chosen.left()), buddyById.get(chosen.right()), request.today(), false));
            }
        }
        MatchingResult result = result(queue, proposed, candidates.size(), tiesBrokenByWaitingListOrder);
        progress.entered(MatchingPhase.DONE);
        return result;
    }

    private BMatchingResult solve(
            List<Participant> open,
            List<Buddy> available,
            Map<String, Integer> remainingCapacity,
            List<ScoredEdge> candidates) {
        List<MatchingNode> left = open.stream()
                .map(participant -> MatchingNode.of(participant.id()))
                .toList();
        List<MatchingNode> right = available.stream()
                .map(buddy -> new MatchingNode(buddy.id(), remainingCapacity.get(buddy.id())))
                .toList();
        return solver.solve(new BMatchingProblem(left, right, candidates));
    }

    private static MatchingResult result(
            List<Participant> queue,
            List<ProposedPair> proposed,
            int candidateCount,
            boolean tiesBrokenByWaitingListOrder) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < queue.size(); i++) {
            position.put(queue.get(i).id(), i);
        }
        List<ProposedPair> pairs = proposed.stream()
                .sorted(Comparator.<ProposedPair>comparingInt(pair -> position.get(pair.participantId()))
                        .thenComparing(ProposedPair::buddyId))
                .toList();
        Set<String> matched = new HashSet<>();
        pairs.forEach(pair -> matched.add(pair.participantId()));
        List<String> stillWaiting = queue.stream()
                .map(Participant::id)
                .filter(id -> !matched.contains(id))
                .toList();
        MatchingOutcome outcome =
                pairs.isEmpty() && candidateCount == 0 ? MatchingOutcome.NO_CANDIDATES : MatchingOutcome.PAIRS_PROPOSED;
        return new MatchingResult(outcome, pairs, stillWaiting, candidateCount, tiesBrokenByWaitingListOrder);
    }
}

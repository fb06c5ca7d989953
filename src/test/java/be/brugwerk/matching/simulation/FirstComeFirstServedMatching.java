package be.brugwerk.matching.simulation;

import be.brugwerk.matching.engine.Buddy;
import be.brugwerk.matching.engine.BuddyMatcher;
import be.brugwerk.matching.engine.MatchingRequest;
import be.brugwerk.matching.engine.MatchingResult;
import be.brugwerk.matching.engine.Participant;
import be.brugwerk.matching.engine.ProgrammeRules;
import be.brugwerk.matching.engine.ProposedPair;
import be.brugwerk.matching.engine.WaitingListMatching;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The baseline a coordinator follows by hand: first come, first served. Participants are taken one at a
 * time in waiting-list order (entry date, then id); each gets one buddy with a free place that passes the
 * programme's hard constraints, chosen by the {@link BuddyChoice}, and that place is gone for everyone
 * after them. A participant for whom no such buddy is left stays waiting; nobody's choice is revisited.
 *
 * <p>Hard constraints and scores are the engine's own: whether a pair is allowed, and its explained score,
 * come from {@link WaitingListMatching} run on that one participant, so the pairs of this baseline and of
 * the whole-list matching are judged by the same rules. Before asking the engine, buddies out of the
 * programme's distance or without a shared language (when the programme requires one) are skipped; those
 * two checks only narrow the buddies the engine sees and never admit a pair the engine would refuse.
 *
 * <p>Cost: O(P &middot; B) distance checks for P waiting and B buddies with a free place, plus one engine run
 * on one participant and its nearby buddies per participant (BEST_FIT) or per buddy tried (NEAREST).
 */
public final class FirstComeFirstServedMatching {

    /** How the coordinator picks among the buddies allowed for the longest-waiting participant. */
    public enum BuddyChoice {
        /** The buddy with the highest fit by the engine's scoring: a coordinator who weighs every profile. */
        BEST_FIT,
        /** The nearest buddy, then the smaller id: a coordinator working from a map. */
        NEAREST
    }

    private static final Comparator<Participant> WAITING_LIST_ORDER =
            Comparator.comparing(Participant::waitingSince).thenComparing(Participant::id);

    private final BuddyChoice choice;
    private final BuddyMatcher engine = new WaitingListMatching();

    public FirstComeFirstServedMatching(BuddyChoice choice) {
        this.choice = Objects.requireNonNull(choice, "choice");
    }

    /**
     * The pairs formed for the request's waiting list, in the order they were made (waiting-list order).
     * Coordinator decisions are not part of this baseline, so the request must fix and exclude no pairs.
     */
    public List<ProposedPair> match(MatchingRequest request) {
        if (!request.fixedPairs().isEmpty() || !request.excludedPairs().isEmpty()) {
            throw new IllegalArgumentException("The first-come-first-served baseline takes no fixed or excluded pairs");
        }
        List<Buddy> buddiesById = request.buddies().stream()
                .sorted(Comparator.comparing(Buddy::id))
                .toList();
        Map<String, Integer> freePlaces = new HashMap<>();
        buddiesById.forEach(buddy -> freePlaces.put(buddy.id(), buddy.capacity()));
        List<ProposedPair> pairs = new ArrayList<>();
        for (Participant participant :
                request.waiting().stream().sorted(WAITING_LIST_ORDER).toList()) {
            List<Buddy> reachable = buddiesById.stream()
                    .filter(buddy ->
                            freePlaces.get(buddy.id()) > 0 && mayBeAllowed(participant, buddy, request.rules()))
                    .map(buddy -> new Buddy(buddy.id(), buddy.profile(), 1))
                    .toList();
            ProposedPair pair = switch (choice) {
                case BEST_FIT -> bestFit(participant, reachable, request);
                case NEAREST -> nearest(participant, reachable, request);
            };
            if (pair != null) {
                pairs.add(pair);
                freePlaces.merge(pair.buddyId(), -1, Integer::sum);
            }
        }
        return pairs;
    }

    private ProposedPair bestFit(Participant participant, List<Buddy> reachable, MatchingRequest request) {
        // with one participant the waiting part is the same on every edge, so the engine's optimum is the best fit
        return reachable.isEmpty() ? null : onlyPair(engine.match(alone(participant, reachable, request)));
    }

    private ProposedPair nearest(Participant participant, List<Buddy> reachable, MatchingRequest request) {
        List<Buddy> byDistance = reachable.stream()
                .sorted(Comparator.<Buddy>comparingDouble(buddy -> distanceOrInfinity(participant, buddy))
                        .thenComparing(Buddy::id))
                .toList();
        for (Buddy buddy : byDistance) {
            ProposedPair pair = onlyPair(engine.match(alone(participant, List.of(buddy), request)));
            if (pair != null) {
                return pair;
            }
        }
        return null;
    }

    private static MatchingRequest alone(Participant participant, List<Buddy> buddies, MatchingRequest request) {
        return new MatchingRequest(List.of(participant), buddies, request.rules(), request.today(), Set.of(), Set.of());
    }

    private static ProposedPair onlyPair(MatchingResult result) {
        return result.pairs().isEmpty() ? null : result.pairs().get(0);
    }

    /** Necessary conditions of the engine's hard constraints, cheap enough to test against every buddy. */
    private static boolean mayBeAllowed(Participant participant, Buddy buddy, ProgrammeRules rules) {
        OptionalDouble distance =
                participant.profile().place().distanceKmTo(buddy.profile().place());
        if (distance.isPresent() && distance.getAsDouble() > rules.maxDistanceKm()) {
            return false;
        }
        return !rules.mustShareLanguage()
                || participant.profile().languages().stream()
                        .anyMatch(mine -> buddy.profile().languages().stream()
                                .anyMatch(theirs -> theirs.language().equals(mine.language())));
    }

    private static double distanceOrInfinity(Participant participant, Buddy buddy) {
        return participant
                .profile()
                .place()
                .distanceKmTo(buddy.profile().place())
                .orElse(Double.POSITIVE_INFINITY);
    }
}

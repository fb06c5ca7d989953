package be.brugwerk.matching.engine;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One matching run of a programme: the whole waiting list, the approved buddies, the programme's rules,
 * and the coordinator's decisions. Checked up front; every problem is an {@link IllegalArgumentException}
 * that names the id at fault.
 *
 * @param waiting participants on the waiting list, ids unique, none entered after {@code today}
 * @param buddies approved buddies, ids unique
 * @param rules the programme's rules
 * @param today the day of the run, from which waiting days are counted
 * @param fixedPairs pairs the coordinator made by hand: always proposed, even against hard constraints;
 *     a participant at most once, a buddy at most its capacity
 * @param excludedPairs pairs the coordinator rejected: never proposed; none of them also fixed
 */
public record MatchingRequest(
        List<Participant> waiting,
        List<Buddy> buddies,
        ProgrammeRules rules,
        LocalDate today,
        Set<PairIds> fixedPairs,
        Set<PairIds> excludedPairs) {

    public MatchingRequest {
        waiting = List.copyOf(waiting);
        buddies = List.copyOf(buddies);
        fixedPairs = Set.copyOf(fixedPairs);
        excludedPairs = Set.copyOf(excludedPairs);
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(today, "today");
        Map<String, Participant> participantsById = uniqueById(waiting, Participant::id, "participant");
        Map<String, Buddy> buddiesById = uniqueById(buddies, Buddy::id, "buddy");
        for (Participant participant : waiting) {
            if (participant.waitingSince().isAfter(today)) {
                throw new IllegalArgumentException("Participant " + participant.id() + " entered the waiting list on "
                        + participant.waitingSince() + ", after the day of the run " + today);
            }
        }
        checkKnown(fixedPairs, "fixed", participantsById.keySet(), buddiesById.keySet());
        checkKnown(excludedPairs, "excluded", participantsById.keySet(), buddiesById.keySet());
        Set<String> fixedParticipants = new HashSet<>();
        Map<String, Integer> fixedPerBuddy = new HashMap<>();
        for (PairIds pair : fixedPairs) {
            if (excludedPairs.contains(pair)) {
                throw new IllegalArgumentException(
                        "Pair " + pair.participantId() + "-" + pair.buddyId() + " is both fixed and excluded");
            }
            if (!fixedParticipants.add(pair.participantId())) {
                throw new IllegalArgumentException(
                        "Participant " + pair.participantId() + " is fixed to more than one buddy");
            }
            int taken = fixedPerBuddy.merge(pair.buddyId(), 1, Integer::sum);
            if (taken > buddiesById.get(pair.buddyId()).capacity()) {
                throw new IllegalArgumentException(
                        "Buddy " + pair.buddyId() + " is fixed to more participants than its capacity "
                                + buddiesById.get(pair.buddyId()).capacity());
            }
        }
    }

    private static <T> Map<String, T> uniqueById(List<T> items, Function<T, String> id, String kind) {
        Map<String, T> byId = items.stream().collect(Collectors.toMap(id, Function.identity(), (first, second) -> {
            throw new IllegalArgumentException("The " + kind + " id " + id.apply(first) + " appears twice");
        }));
        return byId;
    }

    private static void checkKnown(Set<PairIds> pairs, String kind, Set<String> participantIds, Set<String> buddyIds) {
        for (PairIds pair : pairs) {
            if (!participantIds.contains(pair.participantId())) {
                throw new IllegalArgumentException("The " + kind + " pair " + pair.participantId() + "-"
                        + pair.buddyId() + " names an unknown participant " + pair.participantId());
            }
            if (!buddyIds.contains(pair.buddyId())) {
                throw new IllegalArgumentException("The " + kind + " pair " + pair.participantId() + "-"
                        + pair.buddyId() + " names an unknown buddy " + pair.buddyId());
            }
        }
    }
}

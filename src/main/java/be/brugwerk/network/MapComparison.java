package be.brugwerk.network;

import be.brugwerk.network.MapDocument.MemberEntry;
import be.brugwerk.network.MapDocument.TieEntry;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a map, member by member: who came and who left, who moved between rings,
 * whose status changed (a dormant tie reactivated, a broken one), and which support functions were gained or
 * lost; and ties kept between the same two members whose label changed. Members are matched by their id, which stays
 * the same for the life of a map; ties by their two members. O(m + t) for m members and t ties.
 */
public record MapComparison(
        List<Named> added,
        List<Named> removed,
        List<Move> movedBetweenRings,
        List<StatusChange> statusChanges,
        List<FunctionChange> functionsGained,
        List<FunctionChange> functionsLost,
        List<TieLabelChange> tieLabelsChanged) {

    public record Named(UUID member, String name) {}

    public record Move(UUID member, String name, Ring from, Ring to) {}

    public record StatusChange(UUID member, String name, RelationshipStatus from, RelationshipStatus to) {}

    /** A support function a member carries (gained) or no longer carries (lost), with its direction. */
    public record FunctionChange(UUID member, String name, SupportFunction function, SupportDirection direction) {}

    /** A tie kept between two members, named as the later version names them, whose label went from one to another. */
    public record TieLabelChange(String firstName, String secondName, String from, String to) {}

    public static MapComparison between(MapDocument before, MapDocument after) {
        Map<UUID, MemberEntry> earlier = byId(before);
        Map<UUID, MemberEntry> later = byId(after);
        List<Named> added = new ArrayList<>();
        List<Named> removed = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        List<StatusChange> statuses = new ArrayList<>();
        List<FunctionChange> gained = new ArrayList<>();
        List<FunctionChange> lost = new ArrayList<>();
        for (MemberEntry member : after.members()) {
            MemberEntry was = earlier.get(member.id());
            if (was == null) {
                added.add(new Named(member.id(), member.name()));
                functionChanges(member, Map.of(), member.support(), gained);
                continue;
            }
            if (was.ring() != member.ring()) {
                moves.add(new Move(member.id(), member.name(), was.ring(), member.ring()));
            }
            if (was.status() != member.status()) {
                statuses.add(new StatusChange(member.id(), member.name(), was.status(), member.status()));
            }
            functionChanges(member, was.support(), member.support(), gained);
            functionChanges(member, member.support(), was.support(), lost);
        }
        for (MemberEntry member : before.members()) {
            if (!later.containsKey(member.id())) {
                removed.add(new Named(member.id(), member.name()));
                functionChanges(member, Map.of(), member.support(), lost);
            }
        }
        return new MapComparison(
                List.copyOf(added),
                List.copyOf(removed),
                List.copyOf(moves),
                List.copyOf(statuses),
                List.copyOf(gained),
                List.copyOf(lost),
                tieLabelChanges(before, after, later));
    }

    private static List<TieLabelChange> tieLabelChanges(
            MapDocument before, MapDocument after, Map<UUID, MemberEntry> later) {
        Map<Set<UUID>, TieEntry> earlierTies = before.ties().stream()
                .collect(Collectors.toMap(MapComparison::ends, Function.identity(), (one, other) -> one));
        List<TieLabelChange> changes = new ArrayList<>();
        for (TieEntry tie : after.ties()) {
            TieEntry was = earlierTies.get(ends(tie));
            if (was != null
                    && !Objects.equals(was.label(), tie.label())
                    && later.containsKey(tie.first())
                    && later.containsKey(tie.second())) {
                changes.add(new TieLabelChange(
                        later.get(tie.first()).name(), later.get(tie.second()).name(), was.label(), tie.label()));
            }
        }
        return List.copyOf(changes);
    }

    private static Set<UUID> ends(TieEntry tie) {
        return Set.of(tie.first(), tie.second());
    }

    /** Adds to {@code changes} each function of {@code now} that {@code then} did not have in that direction. */
    private static void functionChanges(
            MemberEntry member,
            Map<SupportFunction, SupportDirection> then,
            Map<SupportFunction, SupportDirection> now,
            List<FunctionChange> changes) {
        Map<SupportFunction, SupportDirection> ordered = new EnumMap<>(SupportFunction.class);
        ordered.putAll(now);
        ordered.forEach((function, direction) -> {
            if (!Objects.equals(then.get(function), direction)) {
                changes.add(new FunctionChange(member.id(), member.name(), function, direction));
            }
        });
    }

    private static Map<UUID, MemberEntry> byId(MapDocument map) {
        return map.members().stream().collect(Collectors.toMap(MemberEntry::id, Function.identity()));
    }
}

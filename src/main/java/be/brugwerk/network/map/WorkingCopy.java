package be.brugwerk.network.map;

import be.brugwerk.network.MapDocument;
import be.brugwerk.network.MapDocument.MemberEntry;
import be.brugwerk.network.MapDocument.TieEntry;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.DateRange;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The working copy of a participant's network map (netwerkkaart): the map as it is being drawn, at one version, and
 * the rules of changing it. Version 0 is the empty map before anything was drawn.
 *
 * <p>A map is whole or it is refused whole, nothing stored, naming what is wrong:
 * <ul>
 * <li>every member appears once, and none is the participant;</li>
 * <li>a tie joins two members of this map: never a member to itself, never a member the map does not hold, and two
 * members are tied at most once, in either order;</li>
 * <li>the date a relationship became dormant (slapend) or broken (breuklijn), or active again, is a date of someone's
 * life: from 1900 until today ({@link DateRange#PAST}), also in a file or a script, which Bean Validation of the API's
 * body does not see;</li>
 * <li>a change is made on the version that was read, or it is a conflict ({@link VersionConflict}, 409): never a
 * silent overwrite. The version check comes after the map's own rules, so a wrong map is named even when it is also
 * late.</li>
 * </ul>
 * The structural rules (members and ties) are the analysis engine's, checked by reading the map as the engine does
 * ({@link MapDocument#toEngine}), which throws {@link be.brugwerk.network.analysis.InvalidNetworkMap} naming the
 * member or tie: one statement of them for the engine, the command line and the stored map.
 *
 * <p>One rule only the store can check: a member id is a member of one map for the life of that map, so a map that
 * names a member of another participant's map is refused when it is saved ({@link NetworkMaps#save}).
 */
public final class WorkingCopy {

    private final ParticipantId participant;
    private final MapDocument stored;
    private MapDocument drawn;
    private boolean changed;

    private WorkingCopy(ParticipantId participant, MapDocument stored) {
        this.participant = Objects.requireNonNull(participant);
        this.stored = Objects.requireNonNull(stored);
        this.drawn = stored;
    }

    /** The map before anything was drawn: version 0, no members, no ties. */
    static WorkingCopy empty(ParticipantId participant) {
        return new WorkingCopy(participant, MapDocument.empty());
    }

    /** A working copy as stored, at its version; only the repository rebuilds one. */
    static WorkingCopy restore(ParticipantId participant, MapDocument stored) {
        return new WorkingCopy(participant, stored);
    }

    /**
     * Replaces the whole map with {@code map}, drawn on version {@code map.version()}: what the editor sends on every
     * change.
     *
     * @throws be.brugwerk.network.analysis.InvalidNetworkMap naming the member or tie that breaks a structural rule
     * @throws Refusal naming {@code members[i].statusSince} for a status date outside 1900 until {@code today}
     * @throws VersionConflict when the map was changed since {@code map.version()}
     */
    public void redraw(MapDocument map, LocalDate today) {
        requireWhole(map, today);
        requireReadAt(map.version());
        drawn = map;
        changed = true;
    }

    /**
     * The map an import of {@code file} would make, changing nothing: the file's members each under a new id (an
     * import never merges into what is there), their ties following along, checked as a drawn map is.
     *
     * @throws Refusal naming {@code members} when the file holds a member id twice, or a member's status date
     * @throws be.brugwerk.network.analysis.InvalidNetworkMap naming the member or tie that breaks a structural rule
     */
    public MapDocument importable(MapDocument file, LocalDate today) {
        requireSensibleDates(file, today);
        MapDocument fresh = withFreshIds(file);
        fresh.toEngine(participant.toString());
        return fresh;
    }

    /**
     * Replaces the whole map with an imported {@code file}, as {@link #importable} makes it; {@code file.version()}
     * is the version the import was previewed on. The map as it was stays readable as {@link #asRead()}, to be kept as
     * a version first.
     *
     * @throws VersionConflict when the map was changed since {@code file.version()}
     */
    public void importFile(MapDocument file, LocalDate today) {
        MapDocument fresh = importable(file, today);
        requireReadAt(file.version());
        drawn = fresh;
        changed = true;
    }

    /** The map as it was read, at the version it was read at. */
    public MapDocument asRead() {
        return stored;
    }

    /** The map as it is now: as read, or as redrawn or imported; its version is still the one it was read at. */
    public MapDocument drawn() {
        return drawn;
    }

    /** The version it was read at: the one a save must still find stored. */
    public int readVersion() {
        return stored.version();
    }

    /** Whether {@link #redraw} or {@link #importFile} replaced the map, so that saving makes a new version. */
    public boolean changed() {
        return changed;
    }

    public ParticipantId participant() {
        return participant;
    }

    private void requireWhole(MapDocument map, LocalDate today) {
        map.toEngine(participant.toString());
        requireSensibleDates(map, today);
    }

    private void requireReadAt(int version) {
        if (version != stored.version()) {
            throw new VersionConflict("network.conflict.map");
        }
    }

    private static void requireSensibleDates(MapDocument map, LocalDate today) {
        List<MemberEntry> members = map.members();
        for (int i = 0; i < members.size(); i++) {
            DateRange.PAST.check(
                    "members[" + i + "].statusSince", members.get(i).statusSince(), today);
        }
    }

    /** The same map with a new id for every member, its ties following along. */
    private static MapDocument withFreshIds(MapDocument map) {
        Map<UUID, UUID> renamed = new HashMap<>();
        List<MemberEntry> members = map.members().stream()
                .map(m -> {
                    UUID fresh = UUID.randomUUID();
                    if (renamed.putIfAbsent(m.id(), fresh) != null) {
                        throw new Refusal("members", "network.member.twice", m.id().toString());
                    }
                    return m.withId(fresh);
                })
                .toList();
        List<TieEntry> ties = map.ties().stream()
                .map(t -> t.between(
                        renamed.getOrDefault(t.first(), t.first()), renamed.getOrDefault(t.second(), t.second())))
                .toList();
        return new MapDocument(map.version(), members, ties);
    }
}

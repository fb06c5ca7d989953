package be.brugwerk.coaching;

import be.brugwerk.coaching.TrajectoryView.MemberRef;
import be.brugwerk.coaching.TrajectoryView.TimelineEntry;
import be.brugwerk.network.NetworkMapManagement;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.StaffDirectory;
import be.brugwerk.system.Tenancy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Builds what a trajectory's page shows from its rows: members named as the participant's map names them now, notes
 * as the reader may read them, and the timeline in date order. It reads only; who may read is decided before.
 */
@Component
class TrajectoryViews {

    private final Trajectories trajectories;
    private final NetworkMapManagement maps;
    private final StaffDirectory staff;
    private final Clock clock;

    TrajectoryViews(Trajectories trajectories, NetworkMapManagement maps, StaffDirectory staff, Clock clock) {
        this.trajectories = trajectories;
        this.maps = maps;
        this.staff = staff;
        this.clock = clock;
    }

    /** The trajectory as the signed-in person may see it; with {@code sharedOnly}, no private note at all. */
    TrajectoryView view(Trajectories.Head head, String participantName, boolean sharedOnly) {
        Map<UUID, String> members = members(head.participant());
        UUID me = Tenancy.requireUser().accountId();
        LocalDate today = LocalDate.now(clock);
        List<TrajectoryView.Wish> wishes = trajectories.wishes(head.id()).stream()
                .map(w -> new TrajectoryView.Wish(w.id(), w.contact(), ref(w.member(), members), w.description()))
                .toList();
        List<TrajectoryView.Action> actions = trajectories.actions(head.id()).stream()
                .map(a -> new TrajectoryView.Action(
                        a.id(),
                        a.kind(),
                        a.description(),
                        ref(a.member(), members),
                        a.performer(),
                        ref(a.performerMember(), members),
                        a.dueOn(),
                        a.status(),
                        a.doneOn(),
                        head.closedOn() == null
                                && a.status() == ActionStatus.OPEN
                                && a.dueOn() != null
                                && a.dueOn().isBefore(today),
                        a.version()))
                .toList();
        List<TrajectoryView.Session> sessions = trajectories.sessions(head.id());
        Trajectories.DatedFacts facts = trajectories.datedFacts(head.id());
        List<TrajectoryView.Success> successes = facts.successes();
        List<TrajectoryView.PlanEntry> plan = trajectories.plan(head.id()).stream()
                .map(p -> new TrajectoryView.PlanEntry(
                        p.id(), ref(p.member(), members), p.who(), p.involve(), p.purpose()))
                .toList();
        List<TrajectoryView.RoundTable> tables = trajectories.roundTables(head.id()).stream()
                .map(t -> new TrajectoryView.RoundTable(
                        t.id(),
                        t.plannedOn(),
                        t.agenda(),
                        t.agreements(),
                        t.invitees().stream().map(i -> ref(i, members)).toList(),
                        t.participantCentral(),
                        t.version()))
                .toList();
        List<TimelineEntry> timeline = new ArrayList<>();
        sessions.forEach(s -> timeline.add(new TimelineEntry(s.heldOn(), TimelineEntry.Kind.SESSION, s.place())));
        successes.forEach(s -> timeline.add(new TimelineEntry(
                s.occurredOn(),
                s.roleHeld() ? TimelineEntry.Kind.ROLE_HELD : TimelineEntry.Kind.SUCCESS,
                s.description())));
        actions.stream()
                .filter(a -> a.status() == ActionStatus.DONE && a.doneOn() != null)
                .forEach(a ->
                        timeline.add(new TimelineEntry(a.doneOn(), TimelineEntry.Kind.ACTION_DONE, a.description())));
        for (Trajectories.BuddyPairRow pair : facts.buddyPairs()) {
            if (pair.startedOn() != null) {
                timeline.add(new TimelineEntry(pair.startedOn(), TimelineEntry.Kind.BUDDY_PAIR_STARTED, null));
            }
            if (pair.endedOn() != null) {
                timeline.add(new TimelineEntry(
                        pair.endedOn(),
                        Boolean.TRUE.equals(pair.stoppedEarly())
                                ? TimelineEntry.Kind.BUDDY_PAIR_STOPPED
                                : TimelineEntry.Kind.BUDDY_PAIR_COMPLETED,
                        null));
            }
        }
        timeline.sort(Comparator.comparing(TimelineEntry::on));
        List<TrajectoryView.MapMember> mapMembers = members.entrySet().stream()
                .map(e -> new TrajectoryView.MapMember(e.getKey(), e.getValue()))
                .toList();
        return new TrajectoryView(
                head.id(),
                head.participant(),
                participantName,
                head.coach(),
                coachName(staff.names(List.of(head.coach())), head.coach()),
                head.startedOn(),
                head.closedOn(),
                head.version(),
                trajectories.steps(head.id()),
                wishes,
                actions,
                sessions,
                trajectories.notes(head.id(), me, sharedOnly),
                successes,
                plan,
                tables,
                trajectories.evaluation(head.id()),
                mapMembers,
                List.copyOf(timeline));
    }

    /** The members on the participant's map now, by id, in the map's order. */
    Map<UUID, String> members(ParticipantId participant) {
        Map<UUID, String> members = new LinkedHashMap<>();
        maps.workingCopy(participant).members().forEach(m -> members.put(m.id(), m.name()));
        return members;
    }

    /** A coach's name; "?" for an account that is not there any more (names are people's, not ours to keep). */
    static String coachName(Map<UUID, String> names, UUID coach) {
        return names.getOrDefault(coach, "?");
    }

    private static MemberRef ref(UUID member, Map<UUID, String> members) {
        if (member == null) {
            return null;
        }
        String name = members.get(member);
        return new MemberRef(member, name, name == null);
    }
}

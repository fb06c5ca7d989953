package be.brugwerk.coaching;

import be.brugwerk.people.ParticipantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A trajectory (traject) as the signed-in person may see it: its own copy of the step plan, wishes, actions,
 * sessions, the notes this person may read (shared ones, and their own private ones), small successes, the support
 * plan, round tables and the closing evaluation. Members are named as the participant's map names them now; one
 * who left the map is marked so.
 */
public record TrajectoryView(
        UUID id,
        ParticipantId participant,
        String participantName,
        UUID coachId,
        String coachName,
        LocalDate startedOn,
        LocalDate closedOn,
        int version,
        List<Step> steps,
        List<Wish> wishes,
        List<Action> actions,
        List<Session> sessions,
        List<Note> notes,
        List<Success> successes,
        List<PlanEntry> supportPlan,
        List<RoundTable> roundTables,
        Evaluation evaluation,
        List<MapMember> members,
        List<TimelineEntry> timeline) {

    public boolean closed() {
        return closedOn != null;
    }

    /** The first step not done or skipped; empty when every step is. */
    public java.util.Optional<Step> currentStep() {
        return steps.stream().filter(s -> !s.status().finished()).findFirst();
    }

    /**
     * A step; {@code name} is the organisation's own name, or null for a default step, whose name the reader's
     * language gives ({@code trajectory.step.default.<n>}).
     */
    public record Step(
            UUID id, int position, Integer defaultStep, String name, StepStatus status, String notes, int version) {}

    public record MapMember(UUID id, String name) {}

    /** A member a wish, action or plan entry points at: named as on the map, or marked as gone from it. */
    public record MemberRef(UUID id, String name, boolean leftTheMap) {}

    public record Wish(UUID id, WishContact contact, MemberRef member, String description) {}

    public record Action(
            UUID id,
            ActionKind kind,
            String description,
            MemberRef member,
            Performer performer,
            MemberRef performerMember,
            LocalDate dueOn,
            ActionStatus status,
            LocalDate doneOn,
            boolean overdue,
            int version) {}

    public record Session(UUID id, LocalDate heldOn, int durationMinutes, String place, UUID mapVersion) {}

    public record Note(
            UUID id, UUID session, NoteVisibility visibility, String text, Instant createdAt, boolean mine) {}

    /** A small success; {@code roleHeld} when it is a valued role the participant held (named by its title). */
    public record Success(UUID id, LocalDate occurredOn, String description, boolean roleHeld) {}

    /** One line of the support plan: whom the participant wants to involve (or not) and for what — their choice. */
    public record PlanEntry(UUID id, MemberRef member, String who, boolean involve, String purpose) {}

    public record RoundTable(
            UUID id,
            LocalDate plannedOn,
            String agenda,
            String agreements,
            List<MemberRef> invitees,
            Boolean participantCentral,
            int version) {}

    public record Evaluation(
            String network, String scores, String participantWords, LocalDate followUpOn, String handoverTo) {}

    /**
     * What happened, in date order: sessions, small successes, actions done, and the participant's buddy pairs
     * starting and ending (learned from buddy matching).
     */
    public record TimelineEntry(LocalDate on, Kind kind, String text) {

        public enum Kind {
            SESSION,
            SUCCESS,
            ROLE_HELD,
            ACTION_DONE,
            BUDDY_PAIR_STARTED,
            BUDDY_PAIR_COMPLETED,
            BUDDY_PAIR_STOPPED
        }
    }
}

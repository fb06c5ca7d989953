package be.brugwerk.coaching;

import be.brugwerk.people.ParticipantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A coach's home (a professional's or a volunteer coach's): their participants, the actions overdue and due soon,
 * the meetings ahead, the signals of their open trajectories and the maps changed lately. Each item carries the ids
 * its link needs.
 */
public record CoachHomeView(
        List<Person> participants,
        List<DueAction> overdue,
        List<DueAction> next,
        List<Meeting> upcoming,
        List<Signal> signals,
        List<MapChange> changes,
        int nextDays,
        int changeDays) {

    /** A participant on the coach's caseload, with the coach's open trajectory with them, if any. */
    public record Person(ParticipantId id, String name, UUID trajectory) {}

    /** An open action; {@code days} past its due date when overdue, until it when due. */
    public record DueAction(UUID trajectory, String participant, String description, LocalDate dueOn, long days) {}

    /** A round table of an open trajectory, or a follow-up agreed at closing. */
    public record Meeting(UUID trajectory, String participant, LocalDate on, boolean followUp) {}

    /** A signal of an open trajectory, {@code days} since the last contact or the last progress. */
    public record Signal(UUID trajectory, String participant, TrajectorySignal kind, long days) {}

    /** The working copy of a participant's map changed: when, and by whom. */
    public record MapChange(ParticipantId participant, String name, Instant at, String by) {}

    public boolean isEmpty() {
        return participants.isEmpty();
    }
}

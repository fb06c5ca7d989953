package be.brugwerk.matching.programme;

import be.brugwerk.people.ParticipantId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant's place on a programme's waiting list. The date of entry stays when a pair ends early and the
 * participant waits again.
 */
public record WaitingEntry(UUID id, ParticipantId participant, LocalDate enteredOn, Status status, UUID intakeId) {

    /** Where the participant stands in the programme. */
    public enum Status {
        /** On the waiting list (possibly with a proposed pair). */
        WAITING,
        /** In a pair that both agreed to. */
        PAIRED,
        /** Their pair was completed. */
        DONE
    }
}

package be.brugwerk.coaching;

import java.time.LocalDate;
import java.util.UUID;

import be.brugwerk.people.ParticipantId;

/** A line of the trajectory list. */
public record TrajectorySummary(UUID id, ParticipantId participant, String participantName, String coachName,
        LocalDate startedOn, LocalDate closedOn, Integer currentStepDefault, String currentStepName,
        int overdueActions) {
}

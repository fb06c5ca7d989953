package be.brugwerk.coaching;

import be.brugwerk.people.ParticipantId;
import java.time.LocalDate;
import java.util.UUID;

/** A line of the trajectory list. */
public record TrajectorySummary(
        UUID id,
        ParticipantId participant,
        String participantName,
        String coachName,
        LocalDate startedOn,
        LocalDate closedOn,
        Integer currentStepDefault,
        String currentStepName,
        int overdueActions) {}

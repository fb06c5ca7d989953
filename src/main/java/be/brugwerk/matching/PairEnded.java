package be.brugwerk.matching;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.OrganisationEvent;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An accepted or running buddy pair ended: completed as planned, or stopped early. The coordinator's reason is free
 * text and stays in matching; the event carries ids, the date and whether it stopped early.
 */
public record PairEnded(
        UUID organisationId, UUID pairId, ParticipantId participant, LocalDate endedOn, boolean stoppedEarly)
        implements OrganisationEvent {}

package be.brugwerk.coaching;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.OrganisationEvent;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A coaching trajectory was closed with its evaluation. The evaluation's words stay in coaching; the event carries
 * ids and the date.
 */
public record TrajectoryClosed(UUID organisationId, UUID trajectoryId, ParticipantId participant, LocalDate closedOn)
        implements OrganisationEvent {}

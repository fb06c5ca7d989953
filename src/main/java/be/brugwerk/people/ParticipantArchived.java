package be.brugwerk.people;

import be.brugwerk.system.OrganisationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A participant was archived: the organisation no longer works with them. Ids and facts only: it is stored as JSON
 * until every module that reacts to it has done so.
 */
public record ParticipantArchived(UUID organisationId, ParticipantId participant, Instant archivedAt)
        implements OrganisationEvent {}

package be.brugwerk.people;

import be.brugwerk.system.OrganisationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A participant's consent for one purpose was withdrawn (toestemming ingetrokken). Ids and facts only: it is stored
 * as JSON until every module that reacts to it has done so.
 */
public record ConsentWithdrawn(
        UUID organisationId, ParticipantId participant, ConsentPurpose purpose, Instant withdrawnAt)
        implements OrganisationEvent {}

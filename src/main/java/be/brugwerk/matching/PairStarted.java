package be.brugwerk.matching;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.OrganisationEvent;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A buddy pair (duo) started: the buddy and the participant both agreed. Ids and the date only, no names: it is stored
 * as JSON until every module that reacts to it has done so.
 */
public record PairStarted(UUID organisationId, UUID pairId, ParticipantId participant, LocalDate startedOn)
        implements OrganisationEvent {}

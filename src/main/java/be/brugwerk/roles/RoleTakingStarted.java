package be.brugwerk.roles;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.OrganisationEvent;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant started in a valued role: the actor agreed and the taking is active. Ids, the date and the
 * participant's yes or no to the network map only, no names: it is stored as JSON until every module that reacts to
 * it has done so.
 *
 * @param onMap the participant agreed to the role's actor on their network map
 * @param startedBy the account that recorded the start
 */
public record RoleTakingStarted(
        UUID organisationId,
        UUID takingId,
        ParticipantId participant,
        UUID roleId,
        UUID actorId,
        boolean onMap,
        LocalDate startedOn,
        UUID startedBy)
        implements OrganisationEvent {}

package be.brugwerk.roles;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.OrganisationEvent;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An active taking of a valued role ended. Ids, the date and the participant's yes or no to the network map only; the
 * reason stays in roles (it is free text): the event is stored as JSON until every module that reacts to it has done
 * so.
 *
 * @param onMap the participant agreed to the role's actor on their network map
 * @param endedBy the account that recorded the end
 */
public record RoleTakingEnded(
        UUID organisationId,
        UUID takingId,
        ParticipantId participant,
        UUID roleId,
        UUID actorId,
        boolean onMap,
        LocalDate endedOn,
        UUID endedBy)
        implements OrganisationEvent {}

package be.brugwerk.roles;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.OrganisationEvent;
import be.brugwerk.system.SignedInUser;
import java.util.List;
import java.util.UUID;

/**
 * The group that takes a collective role is formed: an agreement brought the takings that hold a place of it (agreed or
 * under way) to its minimum group, so its members may start together. Ids only, no names: it is stored as JSON until
 * every module that reacts to it has done so. A later module of peer groups can start from it.
 *
 * @param takingIds the takings that hold a place of the role, the group, in the order of their agreement
 * @param participants their participants, in the same order
 * @param minimumGroup the role's minimum group when it formed
 * @param formedBy the account that recorded the agreement that formed it
 */
public record RoleGroupFormed(
        UUID organisationId,
        UUID roleId,
        UUID actorId,
        List<UUID> takingIds,
        List<ParticipantId> participants,
        int minimumGroup,
        UUID formedBy)
        implements OrganisationEvent {

    public RoleGroupFormed {
        takingIds = List.copyOf(takingIds);
        participants = List.copyOf(participants);
    }

    static RoleGroupFormed of(SignedInUser me, ValuedRole role, List<RoleTaking> group) {
        return new RoleGroupFormed(
                me.organisationId(),
                role.id(),
                role.site().actor(),
                group.stream().map(RoleTaking::id).toList(),
                group.stream().map(RoleTaking::participant).toList(),
                role.details().minimumGroup(),
                me.accountId());
    }
}

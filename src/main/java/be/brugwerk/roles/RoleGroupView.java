package be.brugwerk.roles;

import be.brugwerk.people.ParticipantId;
import java.util.List;
import java.util.UUID;

/**
 * The group that takes a collective role, as the signed-in person may see it: how many hold a place of the role (agreed
 * or under way), its minimum, whether it is formed (may start), and by name only the members the person may work with;
 * the others are a count, never a name or an id.
 *
 * @param size how many hold a place of the role: the group
 * @param minimumGroup the smallest group that starts the role; null when the role is not collective
 * @param formed the group may start: it is at least its minimum (always, for a role that is not collective)
 * @param members the current takings of the role (proposed, chosen, agreed, under way) of participants the person may
 *     work with, the group's first
 * @param othersInGroup members of the group whose participant the person may not work with: a count only
 */
public record RoleGroupView(
        UUID role,
        boolean collective,
        int capacity,
        Integer minimumGroup,
        int size,
        boolean formed,
        List<Member> members,
        int othersInGroup) {

    public RoleGroupView {
        members = List.copyOf(members);
    }

    /** The names of the group's members the person may work with, but for the one of {@code taking}. */
    public List<String> namedInGroupBesides(UUID taking) {
        return members.stream()
                .filter(m -> m.inGroup() && !m.taking().equals(taking))
                .map(Member::name)
                .toList();
    }

    /** A taking of the role by a participant the person may work with. */
    public record Member(UUID taking, ParticipantId participant, String name, TakingStatus status) {

        /** Whether it holds a place of the role: a member of the group itself, not only proposed or chosen. */
        public boolean inGroup() {
            return status == TakingStatus.AGREED || status == TakingStatus.ACTIVE;
        }
    }
}

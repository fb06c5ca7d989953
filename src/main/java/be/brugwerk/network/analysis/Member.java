package be.brugwerk.network.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * A network member (netwerklid, alter) on a participant's map.
 *
 * <p>A map drawn with a social worker records the {@link Relationship}. A map taken from a bare graph
 * (GraphML) knows only who is there: such a member has no recorded relationship, counts as present for
 * the structural measures and is left out of composition, support, diversity and contact.
 *
 * @param id the member's identifier, unique on its map
 * @param relationship what joins the participant and this member, when recorded
 */
public record Member(String id, Optional<Relationship> relationship) {

    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(relationship, "relationship");
        if (id.isBlank()) {
            throw new InvalidNetworkMap("A member has a blank id");
        }
    }

    public Member(String id, Relationship relationship) {
        this(id, Optional.of(relationship));
    }

    /** A member of a structure-only map: present, with nothing recorded about the relationship. */
    public static Member unrecorded(String id) {
        return new Member(id, Optional.empty());
    }

    /** Whether the member belongs to the living network: active, or present on a structure-only map. */
    public boolean isActive() {
        return relationship.map(Relationship::isActive).orElse(true);
    }
}

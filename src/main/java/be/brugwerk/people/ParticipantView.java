package be.brugwerk.people;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A participant as the current person may see them, with who works with them and what they agreed to.
 *
 * @param restricted processing consent is missing: only the name is shown, to a coordinator, so that it can be
 *        archived or the consent recorded again
 */
public record ParticipantView(
        ParticipantId id,
        ParticipantDetails details,
        boolean archived,
        Instant registeredAt,
        int version,
        List<CaseloadMember> caseload,
        Set<ConsentPurpose> consents,
        Set<SharingRole> sharedWith,
        boolean restricted) {

    /** A professional or volunteer coach who works with the participant. */
    public record CaseloadMember(UUID accountId, String displayName, String role, boolean active) {}

    /**
     * Refuses a change to an archived participant: an archived file is read-only. The one place this rule lives, for
     * every change to the participant or of what is done with them (a trajectory started).
     *
     * @throws ParticipantIsArchived when the participant is archived
     */
    public void requireChangeable() {
        if (archived) {
            throw new ParticipantIsArchived();
        }
    }

    public boolean approachableForMatching() {
        return consents.contains(ConsentPurpose.MATCHING);
    }
}

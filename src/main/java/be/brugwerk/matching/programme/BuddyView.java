package be.brugwerk.matching.programme;

import java.time.Instant;
import java.util.UUID;

/**
 * A buddy or applicant of a programme, as its coordinators and the organisation admin see them.
 *
 * @param consentWithdrawnAt when the buddy withdrew their consent themselves, or null
 * @param extractSeen whether a criminal-record extract was seen (recorded yes or no, never stored); null when
 *        not yet recorded
 */
public record BuddyView(
        UUID id,
        UUID programmeId,
        String name,
        String email,
        BuddyStatus status,
        int capacity,
        Intake intake,
        UUID accountId,
        Instant appliedAt,
        boolean intakeHeld,
        Boolean extractSeen,
        Instant approvedAt,
        boolean wantsToStop,
        Instant consentWithdrawnAt) {

    /** Whether the buddy withdrew their consent: not matchable, and no pair with them goes ahead. */
    public boolean consentWithdrawn() {
        return consentWithdrawnAt != null;
    }
}

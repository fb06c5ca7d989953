package be.brugwerk.matching.programme;

import java.time.Instant;
import java.util.UUID;

/**
 * A buddy or applicant of a programme, as its coordinators and the organisation admin see them.
 *
 * @param extractSeen whether a criminal-record extract was seen (recorded yes or no, never stored); null when
 *        not yet recorded
 */
public record BuddyView(UUID id, UUID programmeId, String name, String email, BuddyStatus status, int capacity,
        Intake intake, UUID accountId, Instant appliedAt, boolean intakeHeld, Boolean extractSeen, Instant approvedAt,
        boolean wantsToStop) {
}

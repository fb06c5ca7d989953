package be.brugwerk.matching.programme;

import be.brugwerk.places.LocatedBy;
import be.brugwerk.system.GeoPoint;
import java.time.Instant;
import java.util.UUID;

/**
 * A buddy or applicant of a programme, as its coordinators and the organisation admin see them.
 *
 * @param consentWithdrawnAt when the buddy withdrew their consent themselves, or null
 * @param extractSeen whether a criminal-record extract was seen (recorded yes or no, never stored); null when
 *        not yet recorded
 * @param home where the buddy lives, a point the matching measures distances from; null when none is set (then the
 *        intake's neighbourhood is the fallback)
 * @param homeLocatedBy how the point was found (picked on the map, or by the organisation's geocoder); null without
 * @param homeVersion the version of the point, 0 before one was ever set; a change names the one it read
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
        Instant consentWithdrawnAt,
        GeoPoint home,
        LocatedBy homeLocatedBy,
        int homeVersion) {

    /** Whether the buddy withdrew their consent: not matchable, and no pair with them goes ahead. */
    public boolean consentWithdrawn() {
        return consentWithdrawnAt != null;
    }
}

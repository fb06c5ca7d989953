package be.brugwerk.people;

import be.brugwerk.system.Refusal;
import java.util.Set;

/**
 * Why a participant's data is processed, each with what it gates.
 */
public enum ConsentPurpose {

    /** Registering and working with the participant's data at all. Without it only a coordinator sees the name. */
    PROCESSING,
    /** Sharing with named roles outside the professional team (volunteer coaches). Without it they see nothing. */
    SHARING,
    /** Being approached for matching (buddy programmes). Without it the participant enters no matching run. */
    MATCHING;

    /**
     * The roles a consent for this purpose is shared with: {@code sharedWith} (none when null), which only the
     * {@link #SHARING} purpose may name; for another purpose roles named are refused rather than dropped.
     *
     * @param field the field as the request names it; the refusal names it
     * @throws Refusal on {@code field} ({@code participant.consent.sharedWithOnlyForSharing}) when a purpose other than
     *     sharing names roles
     */
    public Set<SharingRole> sharedWith(String field, Set<SharingRole> sharedWith) {
        Set<SharingRole> roles = sharedWith == null ? Set.of() : Set.copyOf(sharedWith);
        if (this != SHARING && !roles.isEmpty()) {
            throw new Refusal(field, "participant.consent.sharedWithOnlyForSharing");
        }
        return roles;
    }
}

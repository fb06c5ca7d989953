package be.brugwerk.matching.programme;

import be.brugwerk.system.StateConflict;

/**
 * The buddy of a pair withdrew their consent: the pair cannot be accepted, agreed to or started (409 in the API; the
 * pages say so on the pair).
 */
public class BuddyConsentWithdrawn extends StateConflict {

    private static final long serialVersionUID = 1L;

    public BuddyConsentWithdrawn() {
        super("matching.conflict.buddyConsentWithdrawn");
    }
}

package be.brugwerk.people;

/**
 * Why a participant's data is processed, each with what it gates.
 */
public enum ConsentPurpose {

    /** Registering and working with the participant's data at all. Without it only a coordinator sees the name. */
    PROCESSING,
    /** Sharing with named roles outside the professional team (volunteer coaches). Without it they see nothing. */
    SHARING,
    /** Being approached for matching (buddy programmes). Without it the participant enters no matching run. */
    MATCHING
}

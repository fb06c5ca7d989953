package be.brugwerk.roles.engine;

/** What a person needs of a place to get in and stay, and what a place may offer. */
public enum Access {
    /** An entrance without steps. */
    STEP_FREE,
    /** A toilet one can use in a wheelchair. */
    ACCESSIBLE_TOILET
}

package be.brugwerk.talents;

/**
 * What a participant needs of a place to get in and stay, as a neighbourhood actor's accessibility states it (the
 * actor's step-free entrance and accessible toilet), so that a valued role at a place known to lack it is not proposed
 * to them. Texts under {@code talents.accessNeed.<NAME>}. A code is never renamed or removed once stored.
 */
public enum AccessNeed {
    /** An entrance without steps. */
    STEP_FREE,
    /** A toilet one can use in a wheelchair. */
    ACCESSIBLE_TOILET
}

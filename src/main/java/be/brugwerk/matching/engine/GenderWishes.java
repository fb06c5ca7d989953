package be.brugwerk.matching.engine;

/** How a programme treats the gender people wish for in the other person of a pair. */
public enum GenderWishes {
    /** Gender plays no part. */
    IGNORED,
    /** A met gender wish adds preference points. */
    AS_PREFERENCE,
    /** A gender wish is a hard constraint: pairs that break it are never proposed. */
    AS_REQUIREMENT
}

package be.brugwerk.matching.engine;

/** Gender as the person states it; UNSTATED when they prefer not to say. */
public enum Gender {
    WOMAN,
    MAN,
    NON_BINARY,
    UNSTATED
}

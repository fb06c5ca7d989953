package be.brugwerk.places;

/** Whether the participant goes there now or would like to go. */
public enum Going {
    GOES,
    WOULD_LIKE
}

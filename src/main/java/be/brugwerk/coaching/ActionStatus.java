package be.brugwerk.coaching;

/** Where an action stands. */
public enum ActionStatus {
    OPEN,
    DONE,
    DROPPED
}

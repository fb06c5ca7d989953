package be.brugwerk.coaching;

/** Where a step of the plan stands. */
public enum StepStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    SKIPPED;

    public boolean finished() {
        return this == DONE || this == SKIPPED;
    }
}

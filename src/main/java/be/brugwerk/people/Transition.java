package be.brugwerk.people;

/** Life transitions at which loneliness peaks (docs/domain.md): moments when a network is worth strengthening. */
public enum Transition {
    MOVING,
    BEREAVEMENT,
    DIVORCE,
    RETIREMENT,
    NEW_JOB,
    MIGRATION,
    GRADUATION
}

package be.brugwerk.roles;

/**
 * Where a participant's taking of a valued role stands (docs/roles.md): proposed by a coach, chosen by the
 * participant, agreed by the actor, active, and ended; or declined at any step before it is active.
 */
public enum TakingStatus {
    PROPOSED,
    CHOSEN,
    AGREED,
    ACTIVE,
    ENDED,
    DECLINED;

    /** Whether it still goes on: a participant has at most one such taking of a role. */
    public boolean current() {
        return this != ENDED && this != DECLINED;
    }
}

package be.brugwerk.roles;

/**
 * Where a role stands: {@code OPEN} while it has places left, {@code FILLED} when as many people took it as it can
 * take, {@code CLOSED} when the coordinator closed it (the actor no longer needs it), whatever it holds.
 */
public enum RoleStatus {
    OPEN,
    FILLED,
    CLOSED
}

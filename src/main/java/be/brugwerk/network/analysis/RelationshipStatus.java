package be.brugwerk.network.analysis;

/**
 * Whether a relationship is alive.
 */
public enum RelationshipStatus {
    /** In contact now. */
    ACTIVE,
    /** Slapend: once a strong tie, contact faded; a chance to reactivate. */
    DORMANT,
    /** Breuklijn: a rupture that may take long to heal, or never. */
    BROKEN
}

package be.brugwerk.network.analysis;

/**
 * Whether a relationship does the participant good: supportive, ambivalent or harmful.
 */
public enum Valence {
    SUPPORTIVE,
    AMBIVALENT,
    HARMFUL
}

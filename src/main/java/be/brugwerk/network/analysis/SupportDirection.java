package be.brugwerk.network.analysis;

/**
 * The direction of one support function in a relationship, seen from the participant.
 */
public enum SupportDirection {
    /** The participant receives this support from the member. */
    RECEIVES,
    /** The participant gives this support to the member. */
    GIVES,
    /** Both ways: reciprocity (wederkerigheid). */
    BOTH;

    boolean participantReceives() {
        return this != GIVES;
    }

    boolean participantGives() {
        return this != RECEIVES;
    }
}

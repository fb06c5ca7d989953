package be.brugwerk.network.analysis;

/**
 * Who a signal speaks to: the participant (plain words, strengths first) or the staff (network strengthener, coach).
 */
public enum Audience {
    PARTICIPANT,
    STAFF
}

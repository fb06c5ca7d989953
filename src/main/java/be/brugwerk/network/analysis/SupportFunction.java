package be.brugwerk.network.analysis;

/**
 * The four support functions of the network map (steunfuncties).
 */
public enum SupportFunction {
    /** Practical help: chores, money, paperwork, transport. */
    MATERIAL,
    /** Emotional support: love, understanding, feeling valued, a shoulder to cry on. */
    AFFECTIVE,
    /** Advice and counsel: questions, big decisions. */
    INFORMATIVE,
    /** Company and belonging: coffee, a party, a hobby, calls and chats. */
    CONNECTING
}

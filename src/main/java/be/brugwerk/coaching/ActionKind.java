package be.brugwerk.coaching;

/**
 * What an action does for the network (seed 002): reactivate a dormant relationship (slapend netwerk), ask someone
 * for practical help, join a group, meet someone new, or something else.
 */
public enum ActionKind {
    REACTIVATE_DORMANT,
    ASK_PRACTICAL_HELP,
    JOIN_GROUP,
    MEET_NEW,
    OTHER
}

package be.brugwerk.coaching;

/** Who carries out an action: the participant, the coach, or a member of the participant's map. */
public enum Performer {
    PARTICIPANT,
    COACH,
    MEMBER
}

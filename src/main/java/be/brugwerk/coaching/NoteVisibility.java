package be.brugwerk.coaching;

/**
 * Who reads a note: PRIVATE, its author only (never another coach, never the participant's printout); SHARED,
 * also the participant (in their printout).
 */
public enum NoteVisibility {
    PRIVATE,
    SHARED
}

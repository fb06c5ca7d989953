package be.brugwerk.people;

import be.brugwerk.system.StateConflict;

/**
 * The participant's file is archived: it is read-only until it is restored, so a change to it (its details, a consent
 * given, a caseload assignment, a trajectory started) is refused with 409, saying so rather than that someone else
 * changed it. Reading it stays possible, and so does withdrawing a consent (the participant's right at any time) and
 * taking someone off the caseload.
 */
public class ParticipantIsArchived extends StateConflict {

    private static final long serialVersionUID = 1L;

    public ParticipantIsArchived() {
        super("participant.conflict.archived");
    }
}

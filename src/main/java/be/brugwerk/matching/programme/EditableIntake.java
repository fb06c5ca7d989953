package be.brugwerk.matching.programme;

/**
 * An intake as its edit page shows it: for a waiting participant only the intake (their name is the participant's),
 * for a buddy also name, e-mail (while they have no account yet) and capacity.
 *
 * @param email the buddy's address, or null for a participant
 * @param emailEditable whether the address may change (a buddy with an account signs in with theirs)
 * @param version the intake's version as read, for the optimistic check on save
 */
public record EditableIntake(
        String name, String email, boolean emailEditable, int capacity, Intake intake, int version) {}

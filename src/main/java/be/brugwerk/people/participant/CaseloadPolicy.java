package be.brugwerk.people.participant;

import be.brugwerk.system.Role;

/**
 * Whose participants a person sees (deny by default): a coordinator the whole organisation's; a professional
 * their caseload, or the organisation's where the organisation allows it; a volunteer coach only the
 * participants assigned to them; an organisation admin and the platform admin none.
 */
public enum CaseloadPolicy {
    WHOLE_ORGANISATION,
    OWN_CASELOAD,
    NOTHING;

    public static CaseloadPolicy of(Role role, boolean professionalsSeeOrganisation) {
        return switch (role) {
            case COORDINATOR -> WHOLE_ORGANISATION;
            case PROFESSIONAL -> professionalsSeeOrganisation ? WHOLE_ORGANISATION : OWN_CASELOAD;
            case VOLUNTEER_COACH -> OWN_CASELOAD;
            case ORGANISATION_ADMIN, PLATFORM_ADMIN, BUDDY -> NOTHING;
        };
    }

    /** Who may be put on a participant's caseload. */
    public static boolean canCarryACaseload(Role role) {
        return role == Role.PROFESSIONAL || role == Role.VOLUNTEER_COACH;
    }
}

package be.brugwerk.system;

/**
 * What a signed-in person may do. Staff roles belong to one organisation; the platform admin to none.
 * Participant accounts come with their own issue and will join this list.
 */
public enum Role {

    /** Creates organisations; sees no participant data. */
    PLATFORM_ADMIN,
    /** Runs one organisation: invites and deactivates accounts, reads the audit trail. */
    ORGANISATION_ADMIN,
    /** Programme coordinator or bridge figure (brugfiguur): sees the organisation's participants. */
    COORDINATOR,
    /** Social worker (netwerkversterker): sees their caseload. */
    PROFESSIONAL,
    /** Volunteer network coach (vrijwillige netwerkcoach): sees only the participants assigned to them. */
    VOLUNTEER_COACH,
    /** Volunteer buddy of a buddy programme: sees only their own profile and pairs. */
    BUDDY;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean belongsToAnOrganisation() {
        return this != PLATFORM_ADMIN;
    }
}

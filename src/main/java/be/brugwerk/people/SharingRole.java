package be.brugwerk.people;

/** Roles outside the professional team a participant can agree to share their data with. */
public enum SharingRole {
    VOLUNTEER_COACH
}

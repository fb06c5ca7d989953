package be.brugwerk.matching.programme;

/** Where a buddy stands in a programme. */
public enum BuddyStatus {
    /** Signed up (or registered by a coordinator); not matchable until approved. */
    APPLIED,
    /** Approved by a coordinator after the intake (and the extract, where required): matchable. */
    APPROVED
}

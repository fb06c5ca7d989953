package be.brugwerk.people;

/** The ground under GDPR art. 6 (and 9) an organisation relies on for a purpose. */
public enum LegalBasis {
    /** The participant's explicit consent: recorded per participant, and withdrawable. */
    CONSENT,
    /** A task in the public interest (for example a public centre for social welfare's legal mission). */
    PUBLIC_TASK,
    /** A contract with the participant. */
    CONTRACT;

    /**
     * Sharing with volunteers outside the professional team rests on the participant's own consent only: no
     * public task or contract makes a volunteer coach entitled to someone's data.
     */
    public boolean fits(ConsentPurpose purpose) {
        return purpose != ConsentPurpose.SHARING || this == CONSENT;
    }
}

package be.brugwerk.roles.engine;

/** A part of a proposal's score; each is explained by its own {@link ReasonPart}. */
public enum RoleCriterion {
    /** The talents the role asks that the participant would like to share. */
    TALENTS,
    /** The talents one learns in the role that the participant would like to learn. */
    LEARNING,
    /** A language of the role that the participant speaks. */
    LANGUAGE,
    /** The participant's access needs that the role's place is known to meet. */
    ACCESSIBILITY,
    /** Nearness of the role's place to the participant's nearest own place. */
    DISTANCE,
    /** The role's days on which the participant can take part. */
    TIMES
}

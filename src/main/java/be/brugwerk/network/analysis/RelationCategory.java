package be.brugwerk.network.analysis;

/**
 * How a member is related to the participant (relatie): the categories of the network map.
 */
public enum RelationCategory {
    FAMILY,
    FRIEND,
    NEIGHBOUR,
    COLLEAGUE_OR_SCHOOL,
    ACQUAINTANCE,
    PROFESSIONAL,
    GROUP
}

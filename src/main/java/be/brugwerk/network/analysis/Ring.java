package be.brugwerk.network.analysis;

/**
 * How close a member stands to the participant on the map: heel dichtbij, dichtbij, verder weg.
 */
public enum Ring {
    INNER,
    MIDDLE,
    OUTER
}

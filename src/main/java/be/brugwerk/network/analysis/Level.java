package be.brugwerk.network.analysis;

/**
 * The geographic level of a relationship: buurt, stad, translokaal (other countries and continents).
 */
public enum Level {
    NEIGHBOURHOOD,
    CITY,
    TRANSLOCAL
}

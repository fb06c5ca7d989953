package be.brugwerk.places;

/** How often the participant goes there (the pick list of the form); translated as {@code places.visits.<NAME>}. */
public enum Visits {
    DAILY,
    WEEKLY,
    MONTHLY,
    A_FEW_TIMES_A_YEAR,
    RARELY
}

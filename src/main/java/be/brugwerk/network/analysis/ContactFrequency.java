package be.brugwerk.network.analysis;

/**
 * How often the participant and a member are in contact, from most to least often.
 */
public enum ContactFrequency {
    DAILY,
    WEEKLY,
    MONTHLY,
    FEW_TIMES_A_YEAR,
    RARELY
}

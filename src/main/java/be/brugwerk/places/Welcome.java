package be.brugwerk.places;

/** Whether the participant feels welcome there, in their own words: yes, partly or no. */
public enum Welcome {
    YES,
    PARTLY,
    NO
}

package be.brugwerk.matching.engine;

/** A part of the day in which someone is free to meet. */
public enum DayPart {
    MORNING,
    AFTERNOON,
    EVENING
}

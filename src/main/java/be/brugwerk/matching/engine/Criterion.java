package be.brugwerk.matching.engine;

/** A part of a pair's score; each is explained separately in a {@link ScorePart}. */
public enum Criterion {
    /** Best shared language, at the lower of the two levels. */
    LANGUAGE,
    /** Shared interests (Jaccard index). */
    INTERESTS,
    /** Nearness, relative to the programme's maximum distance. */
    PROXIMITY,
    /** Shared weekly free moments. */
    AVAILABILITY,
    /** Soft wishes of both people that are met. */
    PREFERENCES,
    /** Days the participant has waited, in points through the programme's trade-off. */
    WAITING
}

package be.brugwerk.neighbourhood;

/** Where an actor's name, kind, address and place come from. */
public enum ActorSource {
    /** Typed by hand in Brugwerk: every field is the organisation's. */
    MANUAL,
    /** An OpenStreetMap point of interest (data © OpenStreetMap contributors, ODbL). */
    OPENSTREETMAP,
    /** A provider of De Sociale Kaart's export file. */
    SOCIALE_KAART
}

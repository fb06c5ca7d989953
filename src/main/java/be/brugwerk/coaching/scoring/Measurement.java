package be.brugwerk.coaching.scoring;

import java.util.Map;

/**
 * The scored result of one administration of a validated instrument: its total and its subscales, each
 * present or missing with a reason. Immutable.
 */
public sealed interface Measurement permits LonelinessResult, Lsns6Result {

    Instrument instrument();

    Score total();

    /** The subscales of {@link #instrument()}, in its order ({@link Instrument#subscales()}). */
    Map<Subscale, Score> subscales();
}

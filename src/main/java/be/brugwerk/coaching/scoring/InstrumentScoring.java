package be.brugwerk.coaching.scoring;

/**
 * Scores the raw answers of one administration of an instrument. Implementations are immutable, thread-safe
 * and deterministic, check their input up front, and state their rules, source and complexity.
 *
 * @param <A> the raw answers
 * @param <M> the measurement
 */
public interface InstrumentScoring<A, M extends Measurement> {

    M score(A answers);
}

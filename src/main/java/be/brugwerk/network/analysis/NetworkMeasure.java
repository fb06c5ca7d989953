package be.brugwerk.network.analysis;

/**
 * One structural measure of an {@link EgoNetwork}. Implementations are stateless, deterministic and do not
 * modify their input; each states its formula, source and complexity.
 *
 * @param <T> the type of the measure's value
 */
public interface NetworkMeasure<T> {

    T measure(EgoNetwork network);
}

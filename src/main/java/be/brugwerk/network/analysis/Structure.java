package be.brugwerk.network.analysis;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The structure of the living network: the active members (n), the ties among them (t) and the
 * participant tied to each, measured by the {@link NetworkMeasure structural measures}. The measures that
 * networkx leaves undefined (nan) for an ego without members are empty here.
 *
 * @param size n, the active members ({@link EgoNetwork#size()})
 * @param tiesAmongMembers t, the ties among them ({@link EgoNetwork#tiesAmongMembers()})
 * @param density {@link Density}
 * @param components {@link Components}
 * @param isolates {@link Isolates}
 * @param effectiveSize {@link EffectiveSize}
 * @param efficiency {@link Efficiency}
 * @param constraint {@link Constraint}
 * @param egoBetweenness {@link EgoBetweenness}
 * @param brokers {@link Brokers}
 */
public record Structure(
        int size,
        int tiesAmongMembers,
        double density,
        int components,
        int isolates,
        OptionalDouble effectiveSize,
        OptionalDouble efficiency,
        OptionalDouble constraint,
        double egoBetweenness,
        List<String> brokers) {

    private static final Density DENSITY = new Density();
    private static final Components COMPONENTS = new Components();
    private static final Isolates ISOLATES = new Isolates();
    private static final EffectiveSize EFFECTIVE_SIZE = new EffectiveSize();
    private static final Efficiency EFFICIENCY = new Efficiency();
    private static final Constraint CONSTRAINT = new Constraint();
    private static final EgoBetweenness EGO_BETWEENNESS = new EgoBetweenness();
    private static final Brokers BROKERS = new Brokers();

    public Structure {
        Objects.requireNonNull(effectiveSize, "effectiveSize");
        Objects.requireNonNull(efficiency, "efficiency");
        Objects.requireNonNull(constraint, "constraint");
        brokers = List.copyOf(brokers);
    }

    /** All measures of {@code network}. O(n + t log t + Σ_q d_q²) for member degrees d_q (betweenness dominates). */
    public static Structure of(EgoNetwork network) {
        return new Structure(
                network.size(),
                network.tiesAmongMembers(),
                DENSITY.measure(network),
                COMPONENTS.measure(network),
                ISOLATES.measure(network),
                EFFECTIVE_SIZE.measure(network),
                EFFICIENCY.measure(network),
                CONSTRAINT.measure(network),
                EGO_BETWEENNESS.measure(network),
                BROKERS.measure(network));
    }
}

package be.brugwerk.network.analysis;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How varied the network is, over every recorded relationship whatever its status. O(m) for m members.
 *
 * <p>The capital shares are the fractions of relationships that are bonding, bridging and linking (Putnam);
 * all zero when no relationship is recorded. Blau's heterogeneity index over the relation categories is
 * 1 - Σ p_i², with p_i the fraction of relationships in category i (Blau 1977, Inequality and
 * Heterogeneity): 0 when everyone is of one category (or no relationship is recorded), approaching
 * 1 - 1/7 when the seven categories are equally present.
 *
 * @param capitalShares the fraction of relationships per capital type
 * @param blauIndex Blau's heterogeneity index over relation categories
 */
public record Diversity(Map<CapitalType, Double> capitalShares, double blauIndex) {

    public Diversity {
        Map<CapitalType, Double> shares = new EnumMap<>(CapitalType.class);
        shares.putAll(capitalShares);
        capitalShares = Collections.unmodifiableMap(shares);
    }

    static Diversity of(NetworkMap map) {
        Collection<Relationship> recorded = map.recordedRelationships().values();
        Map<CapitalType, Double> shares = new EnumMap<>(CapitalType.class);
        Tally.count(CapitalType.class, recorded, Relationship::capitalType)
                .forEach((type, count) -> shares.put(type, fraction(count, recorded.size())));
        double sumOfSquares = Tally.count(RelationCategory.class, recorded, Relationship::category).values().stream()
                .mapToDouble(count -> fraction(count, recorded.size()))
                .map(share -> share * share)
                .sum();
        return new Diversity(shares, recorded.isEmpty() ? 0.0 : 1.0 - sumOfSquares);
    }

    private static double fraction(int count, int total) {
        return total == 0 ? 0.0 : (double) count / total;
    }

    /** The fraction of relationships of capital type {@code type}. */
    public double share(CapitalType type) {
        return capitalShares.get(type);
    }
}

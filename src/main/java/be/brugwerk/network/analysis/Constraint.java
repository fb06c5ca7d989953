package be.brugwerk.network.analysis;

import java.util.OptionalDouble;

/**
 * Burt's constraint on the ego (Burt 2004, "Structural holes and good ideas", AJS 110:349-399): the extent
 * to which the participant's time and energy go to members who are tied to each other,
 * c = Σ_j (p_ij + Σ_q p_iq p_qj)² over members j and q, with p_xy = 1/deg(x) when x and y are tied in the
 * unweighted ego graph and 0 otherwise. Here p_ij = 1/n, and a member q has degree 1 + d_q in the ego
 * graph (its d_q ties to members plus the tie to the ego), so
 * c = Σ_j (1/n + Σ_{q tied to j} 1/(n (1 + d_q)))². It equals {@code nx.constraint(G)[ego]} of networkx
 * 3.x on the ego graph G. Ranges from 1/n (no ties among members) to above 1 for small dense networks.
 * Undefined (empty) for n = 0, where networkx gives nan. O(n + t).
 */
public final class Constraint implements NetworkMeasure<OptionalDouble> {

    @Override
    public OptionalDouble measure(EgoNetwork network) {
        int n = network.size();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        double direct = 1.0 / n;
        double constraint = 0.0;
        for (int j = 0; j < n; j++) {
            double indirect = 0.0;
            for (int q : network.neighbours(j)) {
                indirect += direct * (1.0 / (1 + network.degree(q)));
            }
            double local = direct + indirect;
            constraint += local * local;
        }
        return OptionalDouble.of(constraint);
    }
}

package be.brugwerk.network.analysis;

import java.util.OptionalDouble;

/**
 * Burt's effective size of the ego network (Burt 1992, Structural Holes), in Borgatti's closed form for
 * unweighted ties (Connections 20(1):35-38, 1997): n - 2t/n for n members and t ties among them. It equals
 * {@code nx.effective_size(G)[ego]} of networkx 3.x on the ego graph G. Undefined (empty) for n = 0,
 * where networkx gives nan. O(1).
 */
public final class EffectiveSize implements NetworkMeasure<OptionalDouble> {

    @Override
    public OptionalDouble measure(EgoNetwork network) {
        int n = network.size();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        // the same order of operations as networkx: len(E) - (2 * E.size()) / len(E)
        return OptionalDouble.of(n - (2.0 * network.tiesAmongMembers()) / n);
    }
}

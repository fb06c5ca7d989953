package be.brugwerk.network.analysis;

/**
 * The ego's betweenness centrality in its own ego graph (Freeman 1977; Everett &amp; Borgatti 2005, "Ego
 * network betweenness", Social Networks 27:31-38), unnormalised and counting each unordered pair once:
 * the number of shortest paths between two members that run through the participant, summed as fractions
 * over all pairs. In the ego graph every two members are at most two steps apart; two tied members do not
 * need the ego, and two untied members j and k are joined by one two-step path through the ego and one
 * through each member tied to both, so betweenness = Σ_{j&lt;k, j and k not tied} 1 / (1 + c_jk), with
 * c_jk the number of members tied to both. It equals
 * {@code nx.betweenness_centrality(G, normalized=False)[ego]} of networkx 3.x on the undirected ego graph
 * G; 0 for fewer than two members. O(n² · d) for maximum member degree d.
 */
public final class EgoBetweenness implements NetworkMeasure<Double> {

    @Override
    public Double measure(EgoNetwork network) {
        int n = network.size();
        int[][] neighbours = new int[n][];
        for (int member = 0; member < n; member++) {
            neighbours[member] = network.neighbours(member);
        }
        double betweenness = 0.0;
        for (int j = 0; j < n; j++) {
            for (int k = j + 1; k < n; k++) {
                if (!network.tied(j, k)) {
                    betweenness += 1.0 / (1 + commonNeighbours(neighbours[j], neighbours[k]));
                }
            }
        }
        return betweenness;
    }

    /** Members in both ascending lists, by merging them: O(|a| + |b|). */
    private static int commonNeighbours(int[] a, int[] b) {
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}

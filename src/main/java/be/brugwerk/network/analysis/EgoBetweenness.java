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
 * G; 0 for fewer than two members.
 *
 * <p>Untied pairs without a common member each add exactly 1, so they are counted rather than visited:
 * betweenness = (n(n-1)/2 - t - p) + Σ over the p untied pairs with a common member of 1 / (1 + c_jk).
 * Those p pairs are found by walking the two-step paths j - q - k among members. O(n + Σ_q d_q²) time for
 * member degrees d_q, and O(n) memory, so sparse large ego networks stay cheap.
 */
public final class EgoBetweenness implements NetworkMeasure<Double> {

    @Override
    public Double measure(EgoNetwork network) {
        int n = network.size();
        int[][] neighbours = new int[n][];
        for (int member = 0; member < n; member++) {
            neighbours[member] = network.neighbours(member);
        }
        int[] common = new int[n];
        int[] reached = new int[n];
        long untiedWithCommonMember = 0;
        double sharedPaths = 0.0;
        for (int j = 0; j < n; j++) {
            int reachedCount = 0;
            for (int q : neighbours[j]) {
                for (int k : neighbours[q]) {
                    if (k > j) {
                        if (common[k] == 0) {
                            reached[reachedCount++] = k;
                        }
                        common[k]++;
                    }
                }
            }
            for (int i = 0; i < reachedCount; i++) {
                int k = reached[i];
                if (!network.tied(j, k)) {
                    untiedWithCommonMember++;
                    sharedPaths += 1.0 / (1 + common[k]);
                }
                common[k] = 0;
            }
        }
        long pairs = (long) n * (n - 1) / 2;
        long untiedWithoutCommonMember = pairs - network.tiesAmongMembers() - untiedWithCommonMember;
        return untiedWithoutCommonMember + sharedPaths;
    }
}

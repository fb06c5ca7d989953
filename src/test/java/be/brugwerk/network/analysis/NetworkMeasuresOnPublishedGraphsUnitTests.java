package be.brugwerk.network.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The structural measures on the ego networks of published social networks, against networkx 3.6.1.
 * Source of the expected values: scripts/network_reference_values.py, which exported the graphs bundled
 * with networkx (Zachary's karate club, Padgett's Florentine families (marriages), Knuth's Les Misérables
 * co-appearances, Davis's southern women projected onto the women) and printed, on the ego graph
 * H = nx.ego_graph(G, ego): nx.effective_size(H)[ego], nx.constraint(H)[ego],
 * nx.betweenness_centrality(H, normalized=False)[ego], and on H without the ego: number of nodes and edges,
 * nx.density, nx.number_connected_components, nx.number_of_isolates, nx.articulation_points.
 */
class NetworkMeasuresOnPublishedGraphsUnitTests {

    private static final Offset<Double> NETWORKX = within(1e-9);

    @ParameterizedTest(name = "{0}, ego {1}")
    @CsvSource(delimiter = '|', textBlock = """
            karate     | 0                 | 16 | 18  | 0.15                | 4 | 2 | 13.75              | 0.859375            | 0.17772759331597218 | 88.41666666666666  | 1,2,3
            karate     | 33                | 17 | 15  | 0.11029411764705882 | 4 | 3 | 15.235294117647062 | 0.8961937716262978  | 0.18068860991163602 | 97.0               | 23,29,31,32
            karate     | 2                 | 10 | 11  | 0.24444444444444444 | 4 | 3 | 7.8                | 0.78                | 0.24421111111111113 | 30.75              | 0,8
            karate     | 11                | 1  | 0   | 0.0                 | 1 | 1 | 1.0                | 1.0                 | 1.0                 | 0.0                |
            karate     | 16                | 2  | 1   | 1.0                 | 1 | 0 | 1.0                | 0.5                 | 1.125               | 0.0                |
            karate     | 24                | 3  | 1   | 0.3333333333333333  | 2 | 1 | 2.3333333333333335 | 0.7777777777777778  | 0.6111111111111112  | 2.0                |
            florentine | Medici            | 6  | 1   | 0.06666666666666667 | 5 | 4 | 5.666666666666667  | 0.9444444444444445  | 0.2361111111111111  | 14.0               |
            florentine | Strozzi           | 4  | 2   | 0.3333333333333333  | 2 | 1 | 3.0                | 0.75                | 0.5347222222222222  | 3.5                | Peruzzi
            florentine | Albizzi           | 3  | 0   | 0.0                 | 3 | 3 | 3.0                | 1.0                 | 0.3333333333333333  | 3.0                |
            florentine | Pazzi             | 1  | 0   | 0.0                 | 1 | 1 | 1.0                | 1.0                 | 1.0                 | 0.0                |
            lesmis     | Valjean           | 36 | 76  | 0.12063492063492064 | 7 | 5 | 31.777777777777775 | 0.882716049382716   | 0.08686771550697274 | 475.6595238095239  | Bamatabois,Fantine,Fauchelevent,Javert
            lesmis     | Myriel            | 10 | 3   | 0.06666666666666667 | 8 | 7 | 9.4                | 0.9400000000000001  | 0.15333333333333338 | 42.0               |
            lesmis     | Gavroche          | 22 | 82  | 0.354978354978355   | 3 | 1 | 14.545454545454545 | 0.6611570247933884  | 0.1527000890565335  | 116.82857142857144 |
            lesmis     | Napoleon          | 1  | 0   | 0.0                 | 1 | 1 | 1.0                | 1.0                 | 1.0                 | 0.0                |
            davis-women| Evelyn Jefferson  | 17 | 122 | 0.8970588235294118  | 1 | 0 | 2.6470588235294104 | 0.15570934256055355 | 0.2211372730827806  | 1.3766233766233766 |
            davis-women| Dorothy Murchison | 16 | 112 | 0.9333333333333333  | 1 | 0 | 2.0                | 0.125               | 0.2342427571614584  | 0.7272727272727273 |
            davis-women| Flora Price       | 12 | 66  | 1.0                 | 1 | 0 | 0.9999999999999991 | 0.08333333333333326 | 0.3061342592592593  | 0.0                |
            """)
    void equalsNetworkxOnThePublishedEgoNetwork(
            String graph,
            String ego,
            int size,
            int ties,
            double density,
            int components,
            int isolates,
            double effectiveSize,
            double efficiency,
            double constraint,
            double egoBetweenness,
            String brokers) {
        Structure structure = new NetworkAnalyser()
                .analyse(PublishedGraphs.load(graph).egoMap(ego))
                .structure();

        assertThat(structure.size()).isEqualTo(size);
        assertThat(structure.tiesAmongMembers()).isEqualTo(ties);
        assertThat(structure.density()).isCloseTo(density, NETWORKX);
        assertThat(structure.components()).isEqualTo(components);
        assertThat(structure.isolates()).isEqualTo(isolates);
        assertThat(structure.effectiveSize().getAsDouble()).isCloseTo(effectiveSize, NETWORKX);
        assertThat(structure.efficiency().getAsDouble()).isCloseTo(efficiency, NETWORKX);
        assertThat(structure.constraint().getAsDouble()).isCloseTo(constraint, NETWORKX);
        assertThat(structure.egoBetweenness()).isCloseTo(egoBetweenness, NETWORKX);
        assertThat(structure.brokers())
                .containsExactlyInAnyOrderElementsOf(brokers == null ? List.of() : Arrays.asList(brokers.split(",")));
    }
}

package be.brugwerk.network.analysis;

import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The structural measures against networkx 3.6.1 on 24 seeded random graphs G(n, p) of 8 to 120 nodes,
 * from sparse to dense. scripts/network_random_cross_check.py generated the graphs with
 * nx.gnp_random_graph(n, p, seed), picked the ego with random.Random(seed), and wrote the graphs with
 * networkx's values on the ego graph to src/test/resources/network/random/random-graphs.txt.
 */
class RandomGraphsCrossCheckUnitTests {

    private static final Offset<Double> NETWORKX = within(1e-9);

    record Case(String name, SocialGraph graph, String ego, String[] expected) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in =
                RandomGraphsCrossCheckUnitTests.class.getResourceAsStream("/network/random/random-graphs.txt")) {
            List<String> lines = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.startsWith("#"))
                    .toList();
            for (int i = 0; i < lines.size(); i += 3) {
                String[] header = lines.get(i).split(" "); // graph <seed> <nodes> <p> <ego>
                SocialGraph.Builder graph = SocialGraph.builder();
                IntStream.range(0, Integer.parseInt(header[2])).forEach(node -> graph.node(Integer.toString(node)));
                for (String edge : lines.get(i + 1).split(" ")) {
                    if (!edge.isBlank()) {
                        String[] ends = edge.split("-");
                        graph.edge(ends[0], ends[1]);
                    }
                }
                cases.add(new Case(
                        "seed " + header[1] + ", G(" + header[2] + ", " + header[3] + "), ego " + header[4],
                        graph.build(),
                        header[4],
                        lines.get(i + 2).substring("expected ".length()).split(" ")));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void equalsNetworkxOnASeededRandomGraph(Case random) {
        Structure structure = new NetworkAnalyser()
                .analyse(random.graph().egoMap(random.ego()))
                .structure();
        String[] expected = random.expected();

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(structure.size()).isEqualTo(Integer.parseInt(expected[0]));
            softly.assertThat(structure.tiesAmongMembers()).isEqualTo(Integer.parseInt(expected[1]));
            softly.assertThat(structure.density()).isCloseTo(Double.parseDouble(expected[2]), NETWORKX);
            softly.assertThat(structure.components()).isEqualTo(Integer.parseInt(expected[3]));
            softly.assertThat(structure.isolates()).isEqualTo(Integer.parseInt(expected[4]));
            softly.assertThat(structure.effectiveSize().getAsDouble())
                    .isCloseTo(Double.parseDouble(expected[5]), NETWORKX);
            softly.assertThat(structure.efficiency().getAsDouble())
                    .isCloseTo(Double.parseDouble(expected[6]), NETWORKX);
            softly.assertThat(structure.constraint().getAsDouble())
                    .isCloseTo(Double.parseDouble(expected[7]), NETWORKX);
            softly.assertThat(structure.egoBetweenness()).isCloseTo(Double.parseDouble(expected[8]), NETWORKX);
            softly.assertThat(structure.brokers())
                    .containsExactlyInAnyOrderElementsOf(
                            expected[9].equals("-") ? List.of() : Arrays.asList(expected[9].split(",")));
        });
    }
}

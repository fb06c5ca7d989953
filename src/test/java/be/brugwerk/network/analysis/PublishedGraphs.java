package be.brugwerk.network.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the published graphs that scripts/network_reference_values.py exported from networkx as
 * tab-separated edge lists under src/test/resources/network/published/.
 */
final class PublishedGraphs {

    private PublishedGraphs() {}

    static SocialGraph load(String name) {
        String resource = "/network/published/" + name + ".tsv";
        try (InputStream in = PublishedGraphs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            SocialGraph.Builder graph = SocialGraph.builder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] ends = line.split("\t");
                for (String end : ends) {
                    if (!graph.hasNode(end)) {
                        graph.node(end);
                    }
                }
                graph.edge(ends[0], ends[1]);
            }
            return graph.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package be.brugwerk.network.cli;

import be.brugwerk.network.analysis.SocialGraph;
import be.brugwerk.network.exchange.BadInput;
import be.brugwerk.network.exchange.GraphmlDocument;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the nodes and edges of a GraphML document into a {@link SocialGraph}: a bare graph, its data ignored.
 * Parsing (and its safety: no DTD, no entity expansion) is {@link GraphmlDocument}'s. Every edge is undirected,
 * whatever {@code edgedefault} or {@code directed} say; parallel edges collapse; self-loops are dropped
 * ({@link SocialGraph}). Edges may name nodes declared later in the document, but every node they name must be
 * declared.
 */
final class GraphmlReader {

    private GraphmlReader() {}

    static SocialGraph read(byte[] document) throws BadInput {
        return read(GraphmlDocument.parse(document));
    }

    static SocialGraph read(GraphmlDocument graphml) throws BadInput {
        Set<String> nodes = graphml.nodes().stream()
                .map(GraphmlDocument.Node::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        SocialGraph.Builder graph = SocialGraph.builder();
        nodes.forEach(graph::node);
        for (GraphmlDocument.Edge edge : graphml.edges()) {
            for (String end : List.of(edge.source(), edge.target())) {
                if (!nodes.contains(end)) {
                    throw new BadInput(
                            "line " + edge.line(),
                            "edge " + edge.source() + " – " + edge.target() + " names unknown node \"" + end + "\"");
                }
            }
            graph.edge(edge.source(), edge.target());
        }
        return graph.build();
    }
}

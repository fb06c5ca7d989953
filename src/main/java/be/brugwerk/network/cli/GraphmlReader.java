package be.brugwerk.network.cli;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import be.brugwerk.network.analysis.SocialGraph;

/**
 * Reads the nodes and edges of a GraphML document into a {@link SocialGraph}, with the JDK's StAX parser.
 *
 * <p>Safe by construction: a document type declaration is refused outright (so no DTD, no entity
 * expansion, no external entity is ever resolved), and the caller bounds the input size. Node and edge
 * data are ignored. Every edge is undirected, whatever {@code edgedefault} or {@code directed} say;
 * parallel edges collapse; self-loops are dropped ({@link SocialGraph}). Nodes of nested graphs count as
 * nodes of the one graph, as in networkx's {@code read_graphml}; only the first top-level {@code <graph>}
 * is read. Edges may name nodes declared later in the document.
 */
final class GraphmlReader {

    private record Edge(String source, String target, int line) {
    }

    private GraphmlReader() {
    }

    static SocialGraph read(byte[] document) throws BadInput {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Set<String> nodes = new LinkedHashSet<>();
        List<Edge> edges = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(document));
            int graphDepth = 0;
            boolean graphSeen = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new BadInput(at(xml) + "a document type declaration (DTD) is not allowed in GraphML input");
                }
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("graph")) {
                    graphDepth--;
                    if (graphDepth == 0) {
                        break; // the first top-level graph is the graph
                    }
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "graph" -> {
                        graphDepth++;
                        graphSeen = true;
                    }
                    case "node" -> {
                        String id = required(xml, "node", "id");
                        if (!nodes.add(id)) {
                            throw new BadInput(at(xml) + "node \"" + id + "\" is declared more than once");
                        }
                    }
                    case "edge" -> edges.add(new Edge(required(xml, "edge", "source"), required(xml, "edge", "target"),
                            xml.getLocation().getLineNumber()));
                    case "hyperedge" -> throw new BadInput(at(xml) + "hyperedges are not supported");
                    default -> {
                        // keys, data, ports and descriptions carry nothing the measures use
                    }
                }
            }
            if (!graphSeen) {
                throw new BadInput("GraphML input has no <graph> element");
            }
        } catch (XMLStreamException malformed) {
            throw new BadInput(describe(malformed));
        } finally {
            close(xml);
        }
        return graphOf(nodes, edges);
    }

    private static SocialGraph graphOf(Set<String> nodes, List<Edge> edges) throws BadInput {
        SocialGraph.Builder graph = SocialGraph.builder();
        nodes.forEach(graph::node);
        for (Edge edge : edges) {
            for (String end : List.of(edge.source(), edge.target())) {
                if (!nodes.contains(end)) {
                    throw new BadInput("line " + edge.line() + ": edge " + edge.source() + " – " + edge.target()
                            + " names unknown node \"" + end + "\"");
                }
            }
            graph.edge(edge.source(), edge.target());
        }
        return graph.build();
    }

    private static String required(XMLStreamReader xml, String element, String attribute) throws BadInput {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null || value.isBlank()) {
            throw new BadInput(at(xml) + "<" + element + "> without " + attribute + " attribute");
        }
        return value;
    }

    private static String at(XMLStreamReader xml) {
        return "line " + xml.getLocation().getLineNumber() + ": ";
    }

    /** The parser's message on one line, led by its position. */
    private static String describe(XMLStreamException malformed) {
        String message = malformed.getMessage() == null ? "" : malformed.getMessage();
        int detail = message.indexOf("Message: ");
        String reason = (detail >= 0 ? message.substring(detail + "Message: ".length()) : message)
                .replaceAll("\\s+", " ").trim();
        if (malformed.getLocation() == null) {
            return "malformed XML: " + reason;
        }
        return "line " + malformed.getLocation().getLineNumber() + ", column "
                + malformed.getLocation().getColumnNumber() + ": malformed XML: " + reason;
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // nothing was written and the input is a byte array: there is nothing to release
        }
    }
}

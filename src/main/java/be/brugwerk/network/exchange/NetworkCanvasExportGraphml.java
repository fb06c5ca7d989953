package be.brugwerk.network.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The GraphML export of Network Canvas: {@code <key>}s whose {@code attr.name} is the variable's column name, then
 * one {@code <graph>} per interview (several when the export unifies networks) with the session in its {@code nc:}
 * attributes ({@code nc:caseId}, {@code nc:sessionUUID}, {@code nc:sessionFinishTime}, ...), the ego's variables as
 * the graph's own {@code <data>}, and nodes and edges carrying {@code networkCanvasUUID}, {@code networkCanvasType}
 * (the type's name) and, for an edge, {@code networkCanvasSourceUUID}/{@code networkCanvasTargetUUID}; an edge's
 * {@code source}/{@code target} are node ids of its graph.
 *
 * <p>Parsed as safely as {@link GraphmlDocument}: no DTD, no entity, bounded nesting; a fault names the line.
 */
public final class NetworkCanvasExportGraphml {

    static final String NC_NAMESPACE = "http://schema.networkcanvas.com/xmlns";
    static final String TYPE = "networkCanvasType";
    /** Data Network Canvas writes for every entity: not study variables. */
    private static final Set<String> BUILT_IN =
            Set.of(NetworkCanvasZip.UUID_COLUMN, TYPE, "label", NetworkCanvasZip.SOURCE, NetworkCanvasZip.TARGET);

    private NetworkCanvasExportGraphml() {}

    /** Whether the document is Network Canvas GraphML: it declares the {@code nc} namespace. */
    static boolean recognises(byte[] document) {
        String start =
                new String(document, 0, Math.min(document.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
        return start.contains(NC_NAMESPACE);
    }

    /** A node or edge as read: where it stands, its id (an edge's source and target), its data by key name. */
    private record Element(String where, String id, String source, String target, Map<String, String> data) {}

    /** A graph being read. */
    private static final class Graph {
        final int line;
        final String caseId;
        final String session;
        final String date;
        final Map<String, String> ego = new LinkedHashMap<>();
        final List<Element> nodes = new ArrayList<>();
        final List<Element> edges = new ArrayList<>();

        Graph(int line, String caseId, String session, String date) {
            this.line = line;
            this.caseId = caseId;
            this.session = session;
            this.date = date;
        }
    }

    /**
     * The interviews of the document, one per top-level {@code <graph>}.
     *
     * @throws BadInput naming the line at fault
     */
    public static List<NetworkCanvasInterview> read(byte[] document) throws BadInput {
        Map<String, String> keyNames = new HashMap<>();
        List<Graph> graphs = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            xml = GraphmlDocument.reader(document);
            int depth = 0;
            Graph graph = null;
            Map<String, String> owner = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw BadInput.of(GraphmlDocument.at(xml), "exchange.bad.graphmlDtd");
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    switch (xml.getLocalName()) {
                        case "graph" -> {
                            graph = null;
                            owner = null;
                        }
                        case "node", "edge" -> owner = graph == null ? null : graph.ego;
                        default -> {
                            // nothing to close
                        }
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (++depth > GraphmlDocument.DEEPEST) {
                    throw BadInput.of(
                            GraphmlDocument.at(xml),
                            "exchange.bad.nestedTooDeep",
                            String.valueOf(GraphmlDocument.DEEPEST));
                }
                int line = xml.getLocation().getLineNumber();
                switch (xml.getLocalName()) {
                    case "key" -> {
                        String id = attribute(xml, "id");
                        String name = xml.getAttributeValue(null, "attr.name");
                        keyNames.put(id, name == null || name.isBlank() ? id : name);
                    }
                    case "graph" -> {
                        if (graph != null) {
                            throw BadInput.of("GraphML line " + line, "exchange.bad.graphInGraph");
                        }
                        String finished = xml.getAttributeValue(NC_NAMESPACE, "sessionFinishTime");
                        String started = xml.getAttributeValue(NC_NAMESPACE, "sessionStartTime");
                        String exported = xml.getAttributeValue(NC_NAMESPACE, "sessionExportTime");
                        String caseId = xml.getAttributeValue(NC_NAMESPACE, "caseId");
                        graph = new Graph(
                                line,
                                caseId == null ? "" : caseId,
                                xml.getAttributeValue(NC_NAMESPACE, "sessionUUID"),
                                finished != null ? finished : started != null ? started : exported);
                        if (graph.session == null || graph.session.isBlank()) {
                            throw BadInput.of("GraphML line " + line, "exchange.bad.sessionUuid");
                        }
                        graphs.add(graph);
                        owner = graph.ego;
                    }
                    case "node" -> {
                        requireGraph(graph, line, "node");
                        String id = attribute(xml, "id");
                        owner = new LinkedHashMap<>();
                        graph.nodes.add(new Element(
                                "GraphML line " + line + " <node id=\"" + id + "\">", id, null, null, owner));
                    }
                    case "edge" -> {
                        requireGraph(graph, line, "edge");
                        String id = xml.getAttributeValue(null, "id");
                        owner = new LinkedHashMap<>();
                        graph.edges.add(new Element(
                                "GraphML line " + line + (id == null ? " <edge>" : " <edge id=\"" + id + "\">"),
                                id,
                                attribute(xml, "source"),
                                attribute(xml, "target"),
                                owner));
                    }
                    case "data" -> {
                        String key = attribute(xml, "key");
                        String value = GraphmlDocument.text(xml);
                        depth--;
                        if (owner != null) {
                            owner.put(keyNames.getOrDefault(key, key), value);
                        }
                    }
                    case "hyperedge" -> throw BadInput.of(GraphmlDocument.at(xml), "exchange.bad.hyperedge");
                    default -> {
                        // the graphml element, descriptions and defaults carry nothing we read
                    }
                }
            }
        } catch (XMLStreamException malformed) {
            throw GraphmlDocument.describe(malformed);
        } finally {
            GraphmlDocument.close(xml);
        }
        if (graphs.isEmpty()) {
            throw BadInput.of(null, "exchange.bad.noGraph");
        }
        List<NetworkCanvasInterview> interviews = new ArrayList<>();
        for (Graph graph : graphs) {
            interviews.add(interview(graph));
        }
        return interviews;
    }

    private static NetworkCanvasInterview interview(Graph graph) throws BadInput {
        Map<String, String> uuidByNodeId = new HashMap<>();
        List<NetworkCanvasInterview.Node> nodes = new ArrayList<>();
        Map<String, Set<String>> nodeColumns = new LinkedHashMap<>();
        for (Element node : graph.nodes) {
            String uuid = node.data().getOrDefault(NetworkCanvasZip.UUID_COLUMN, node.id());
            String type = node.data().get(TYPE);
            if (FlatMember.blank(type)) {
                throw BadInput.of(node.where(), "exchange.bad.required", TYPE);
            }
            if (uuidByNodeId.put(node.id(), uuid) != null) {
                throw BadInput.of(node.where(), "exchange.bad.nodeTwice", node.id());
            }
            nodeColumns
                    .computeIfAbsent(type, t -> new LinkedHashSet<>())
                    .addAll(variables(node.data()).keySet());
            nodes.add(new NetworkCanvasInterview.Node(node.where(), type, uuid, variables(node.data())));
        }
        List<NetworkCanvasInterview.Edge> edges = new ArrayList<>();
        Map<String, Set<String>> edgeColumns = new LinkedHashMap<>();
        for (Element edge : graph.edges) {
            String type = edge.data().getOrDefault(TYPE, "edge");
            for (String end : List.of(edge.source(), edge.target())) {
                if (!uuidByNodeId.containsKey(end)) {
                    throw BadInput.of(
                            edge.where(),
                            "exchange.bad.unknownNode",
                            end.equals(edge.source()) ? "source" : "target",
                            end);
                }
            }
            edgeColumns
                    .computeIfAbsent(type, t -> new LinkedHashSet<>())
                    .addAll(variables(edge.data()).keySet());
            edges.add(new NetworkCanvasInterview.Edge(
                    edge.where(), type, uuidByNodeId.get(edge.source()), uuidByNodeId.get(edge.target())));
        }
        Map<String, NetworkCanvasInterview.EntityType> nodeTypes = new LinkedHashMap<>();
        nodeColumns.forEach((type, used) -> nodeTypes.put(
                type,
                new NetworkCanvasInterview.EntityType(
                        type, "GraphML nodes of type \"" + type + "\"", List.copyOf(used))));
        Map<String, NetworkCanvasInterview.EntityType> edgeTypes = new LinkedHashMap<>();
        edgeColumns.forEach((type, used) -> edgeTypes.put(
                type,
                new NetworkCanvasInterview.EntityType(
                        type, "GraphML edges of type \"" + type + "\"", List.copyOf(used))));
        return new NetworkCanvasInterview(
                graph.caseId,
                graph.session,
                graph.date,
                new NetworkCanvasInterview.Ego("GraphML line " + graph.line + " <graph>", variables(graph.ego)),
                nodeTypes,
                edgeTypes,
                nodes,
                edges);
    }

    private static Map<String, String> variables(Map<String, String> data) {
        Map<String, String> variables = new LinkedHashMap<>(data);
        variables.keySet().removeAll(BUILT_IN);
        return variables;
    }

    private static void requireGraph(Graph graph, int line, String element) throws BadInput {
        if (graph == null) {
            throw BadInput.of("GraphML line " + line, "exchange.bad.outsideGraph", element);
        }
    }

    private static String attribute(XMLStreamReader xml, String name) throws BadInput {
        String value = xml.getAttributeValue(null, name);
        if (value == null || value.isBlank()) {
            throw BadInput.of(
                    "GraphML line " + xml.getLocation().getLineNumber(),
                    "exchange.bad.attributeRequired",
                    xml.getLocalName(),
                    name);
        }
        return value;
    }
}

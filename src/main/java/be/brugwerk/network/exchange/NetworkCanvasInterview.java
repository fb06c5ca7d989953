package be.brugwerk.network.exchange;

import java.util.List;
import java.util.Map;

/**
 * One interview (session) of a Network Canvas export, as its CSV files or its GraphML {@code <graph>} hold it: the
 * case and session ids, when it was held, the ego's variables, the nodes of every type and the edges of every type.
 * Nothing is interpreted yet; {@link NetworkCanvasMapping} turns it into a map.
 *
 * @param caseId the researcher's case id ({@code networkCanvasCaseID}, {@code nc:caseId})
 * @param session the session's UUID ({@code networkCanvasSessionID}, {@code nc:sessionUUID})
 * @param date when the interview ended (else started, else was exported), as the file writes it; may be null
 * @param ego the ego's variables by column name, with where they stood ({@code ego}{@code .where})
 * @param nodeTypes per node type, the variable columns it has and where they are declared
 * @param edgeTypes per edge type, the variable columns it has and where they are declared
 */
public record NetworkCanvasInterview(
        String caseId,
        String session,
        String date,
        Ego ego,
        Map<String, EntityType> nodeTypes,
        Map<String, EntityType> edgeTypes,
        List<Node> nodes,
        List<Edge> edges) {

    public NetworkCanvasInterview {
        nodeTypes = Map.copyOf(nodeTypes);
        edgeTypes = Map.copyOf(edgeTypes);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** The ego's row (or the graph's own data): its variables by column name. */
    public record Ego(String where, Map<String, String> variables) {}

    /**
     * A node or edge type and the variable columns its file (or the GraphML keys) declares, without the columns
     * Network Canvas writes for every entity (ids and UUIDs).
     */
    public record EntityType(String name, String where, List<String> columns) {

        public EntityType {
            columns = List.copyOf(columns);
        }
    }

    /** A node: its type, its UUID ({@code networkCanvasUUID}) and its variables by column name. */
    public record Node(String where, String type, String uuid, Map<String, String> variables) {}

    /** An edge of type {@code type} between two nodes, by their UUIDs. */
    public record Edge(String where, String type, String source, String target) {}

    /** How many nodes of {@code type} the interview holds. */
    public long count(String type) {
        return nodes.stream().filter(n -> n.type().equals(type)).count();
    }
}

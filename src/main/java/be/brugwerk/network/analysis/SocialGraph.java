package be.brugwerk.network.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A whole undirected graph of people and who knows whom, such as a GraphML file holds, out of which one
 * person's ego network can be taken as a structure-only {@link NetworkMap}.
 *
 * <p>Like {@code nx.Graph}: parallel edges collapse into one and the direction of an edge is ignored.
 * Unlike it, self-loops are dropped, because a person is not their own network member and a tie joins two
 * members; the measures then equal networkx's on the graph with {@code nx.selfloop_edges} removed. An edge
 * to a node that is not declared, or a node declared twice, is an {@link InvalidNetworkMap}. Immutable once
 * built; building is O(V + E).
 */
public final class SocialGraph {

    private final Map<String, Set<String>> adjacency;

    private SocialGraph(Map<String, Set<String>> adjacency) {
        this.adjacency = adjacency;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The number of nodes. */
    public int nodes() {
        return adjacency.size();
    }

    /** Whether {@code node} is in the graph. */
    public boolean contains(String node) {
        return adjacency.containsKey(node);
    }

    /**
     * The ego network of {@code ego} as a structure-only map: its neighbours, in the order the graph declares
     * them, as members without a recorded relationship, and the edges among them as ties. O(d²) set look-ups
     * for d neighbours.
     *
     * @throws InvalidNetworkMap when {@code ego} is not in the graph
     */
    public NetworkMap egoMap(String ego) {
        Set<String> neighbours = adjacency.get(ego);
        if (neighbours == null) {
            throw new InvalidNetworkMap("Ego " + ego + " is not a node of the graph");
        }
        List<String> members =
                adjacency.keySet().stream().filter(neighbours::contains).toList();
        List<Tie> ties = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Set<String> around = adjacency.get(members.get(i));
            for (int j = i + 1; j < members.size(); j++) {
                if (around.contains(members.get(j))) {
                    ties.add(new Tie(members.get(i), members.get(j)));
                }
            }
        }
        return new NetworkMap(ego, members.stream().map(Member::unrecorded).toList(), ties);
    }

    /** Collects nodes and edges; nodes must be declared before the edges that name them. */
    public static final class Builder {

        private final Map<String, Set<String>> adjacency = new LinkedHashMap<>();

        private Builder() {}

        /** Adds a node. @throws InvalidNetworkMap when it was added before */
        public Builder node(String id) {
            Objects.requireNonNull(id, "id");
            if (adjacency.putIfAbsent(id, new LinkedHashSet<>()) != null) {
                throw new InvalidNetworkMap("Node " + id + " is declared more than once");
            }
            return this;
        }

        /** Adds an undirected edge; a repeated edge collapses and a self-loop is dropped. */
        public Builder edge(String source, String target) {
            for (String end : List.of(source, target)) {
                if (!adjacency.containsKey(end)) {
                    throw new InvalidNetworkMap("Edge " + source + "–" + target + " names unknown node " + end);
                }
            }
            if (!source.equals(target)) {
                adjacency.get(source).add(target);
                adjacency.get(target).add(source);
            }
            return this;
        }

        /** Whether {@code id} was added. */
        public boolean hasNode(String id) {
            return adjacency.containsKey(id);
        }

        public SocialGraph build() {
            Map<String, Set<String>> frozen = new LinkedHashMap<>();
            adjacency.forEach((node, neighbours) -> frozen.put(node, Set.copyOf(neighbours)));
            return new SocialGraph(frozen);
        }
    }
}

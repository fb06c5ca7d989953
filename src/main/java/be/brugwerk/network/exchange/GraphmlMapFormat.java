package be.brugwerk.network.exchange;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A network map as GraphML (docs/network-map-format.md, "GraphML"): the participant is a node with
 * {@code role = participant}, every member a node carrying the properties of its relationship as {@code <data>},
 * each member joined to the participant by an edge, and the ties among members as edges with an optional
 * {@code strength} and {@code label}. Keys are declared with their {@code attr.name} equal to their id, and read by
 * {@code attr.name}. As Network Canvas does, the ego–alter relationship's data sits on the alter's node.
 */
public final class GraphmlMapFormat {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    static final String ROLE = "role";
    static final String PARTICIPANT = "participant";
    static final String MEMBER = "member";
    static final String STRENGTH = "strength";
    static final String LABEL = "label";

    private GraphmlMapFormat() {}

    public static MapFile read(byte[] document) throws BadInput {
        return read(GraphmlDocument.parse(document));
    }

    /**
     * The id of the node with {@code role = participant} (by a key whose {@code attr.name} is {@code role}), if the
     * document has one: then it is a map in this format, not a bare graph.
     */
    public static Optional<String> participantOf(GraphmlDocument graphml) {
        Set<String> roleKeys = new HashSet<>();
        graphml.keys().values().stream().filter(key -> ROLE.equals(nameOf(key))).forEach(key -> roleKeys.add(key.id()));
        return graphml.nodes().stream()
                .filter(node -> node.data().entrySet().stream()
                        .anyMatch(d -> roleKeys.contains(d.getKey())
                                && PARTICIPANT.equals(d.getValue().strip())))
                .map(GraphmlDocument.Node::id)
                .findFirst();
    }

    public static MapFile read(GraphmlDocument graphml) throws BadInput {
        String participant = null;
        List<MapFile.Member> members = new ArrayList<>();
        Set<String> memberIds = new LinkedHashSet<>();
        for (GraphmlDocument.Node node : graphml.nodes()) {
            Map<String, String> values = values(graphml, node.data(), "node", node.element());
            String role = values.getOrDefault(ROLE, MEMBER);
            if (role.equals(PARTICIPANT)) {
                if (participant != null) {
                    throw BadInput.of(node.element(), "exchange.bad.secondParticipant", participant);
                }
                participant = node.id();
            } else if (role.equals(MEMBER)) {
                values.remove(ROLE);
                members.add(FlatMember.read(node.element(), node.id(), values));
                memberIds.add(node.id());
            } else {
                throw BadInput.of(node.element(), "exchange.bad.role", role);
            }
        }
        if (participant == null) {
            throw BadInput.of("GraphML", "exchange.bad.noParticipant");
        }
        List<MapFile.Tie> ties = new ArrayList<>();
        for (GraphmlDocument.Edge edge : graphml.edges()) {
            Map<String, String> values = values(graphml, edge.data(), "edge", edge.element());
            boolean fromParticipant = edge.source().equals(participant);
            boolean toParticipant = edge.target().equals(participant);
            if (fromParticipant && toParticipant) {
                throw BadInput.of(edge.element(), "exchange.bad.participantTiedToThemselves");
            }
            if (fromParticipant || toParticipant) { // a relationship: its data is on the member's node
                String member = fromParticipant ? edge.target() : edge.source();
                if (!memberIds.contains(member)) {
                    throw BadInput.of(
                            edge.element(),
                            "exchange.bad.unknownMember",
                            fromParticipant ? "target" : "source",
                            member);
                }
                continue;
            }
            ties.add(new MapFile.Tie(
                    edge.element(),
                    edge.source(),
                    edge.target(),
                    FlatMember.whole(values.get(STRENGTH), edge.element(), STRENGTH),
                    values.get(LABEL),
                    "source",
                    "target"));
        }
        return new MapFile(participant, 0, members, ties);
    }

    /** The values of a node's or edge's data by property name, defaults filled in; unknown properties refused. */
    private static Map<String, String> values(
            GraphmlDocument graphml, Map<String, String> data, String domain, String element) throws BadInput {
        Set<String> known = domain.equals("node") ? nodeProperties() : Set.of(STRENGTH, LABEL);
        Map<String, String> values = new HashMap<>();
        for (GraphmlDocument.Key key : graphml.keys().values()) {
            if (key.defaultValue() != null
                    && (domain.equals(key.domain()) || "all".equals(key.domain()))
                    && known.contains(nameOf(key))) {
                values.put(nameOf(key), key.defaultValue());
            }
        }
        for (Map.Entry<String, String> datum : data.entrySet()) {
            GraphmlDocument.Key key = graphml.keys().get(datum.getKey());
            if (key == null) {
                throw BadInput.of(element, "exchange.bad.undeclaredKey", datum.getKey());
            }
            if (!known.contains(nameOf(key))) {
                throw BadInput.of(element, "exchange.bad.unknownKeyProperty", nameOf(key), key.id(), known.toString());
            }
            values.put(nameOf(key), datum.getValue().strip());
        }
        return values;
    }

    private static String nameOf(GraphmlDocument.Key key) {
        return key.name() == null ? key.id() : key.name();
    }

    private static Set<String> nodeProperties() {
        Set<String> known = new LinkedHashSet<>();
        known.add(ROLE);
        known.addAll(FlatMember.PROPERTIES);
        return known;
    }

    /** The map as a GraphML document (UTF-8, indented). */
    public static byte[] write(MapFile map) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NAMESPACE);
            key(xml, ROLE, "node", "string");
            for (String property : FlatMember.PROPERTIES) {
                key(xml, property, "node", typeOf(property));
            }
            key(xml, STRENGTH, "edge", "int");
            key(xml, LABEL, "edge", "string");
            indent(xml, 1);
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "network-map");
            xml.writeAttribute("edgedefault", "undirected");
            String participant = map.participant() == null ? PARTICIPANT : map.participant();
            node(xml, participant, Map.of(ROLE, PARTICIPANT));
            for (MapFile.Member member : map.members()) {
                Map<String, String> values = new LinkedHashMap<>();
                values.put(ROLE, MEMBER);
                values.putAll(FlatMember.write(member));
                node(xml, member.id(), values);
            }
            int edge = 0;
            for (MapFile.Member member : map.members()) {
                edge(xml, "r" + ++edge, participant, member.id(), Map.of());
            }
            edge = 0;
            for (MapFile.Tie tie : map.ties()) {
                Map<String, String> values = new LinkedHashMap<>();
                if (tie.strength() != null) {
                    values.put(STRENGTH, tie.strength().toString());
                }
                if (tie.label() != null) {
                    values.put(LABEL, tie.label());
                }
                edge(xml, "t" + ++edge, tie.first(), tie.second(), values);
            }
            indent(xml, 1);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException cannotHappen) {
            throw new IllegalStateException("writing GraphML to memory failed", cannotHappen);
        }
        return bytes.toByteArray();
    }

    /**
     * The GraphML {@code attr.type} of a member property: readers such as networkx' {@code read_graphml} convert each
     * value by it, and refuse the file when a value does not fit.
     */
    private static String typeOf(String property) {
        return switch (property) {
            case "lightTie", "formal" -> "boolean";
            case FlatMember.ANGLE -> "double";
            default -> "string";
        };
    }

    private static void key(XMLStreamWriter xml, String name, String domain, String type) throws XMLStreamException {
        indent(xml, 1);
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", name);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void node(XMLStreamWriter xml, String id, Map<String, String> values) throws XMLStreamException {
        indent(xml, 2);
        xml.writeStartElement("node");
        xml.writeAttribute("id", id);
        data(xml, values);
        indent(xml, 2);
        xml.writeEndElement();
    }

    private static void edge(XMLStreamWriter xml, String id, String source, String target, Map<String, String> values)
            throws XMLStreamException {
        indent(xml, 2);
        if (values.isEmpty()) {
            xml.writeEmptyElement("edge");
        } else {
            xml.writeStartElement("edge");
        }
        xml.writeAttribute("id", id);
        xml.writeAttribute("source", source);
        xml.writeAttribute("target", target);
        if (!values.isEmpty()) {
            data(xml, values);
            indent(xml, 2);
            xml.writeEndElement();
        }
    }

    /** One {@code <data>} line per value, a level deeper than its node or edge. */
    private static void data(XMLStreamWriter xml, Map<String, String> values) throws XMLStreamException {
        for (Map.Entry<String, String> value : values.entrySet()) {
            indent(xml, 3);
            xml.writeStartElement("data");
            xml.writeAttribute("key", value.getKey());
            xml.writeCharacters(value.getValue());
            xml.writeEndElement();
        }
    }

    private static void indent(XMLStreamWriter xml, int level) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(level));
    }
}

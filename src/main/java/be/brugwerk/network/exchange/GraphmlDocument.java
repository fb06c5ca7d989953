package be.brugwerk.network.exchange;

import java.io.ByteArrayInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The nodes, edges and keys of a GraphML document, read once, safely, with the JDK's StAX parser; the command line's
 * bare graph and the import of a stored map both read GraphML through here.
 *
 * <p>Safe by construction: a document type declaration is refused outright, so no DTD is read and no entity
 * (internal or external) is ever expanded — neither an XXE payload nor a "billion laughs" gets further than its
 * {@code <!DOCTYPE>}; elements nest at most {@value #DEEPEST} deep; the caller bounds the input size. Only the first
 * top-level {@code <graph>} is read; nodes of nested graphs count as its nodes (as networkx's {@code read_graphml}).
 * A node declared twice and {@code <hyperedge>} are refused. {@code <data>} is read as its text, also when it holds
 * markup (yEd's graphics), so that any GraphML can be read as a bare graph.
 *
 * @param keys the declared keys by id
 * @param nodes the nodes in document order
 * @param edges the edges in document order
 */
public record GraphmlDocument(Map<String, Key> keys, List<Node> nodes, List<Edge> edges) {

    static final int DEEPEST = 64;

    /** A {@code <key>}: its id, what it is for ({@code node}, {@code edge}, {@code all}, ...), its name and default. */
    public record Key(String id, String domain, String name, String defaultValue, int line) {}

    /** A {@code <node>} with its {@code <data>} by key id. */
    public record Node(String id, Map<String, String> data, int line) {

        public String element() {
            return "GraphML <node id=\"" + id + "\">";
        }
    }

    /** An {@code <edge>} (its id may be null) with its {@code <data>} by key id. */
    public record Edge(String id, String source, String target, Map<String, String> data, int line) {

        public String element() {
            return id == null ? "GraphML <edge> on line " + line : "GraphML <edge id=\"" + id + "\">";
        }
    }

    public static GraphmlDocument parse(byte[] document) throws BadInput {
        Map<String, Key> keys = new LinkedHashMap<>();
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            xml = reader(document);
            int depth = 0;
            int graphDepth = 0;
            boolean graphSeen = false;
            Map<String, String> owner = null; // the data of the node or edge being read
            String keyId = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw BadInput.of(at(xml), "exchange.bad.graphmlDtd");
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    switch (xml.getLocalName()) {
                        case "graph" -> graphDepth--;
                        case "node", "edge" -> owner = null;
                        case "key" -> keyId = null;
                        default -> {
                            // nothing to close
                        }
                    }
                    if (graphSeen && graphDepth == 0) {
                        break; // the first top-level graph is the graph
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (++depth > DEEPEST) {
                    throw BadInput.of(at(xml), "exchange.bad.nestedTooDeep", String.valueOf(DEEPEST));
                }
                switch (xml.getLocalName()) {
                    case "graph" -> {
                        graphDepth++;
                        graphSeen = true;
                    }
                    case "key" -> {
                        keyId = required(xml, "key", "id");
                        keys.put(
                                keyId,
                                new Key(
                                        keyId,
                                        xml.getAttributeValue(null, "for"),
                                        xml.getAttributeValue(null, "attr.name"),
                                        null,
                                        line(xml)));
                    }
                    case "default" -> {
                        if (keyId != null) {
                            Key key = keys.get(keyId);
                            keys.put(keyId, new Key(key.id(), key.domain(), key.name(), text(xml), key.line()));
                            depth--;
                        }
                    }
                    case "node" -> {
                        String id = required(xml, "node", "id");
                        Node node = new Node(id, new LinkedHashMap<>(), line(xml));
                        if (nodes.putIfAbsent(id, node) != null) {
                            throw BadInput.of(at(xml), "exchange.bad.nodeTwice", id);
                        }
                        owner = node.data();
                    }
                    case "edge" -> {
                        Edge edge = new Edge(
                                xml.getAttributeValue(null, "id"),
                                required(xml, "edge", "source"),
                                required(xml, "edge", "target"),
                                new LinkedHashMap<>(),
                                line(xml));
                        edges.add(edge);
                        owner = edge.data();
                    }
                    case "data" -> {
                        String key = required(xml, "data", "key");
                        String value = text(xml);
                        depth--;
                        if (owner != null) {
                            owner.put(key, value);
                        }
                    }
                    case "hyperedge" -> throw BadInput.of(at(xml), "exchange.bad.hyperedge");
                    default -> {
                        // ports, descriptions and the graphml element itself carry nothing we read
                    }
                }
            }
            if (!graphSeen) {
                throw BadInput.of(null, "exchange.bad.noGraph");
            }
        } catch (XMLStreamException malformed) {
            throw describe(malformed);
        } finally {
            close(xml);
        }
        return new GraphmlDocument(
                Map.copyOf(keys),
                nodes.values().stream()
                        .map(n -> new Node(n.id(), Map.copyOf(n.data()), n.line()))
                        .toList(),
                edges.stream()
                        .map(e -> new Edge(e.id(), e.source(), e.target(), Map.copyOf(e.data()), e.line()))
                        .toList());
    }

    /**
     * A reader of {@code document} from {@link #factory()} that says nothing on the standard error. The JDK's StAX
     * parser, decoding bytes itself, prints a {@code [Fatal Error]} line to {@code System.err} for bytes that are no
     * text in the document's encoding before it throws, and takes no error handler to stop it; so the document is
     * decoded here, strictly, in the encoding its XML declaration names (UTF-8 when it names none, its byte order mark
     * skipped), and such bytes end the parse with an {@link XMLStreamException} at their position alone. A document in
     * UTF-16 or UTF-32, or in an encoding the JDK does not know, is left to the parser.
     */
    static XMLStreamReader reader(byte[] document) throws XMLStreamException {
        Charset encoding = declaredEncoding(document);
        if (encoding == null) {
            return factory().createXMLStreamReader(new ByteArrayInputStream(document));
        }
        int start = startsWith(document, UTF8_BYTE_ORDER_MARK) ? UTF8_BYTE_ORDER_MARK.length : 0;
        CharsetDecoder strict = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader text = new InputStreamReader(new ByteArrayInputStream(document, start, document.length - start), strict);
        return factory().createXMLStreamReader(new FilterReader(text) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                try {
                    return super.read(buffer, offset, length);
                } catch (CharacterCodingException notText) {
                    // a plain IOException: the parser reports a CharConversionException on stderr too
                    throw new IOException("bytes that are not " + encoding.name() + " text", notText);
                }
            }
        });
    }

    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final Pattern XML_DECLARATION =
            Pattern.compile("^<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");

    /** The encoding the document names, UTF-8 when it names none, or null when the parser should find it out. */
    private static Charset declaredEncoding(byte[] document) {
        int start = startsWith(document, UTF8_BYTE_ORDER_MARK) ? UTF8_BYTE_ORDER_MARK.length : 0;
        if (start == 0
                && document.length >= 2
                && (document[0] == 0 || document[1] == 0 || document[0] == (byte) 0xFE || document[0] == (byte) 0xFF)) {
            return null; // UTF-16 or UTF-32, with or without a byte order mark
        }
        String head = new String(document, start, Math.min(document.length - start, 256), StandardCharsets.ISO_8859_1);
        Matcher declared = XML_DECLARATION.matcher(head);
        if (!declared.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset named = Charset.forName(declared.group(1));
            return named.name().startsWith("UTF-16") || named.name().startsWith("UTF-32") ? null : named;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean startsWith(byte[] document, byte[] prefix) {
        return document.length >= prefix.length && Arrays.equals(document, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** A StAX factory that supports no DTD and resolves no external entity. */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entities are not resolved: " + systemId);
        });
        return factory;
    }

    /** The text of the current element, markup inside it skipped; the reader ends on its end tag. */
    static String text(XMLStreamReader xml) throws XMLStreamException, BadInput {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++depth > DEEPEST) {
                        throw BadInput.of(at(xml), "exchange.bad.nestedTooDeep", String.valueOf(DEEPEST));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    text.append(xml.getText());
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw BadInput.of(at(xml), "exchange.bad.entityReference", xml.getLocalName());
                default -> {
                    // comments and processing instructions are not text
                }
            }
        }
        return text.toString();
    }

    private static String required(XMLStreamReader xml, String element, String attribute) throws BadInput {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null || value.isBlank()) {
            throw BadInput.of(at(xml), "exchange.bad.attributeRequired", element, attribute);
        }
        return value;
    }

    private static int line(XMLStreamReader xml) {
        return xml.getLocation().getLineNumber();
    }

    static String at(XMLStreamReader xml) {
        return "line " + line(xml);
    }

    /** The parser's message on one line, led by its position. */
    static BadInput describe(XMLStreamException malformed) {
        String message = malformed.getMessage() == null ? "" : malformed.getMessage();
        int detail = message.indexOf("Message: ");
        String reason = (detail >= 0 ? message.substring(detail + "Message: ".length()) : message)
                .replaceAll("\\s+", " ")
                .trim();
        if (malformed.getLocation() == null) {
            return BadInput.of(null, "exchange.bad.malformedXml", reason);
        }
        return BadInput.of(
                "line " + malformed.getLocation().getLineNumber() + ", column "
                        + malformed.getLocation().getColumnNumber(),
                "exchange.bad.malformedXml",
                reason);
    }

    static void close(XMLStreamReader xml) {
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

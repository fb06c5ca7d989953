package be.brugwerk.network.exchange;

import be.brugwerk.network.analysis.CapitalType;
import be.brugwerk.network.analysis.ContactFrequency;
import be.brugwerk.network.analysis.Level;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.network.analysis.Valence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brugwerk's JSON map format (docs/network-map-format.md, docs/network-map.schema.json): what {@code analyse} reads,
 * what the API exports and imports. Strict: unknown properties, duplicate keys and unknown enum values are refused
 * with a message naming the element, so that a typo never silently changes an analysis. A property given as
 * {@code null} counts as left out.
 */
public final class JsonMapFormat {

    static final Set<String> MAP_PROPERTIES = Set.of("version", "participant", "members", "ties");
    static final Set<String> MEMBER_PROPERTIES = Set.of(
            "id",
            "name",
            "category",
            "ring",
            "frequency",
            "support",
            "valence",
            "status",
            "statusSince",
            "statusNote",
            "capitalType",
            "level",
            "lightTie",
            "formal",
            "note",
            "angle");
    static final Set<String> TIE_PROPERTIES = Set.of("first", "second", "strength", "label");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonMapFormat() {}

    public static MapFile read(byte[] document) throws BadInput {
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (JacksonException malformed) {
            String where = malformed.getLocation() == null
                    ? "JSON"
                    : "line " + malformed.getLocation().getLineNr() + ", column "
                            + malformed.getLocation().getColumnNr();
            throw BadInput.of(
                    where,
                    "exchange.bad.malformedJson",
                    malformed.getOriginalMessage().replaceAll("\\s+", " "));
        }
        if (root == null || !root.isObject()) {
            throw BadInput.of(null, "exchange.bad.notAMap");
        }
        onlyKnown(root, MAP_PROPERTIES, null); // null: the file as a whole, which has no name of its own
        int version = 0;
        if (present(root, "version")) {
            if (!root.get("version").isInt() || root.get("version").intValue() < 0) {
                throw BadInput.of("version", "exchange.bad.version");
            }
            version = root.get("version").intValue();
        }
        String participant = present(root, "participant") ? text(root, "participant", null) : null;
        JsonNode members = root.get("members");
        if (members == null || !members.isArray()) {
            throw BadInput.of("members", "exchange.bad.membersRequired");
        }
        List<MapFile.Member> read = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            read.add(member(members.get(i), "members[" + i + "]"));
        }
        List<MapFile.Tie> ties = new ArrayList<>();
        if (present(root, "ties")) {
            JsonNode tieNodes = root.get("ties");
            if (!tieNodes.isArray()) {
                throw BadInput.of("ties", "exchange.bad.tiesArray");
            }
            for (int i = 0; i < tieNodes.size(); i++) {
                ties.add(tie(tieNodes.get(i), "ties[" + i + "]"));
            }
        }
        return new MapFile(participant, version, read, ties);
    }

    /** The map as a JSON document (UTF-8, indented); properties without a value are left out. */
    public static byte[] write(MapFile map) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", map.version());
        if (map.participant() != null) {
            root.put("participant", map.participant());
        }
        ArrayNode members = root.putArray("members");
        for (MapFile.Member m : map.members()) {
            ObjectNode member = members.addObject();
            member.put("id", m.id());
            FlatMember.write(m).forEach((property, value) -> {
                if (property.startsWith(FlatMember.SUPPORT)) {
                    ObjectNode support =
                            member.has("support") ? (ObjectNode) member.get("support") : member.putObject("support");
                    support.put(property.substring(FlatMember.SUPPORT.length()), value);
                } else if (property.equals("lightTie") || property.equals("formal")) {
                    member.put(property, Boolean.parseBoolean(value));
                } else if (property.equals(FlatMember.ANGLE)) {
                    member.put(property, m.angle());
                } else {
                    member.put(property, value);
                }
            });
        }
        ArrayNode ties = root.putArray("ties");
        for (MapFile.Tie t : map.ties()) {
            ObjectNode tie = ties.addObject();
            tie.put("first", t.first());
            tie.put("second", t.second());
            if (t.strength() != null) {
                tie.put("strength", t.strength());
            }
            if (t.label() != null) {
                tie.put("label", t.label());
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    private static MapFile.Member member(JsonNode node, String path) throws BadInput {
        if (!node.isObject()) {
            throw BadInput.of(path, "exchange.bad.memberObject");
        }
        String id = text(node, "id", path);
        String element = path + " (member \"" + id + "\")";
        onlyKnown(node, MEMBER_PROPERTIES, element);
        JsonNode angle = node.get("angle");
        if (present(node, "angle") && !angle.isNumber()) {
            throw BadInput.of(element, "exchange.bad.angleNumber");
        }
        RelationCategory category = value(node, "category", RelationCategory.class, element);
        return new MapFile.Member(
                element,
                id,
                present(node, "name") ? text(node, "name", element) : null,
                category,
                value(node, "ring", Ring.class, element),
                value(node, "frequency", ContactFrequency.class, element),
                support(node, element),
                value(node, "valence", Valence.class, element),
                value(node, "status", RelationshipStatus.class, element),
                FlatMember.date(optionalText(node, "statusSince", element), element, "statusSince"),
                optionalText(node, "statusNote", element),
                value(node, "capitalType", CapitalType.class, element),
                value(node, "level", Level.class, element),
                Boolean.TRUE.equals(flag(node, "lightTie", element)),
                flag(node, "formal", element),
                optionalText(node, "note", element),
                present(node, "angle") ? angle.doubleValue() : null);
    }

    private static Map<SupportFunction, SupportDirection> support(JsonNode member, String element) throws BadInput {
        Map<SupportFunction, SupportDirection> support = new EnumMap<>(SupportFunction.class);
        if (!present(member, "support")) {
            return support;
        }
        JsonNode node = member.get("support");
        if (!node.isObject()) {
            throw BadInput.of(element, "exchange.bad.supportObject");
        }
        for (String function : node.propertyNames()) {
            SupportFunction parsed = FlatMember.parse(SupportFunction.class, function, element, "support function");
            JsonNode direction = node.get(function);
            if (!direction.isString()) {
                throw BadInput.of(
                        element, "exchange.bad.supportDirection", function, Arrays.toString(SupportDirection.values()));
            }
            support.put(
                    parsed,
                    FlatMember.parse(
                            SupportDirection.class,
                            direction.stringValue(),
                            element,
                            "support " + function + " direction"));
        }
        return support;
    }

    private static MapFile.Tie tie(JsonNode node, String path) throws BadInput {
        if (!node.isObject()) {
            throw BadInput.of(path, "exchange.bad.tieObject");
        }
        onlyKnown(node, TIE_PROPERTIES, path);
        String first = text(node, "first", path);
        String second = text(node, "second", path);
        JsonNode strength = node.get("strength");
        if (present(node, "strength") && !strength.isInt()) {
            throw BadInput.of(path, "exchange.bad.strengthWhole");
        }
        return new MapFile.Tie(
                path,
                first,
                second,
                present(node, "strength") ? strength.intValue() : null,
                optionalText(node, "label", path),
                "first",
                "second");
    }

    private static boolean present(JsonNode node, String property) {
        return node.has(property) && !node.get(property).isNull();
    }

    private static void onlyKnown(JsonNode node, Set<String> known, String element) throws BadInput {
        for (String property : node.propertyNames()) {
            if (!known.contains(property)) {
                throw BadInput.of(element, "exchange.bad.unknownProperty", property);
            }
        }
    }

    private static String text(JsonNode node, String property, String element) throws BadInput {
        JsonNode value = node.get(property);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw BadInput.of(element, "exchange.bad.required", property);
        }
        return value.stringValue();
    }

    private static String optionalText(JsonNode node, String property, String element) throws BadInput {
        if (!present(node, property)) {
            return null;
        }
        if (!node.get(property).isString()) {
            throw BadInput.of(element, "exchange.bad.string", property);
        }
        return node.get(property).stringValue();
    }

    private static Boolean flag(JsonNode node, String property, String element) throws BadInput {
        if (!present(node, property)) {
            return null;
        }
        if (!node.get(property).isBoolean()) {
            throw BadInput.of(element, "exchange.bad.trueOrFalse", property);
        }
        return node.get(property).booleanValue();
    }

    private static <E extends Enum<E>> E value(JsonNode node, String property, Class<E> type, String element)
            throws BadInput {
        JsonNode value = node.get(property);
        if (value == null || !value.isString()) {
            throw BadInput.of(element, "exchange.bad.oneOf", property, Arrays.toString(type.getEnumConstants()));
        }
        return FlatMember.parse(type, value.stringValue(), element, property);
    }
}

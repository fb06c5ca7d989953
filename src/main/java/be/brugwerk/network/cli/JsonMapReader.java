package be.brugwerk.network.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import be.brugwerk.network.analysis.CapitalType;
import be.brugwerk.network.analysis.ContactFrequency;
import be.brugwerk.network.analysis.Level;
import be.brugwerk.network.analysis.Member;
import be.brugwerk.network.analysis.NetworkMap;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.Relationship;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.network.analysis.Tie;
import be.brugwerk.network.analysis.Valence;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a network map in Brugwerk's JSON format (docs/network-map-format.md, docs/network-map.schema.json)
 * into a {@link NetworkMap}. Strict: unknown properties, duplicate keys and unknown enum values are
 * refused with a message naming the element, so that a typo never silently changes an analysis.
 */
final class JsonMapReader {

    private static final Set<String> MAP_PROPERTIES = Set.of("version", "participant", "members", "ties");
    private static final Set<String> MEMBER_PROPERTIES = Set.of("id", "category", "ring", "frequency", "support",
            "valence", "status", "capitalType", "level", "lightTie", "formal");
    private static final Set<String> TIE_PROPERTIES = Set.of("between", "strength");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonMapReader() {
    }

    static NetworkMap read(byte[] document) throws BadInput {
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (JacksonException malformed) {
            String where = malformed.getLocation() == null ? ""
                    : "line " + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr()
                            + ": ";
            throw new BadInput(where + "malformed JSON: " + malformed.getOriginalMessage().replaceAll("\\s+", " "));
        }
        if (root == null || !root.isObject()) {
            throw new BadInput("the JSON map must be an object with participant, members and ties");
        }
        onlyKnown(root, MAP_PROPERTIES, "the map");
        if (root.has("version") && !(root.get("version").isInt() && root.get("version").intValue() == 1)) {
            throw new BadInput("version: only version 1 of the map format is supported");
        }
        String participant = text(root, "participant", "the map");
        JsonNode members = root.get("members");
        if (members == null || !members.isArray()) {
            throw new BadInput("members: an array of members is required");
        }
        List<Member> read = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            read.add(member(members.get(i), "members[" + i + "]"));
        }
        List<Tie> ties = new ArrayList<>();
        JsonNode tieNodes = root.get("ties");
        if (tieNodes != null && !tieNodes.isArray()) {
            throw new BadInput("ties: must be an array");
        }
        if (tieNodes != null) {
            for (int i = 0; i < tieNodes.size(); i++) {
                ties.add(tie(tieNodes.get(i), "ties[" + i + "]"));
            }
        }
        return new NetworkMap(participant, read, ties);
    }

    private static Member member(JsonNode node, String path) throws BadInput {
        if (!node.isObject()) {
            throw new BadInput(path + ": a member must be an object");
        }
        String id = text(node, "id", path);
        String element = path + " (member \"" + id + "\")";
        onlyKnown(node, MEMBER_PROPERTIES, element);
        RelationCategory category = value(node, "category", RelationCategory.class, element);
        Relationship relationship = new Relationship(category, value(node, "ring", Ring.class, element),
                value(node, "frequency", ContactFrequency.class, element), support(node, element),
                value(node, "valence", Valence.class, element),
                value(node, "status", RelationshipStatus.class, element),
                value(node, "capitalType", CapitalType.class, element), value(node, "level", Level.class, element),
                flag(node, "lightTie", false, element),
                flag(node, "formal", category == RelationCategory.PROFESSIONAL, element));
        return new Member(id, relationship);
    }

    private static Map<SupportFunction, SupportDirection> support(JsonNode member, String element)
            throws BadInput {
        Map<SupportFunction, SupportDirection> support = new EnumMap<>(SupportFunction.class);
        JsonNode node = member.get("support");
        if (node == null) {
            return support;
        }
        if (!node.isObject()) {
            throw new BadInput(element + ": support must be an object of function: direction");
        }
        for (String function : node.propertyNames()) {
            SupportFunction parsed = parse(SupportFunction.class, function, element + ": support function");
            JsonNode direction = node.get(function);
            if (!direction.isString()) {
                throw new BadInput(element + ": support " + function + " must be one of "
                        + Arrays.toString(SupportDirection.values()));
            }
            support.put(parsed, parse(SupportDirection.class, direction.stringValue(),
                    element + ": support " + function + " direction"));
        }
        return support;
    }

    private static Tie tie(JsonNode node, String path) throws BadInput {
        if (!node.isObject()) {
            throw new BadInput(path + ": a tie must be an object");
        }
        onlyKnown(node, TIE_PROPERTIES, path);
        JsonNode between = node.get("between");
        if (between == null || !between.isArray() || between.size() != 2 || !between.get(0).isString()
                || !between.get(1).isString()) {
            throw new BadInput(path + ": between must name two member ids");
        }
        JsonNode strength = node.get("strength");
        if (strength != null && !strength.isInt()) {
            throw new BadInput(path + ": strength must be a whole number");
        }
        String first = between.get(0).stringValue();
        String second = between.get(1).stringValue();
        if (first.equals(second)) {
            throw new BadInput(path + ": a tie joins two different members, not " + first + " to itself");
        }
        return new Tie(first, second, strength == null ? OptionalInt.empty() : OptionalInt.of(strength.intValue()));
    }

    private static void onlyKnown(JsonNode node, Set<String> known, String element) throws BadInput {
        for (String property : node.propertyNames()) {
            if (!known.contains(property)) {
                throw new BadInput(element + ": unknown property \"" + property + "\"");
            }
        }
    }

    private static String text(JsonNode node, String property, String element) throws BadInput {
        JsonNode value = node.get(property);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw new BadInput(element + ": " + property + " is required (a non-empty string)");
        }
        return value.stringValue();
    }

    private static boolean flag(JsonNode node, String property, boolean absent, String element) throws BadInput {
        JsonNode value = node.get(property);
        if (value == null) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw new BadInput(element + ": " + property + " must be true or false");
        }
        return value.booleanValue();
    }

    private static <E extends Enum<E>> E value(JsonNode node, String property, Class<E> type, String element)
            throws BadInput {
        JsonNode value = node.get(property);
        if (value == null || !value.isString()) {
            throw new BadInput(element + ": " + property + " is required, one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
        return parse(type, value.stringValue(), element + ": " + property);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String what) throws BadInput {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new BadInput(what + ": unknown value \"" + value + "\", expected one of "
                + Arrays.toString(type.getEnumConstants()));
    }
}

package be.brugwerk.network.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.brugwerk.network.analysis.CapitalType;
import be.brugwerk.network.analysis.ContactFrequency;
import be.brugwerk.network.analysis.Level;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.network.analysis.Valence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/network-map.schema.json says exactly what the JSON reader accepts: the same properties, required ones and
 * values; the example and every export are valid, and files the reader refuses are invalid. No JSON Schema library
 * is on the class path, so {@link #violations} checks the keywords the schema uses, and fails on any other keyword,
 * so that the schema cannot grow past what this test checks.
 */
class MapSchemaUnitTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNode SCHEMA =
            JSON.readTree(Path.of("docs/network-map.schema.json").toFile());
    static final Set<String> ANNOTATIONS =
            Set.of("$schema", "$id", "$defs", "title", "description", "default", "format");

    @Test
    void namesThePropertiesTheReaderTakes() {
        assertThat(names(SCHEMA.get("properties"))).isEqualTo(JsonMapFormat.MAP_PROPERTIES);
        assertThat(names(SCHEMA.at("/$defs/member/properties"))).isEqualTo(JsonMapFormat.MEMBER_PROPERTIES);
        assertThat(names(SCHEMA.at("/$defs/tie/properties"))).isEqualTo(JsonMapFormat.TIE_PROPERTIES);
        List<String> required = new ArrayList<>(List.of("id"));
        required.addAll(FlatMember.REQUIRED);
        assertThat(texts(SCHEMA.at("/$defs/member/required"))).isEqualTo(required);
        assertThat(texts(SCHEMA.at("/$defs/tie/required"))).containsExactly("first", "second");
        assertThat(names(SCHEMA.at("/$defs/member/properties/support/properties")))
                .isEqualTo(constants(SupportFunction.class));
    }

    @Test
    void allowsTheValuesOfTheEngine() {
        assertThat(enumOf("category")).isEqualTo(constants(RelationCategory.class));
        assertThat(enumOf("ring")).isEqualTo(constants(Ring.class));
        assertThat(enumOf("frequency")).isEqualTo(constants(ContactFrequency.class));
        assertThat(enumOf("valence")).isEqualTo(constants(Valence.class));
        assertThat(enumOf("status")).isEqualTo(constants(RelationshipStatus.class));
        assertThat(enumOf("capitalType")).isEqualTo(constants(CapitalType.class));
        assertThat(enumOf("level")).isEqualTo(constants(Level.class));
        assertThat(texts(SCHEMA.at("/$defs/direction/enum")).stream().collect(Collectors.toSet()))
                .isEqualTo(constants(SupportDirection.class));
    }

    @Test
    void findsTheExampleAndEveryExportValid() throws IOException {
        JsonNode example = JSON.readTree(
                Files.readAllBytes(Path.of("src/test/resources/network/maps/participant-in-poverty.json")));
        JsonNode exported = JSON.readTree(JsonMapFormat.write(MapFilesUnitTests.everyProperty()));

        assertThat(violations(example, SCHEMA, "")).isEmpty();
        assertThat(violations(exported, SCHEMA, "")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"members\":[{\"id\":\"a\",\"category\":\"FRIEND\",\"ring\":\"HIGH\",\"frequency\":\"DAILY\","
                        + "\"valence\":\"SUPPORTIVE\",\"status\":\"ACTIVE\",\"capitalType\":\"BONDING\",\"level\":\"CITY\"}]}",
                "{\"members\":[{\"id\":\"a\",\"category\":\"FRIEND\",\"ring\":\"INNER\",\"frequency\":\"DAILY\","
                        + "\"valence\":\"SUPPORTIVE\",\"status\":\"ACTIVE\",\"capitalType\":\"BONDING\"}]}",
                "{\"members\":[],\"colour\":\"red\"}",
                "{\"members\":[],\"ties\":[{\"between\":[\"a\",\"b\"]}]}",
                "{\"members\":[],\"version\":-1}",
                "{\"members\":[{\"id\":\" \",\"category\":\"FRIEND\",\"ring\":\"INNER\",\"frequency\":\"DAILY\","
                        + "\"valence\":\"SUPPORTIVE\",\"status\":\"ACTIVE\",\"capitalType\":\"BONDING\",\"level\":\"CITY\"}]}",
                "{\"members\":[{\"id\":\"a\",\"category\":\"FRIEND\",\"ring\":\"INNER\",\"frequency\":\"DAILY\","
                        + "\"support\":{\"MATERIAL\":\"TAKES\"},\"valence\":\"SUPPORTIVE\",\"status\":\"ACTIVE\","
                        + "\"capitalType\":\"BONDING\",\"level\":\"CITY\"}]}",
                "{\"participant\":\"p\"}"
            })
    void findsInvalidWhatTheReaderRefuses(String document) {
        assertThrows(BadInput.class, () -> JsonMapFormat.read(MapFilesUnitTests.bytes(document)));
        assertThat(violations(JSON.readTree(document), SCHEMA, "")).isNotEmpty();
    }

    @Test
    void findsALabelLongerThanATieHoldsInvalidAsTheImportRefusesIt() throws BadInput {
        String member = "{\"id\":\"%s\",\"category\":\"FRIEND\",\"ring\":\"INNER\",\"frequency\":\"DAILY\","
                + "\"valence\":\"SUPPORTIVE\",\"status\":\"ACTIVE\",\"capitalType\":\"BONDING\",\"level\":\"CITY\"}";
        String document = "{\"members\":[" + member.formatted("a") + "," + member.formatted("b")
                + "],\"ties\":[{\"first\":\"a\",\"second\":\"b\",\"label\":\"" + "x".repeat(101) + "\"}]}";
        MapFile read = JsonMapFormat.read(MapFilesUnitTests.bytes(document));

        assertThrows(BadInput.class, () -> read.toImport(0));
        assertThat(violations(JSON.readTree(document), SCHEMA, "")).containsExactly("/ties/0/label: longer than 100");
    }

    /** What in {@code value} breaks {@code schema} (the keywords this schema uses; any other fails the test). */
    static List<String> violations(JsonNode value, JsonNode schema, String at) {
        List<String> found = new ArrayList<>();
        for (String keyword : schema.propertyNames()) {
            JsonNode rule = schema.get(keyword);
            switch (keyword) {
                case "$ref" ->
                    found.addAll(violations(value, SCHEMA.at(rule.stringValue().substring(1)), at));
                case "type" -> {
                    List<String> types = rule.isArray() ? texts(rule) : List.of(rule.stringValue());
                    if (types.stream().noneMatch(type -> isOfType(value, type))) {
                        found.add(at + ": not of type " + types);
                    }
                }
                case "enum" -> {
                    if (!value.isString() || !texts(rule).contains(value.stringValue())) {
                        found.add(at + ": not one of " + texts(rule));
                    }
                }
                case "required" ->
                    texts(rule).stream()
                            .filter(property -> !value.isObject() || !value.has(property))
                            .forEach(property -> found.add(at + ": " + property + " is missing"));
                case "properties" -> {
                    if (value.isObject()) {
                        for (String property : rule.propertyNames()) {
                            if (value.has(property)) {
                                found.addAll(violations(value.get(property), rule.get(property), at + "/" + property));
                            }
                        }
                    }
                }
                case "additionalProperties" -> {
                    if (value.isObject() && !rule.booleanValue()) {
                        value.propertyNames().stream()
                                .filter(property -> !schema.get("properties").has(property))
                                .forEach(property -> found.add(at + ": " + property + " is not allowed"));
                    }
                }
                case "items" -> {
                    if (value.isArray()) {
                        for (int i = 0; i < value.size(); i++) {
                            found.addAll(violations(value.get(i), rule, at + "/" + i));
                        }
                    }
                }
                case "minLength" -> {
                    if (value.isString() && value.stringValue().length() < rule.intValue()) {
                        found.add(at + ": shorter than " + rule.intValue());
                    }
                }
                case "maxLength" -> {
                    if (value.isString() && value.stringValue().length() > rule.intValue()) {
                        found.add(at + ": longer than " + rule.intValue());
                    }
                }
                case "pattern" -> {
                    if (value.isString()
                            && !Pattern.compile(rule.stringValue())
                                    .matcher(value.stringValue())
                                    .find()) {
                        found.add(at + ": does not match " + rule.stringValue());
                    }
                }
                case "minimum" -> {
                    if (value.isNumber() && value.doubleValue() < rule.doubleValue()) {
                        found.add(at + ": below " + rule.doubleValue());
                    }
                }
                default ->
                    assertThat(ANNOTATIONS).as("a keyword this test checks").contains(keyword);
            }
        }
        return found;
    }

    private static boolean isOfType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new AssertionError("unknown type " + type);
        };
    }

    private static Set<String> enumOf(String property) {
        return texts(SCHEMA.at("/$defs/member/properties/" + property + "/enum")).stream()
                .collect(Collectors.toSet());
    }

    private static Set<String> names(JsonNode object) {
        return Set.copyOf(object.propertyNames());
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::stringValue).toList();
    }

    private static <E extends Enum<E>> Set<String> constants(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
    }
}

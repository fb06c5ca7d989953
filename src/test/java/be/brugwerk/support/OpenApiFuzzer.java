package be.brugwerk.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests for one operation of an OpenAPI description, made from its parameters and request body schema by a
 * seeded {@link Random}: well-formed values, and hostile ones (nulls, wrong types, boundary numbers, empty, huge and
 * control-character strings, impossible dates, deep nesting, bodies that are not JSON). A request that failed can be
 * {@linkplain #shrink shrunk} to a smaller one that still fails. Knows nothing of Brugwerk: ids for path parameters
 * come from an {@link IdSource}.
 */
public final class OpenApiFuzzer {

    /** Ids a path or body may name: of the caller's own organisation, of another one, by what the address calls them. */
    public interface IdSource {

        /** A known id for a parameter that follows {@code segment} in the path (e.g. "participants"), or null. */
        String own(String segment, Random random);

        String foreign(String segment, Random random);
    }

    /** One operation: its method, its path template under the server root, and its description. */
    public record Operation(String method, String path, JsonNode description) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * A request to send. The body is JSON built as a tree ({@code json}) or, for a body that is not valid JSON at
     * all, raw text ({@code raw}); {@link #body()} gives what goes on the wire.
     */
    public record Request(
            Operation operation,
            Map<String, String> pathValues,
            Map<String, String> query,
            String contentType,
            JsonNode json,
            String raw) {

        public String target() {
            String path = operation.path();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            if (query.isEmpty()) {
                return path;
            }
            return path + "?"
                    + query.entrySet().stream()
                            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                            .collect(Collectors.joining("&"));
        }

        /** The body as sent, hostile fragments (lone surrogates, deep nesting) put in as raw JSON; null for none. */
        public String body() {
            if (raw != null) {
                return raw;
            }
            if (json == null) {
                return null;
            }
            String text = MAPPER.writeValueAsString(json);
            for (Map.Entry<String, String> fragment : RAW_FRAGMENTS.entrySet()) {
                text = text.replace("\"" + fragment.getKey() + "\"", fragment.getValue());
            }
            return text;
        }

        @Override
        public String toString() {
            String body = body();
            String shown = body == null
                    ? "(no body)"
                    : body.length() > 600 ? body.substring(0, 600) + "... (" + body.length() + " characters)" : body;
            return operation.method() + " " + abbreviate(target()) + " [" + contentType + "] " + shown;
        }
    }

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Placeholders in text nodes that {@link Request#body()} replaces by JSON that a tree cannot hold. */
    private static final Map<String, String> RAW_FRAGMENTS = Map.of(
            "\uE000lone-surrogate",
            "\"a\\ud800b\"",
            "\uE000deep-array",
            "[".repeat(3000) + "]".repeat(3000),
            "\uE000deep-object",
            "{\"a\":".repeat(1500) + "1" + "}".repeat(1500),
            "\uE000huge-number",
            "1e999999",
            "\uE000long-integer",
            "9".repeat(400));

    private static final List<String> HOSTILE_TEXTS = List.of(
            "",
            " ",
            "\u0000",
            "a\u0000b",
            "\u0007\u001b[31m",
            "line\nbreak\ttab",
            "\u2028\u2029",
            "\uFEFF",
            "\uE000lone-surrogate",
            "%00",
            "../../etc/passwd",
            "<script>alert(1)</script>",
            "' or 1=1 --",
            "\"; drop table participant; --",
            "${7*7}",
            "null",
            "\uD83D\uDE00\uD83D\uDE00",
            "e\u0301",
            "\u202Ereversed",
            "ÿ".repeat(300));
    private static final List<String> ODD_DATES = List.of(
            "+99999-01-01",
            "-0500-01-01",
            "0000-01-01",
            "2026-02-30",
            "2026-13-01",
            "2026-00-10",
            "9999-12-31",
            "1900-01-01",
            "2026-03-02T25:00:00Z",
            "2026-03-02T10:00:00+25:00",
            "02/03/2026",
            "",
            "-999999999-01-01",
            "+999999999-12-31",
            "2026-W10-1",
            "1e9");
    private static final List<String> ODD_PATH_VALUES = List.of(
            "abc",
            "0",
            "-1",
            "%00",
            "%20",
            "..",
            "%2e%2e",
            "%2F",
            "null",
            "undefined",
            "1e309",
            "%F0%9F%98%80",
            "%C0%AF",
            "%FF",
            "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "0" + "1".repeat(40),
            "x".repeat(3000),
            "%0D%0ASet-Cookie:a=b",
            "ABCDEF01-2345-6789-ABCD-EF0123456789",
            "abcdef0123456789abcdef0123456789",
            "%E2%80%AE",
            ";",
            "%3B");
    private static final List<String> NOT_JSON = List.of(
            "",
            "{",
            "}",
            "[",
            "null",
            "[]",
            "\"text\"",
            "12",
            "{\"a\":",
            "{'single':'quotes'}",
            "\uE000deep-array",
            "\uE000deep-object",
            "{\"a\":1,\"a\":2}",
            "<xml/>",
            "\u0000",
            "{\"a\":\"\\ud800\"}",
            "\uFEFF{}",
            "[1,]",
            "{\"a\":1e999999}",
            "true");

    private final JsonNode document;
    private final IdSource ids;

    public OpenApiFuzzer(JsonNode document, IdSource ids) {
        this.document = document;
        this.ids = ids;
    }

    /** Every operation whose path starts with {@code prefix}, in the order of the description. */
    public List<Operation> operations(String prefix) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith(prefix)) {
                continue;
            }
            for (String method : List.of("get", "put", "post", "patch", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(new Operation(method.toUpperCase(), path.getKey(), operation));
                }
            }
        }
        return operations;
    }

    /** A request for the operation; hostile values are likelier when {@code hostile} is set. */
    public Request request(Operation operation, Random random, boolean hostile) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.description().path("parameters")) {
            String name = parameter.path("name").asString();
            JsonNode schema = resolve(parameter.path("schema"));
            switch (parameter.path("in").asString()) {
                case "path" -> pathValues.put(name, pathValue(operation.path(), name, schema, random, hostile));
                case "query" -> {
                    if (parameter.path("required").asBoolean(false) || random.nextInt(3) > 0) {
                        query.put(name, queryValue(schema, random, hostile));
                    }
                }
                default -> {
                    // headers and cookies: the client sets its own
                }
            }
        }
        JsonNode content = operation.description().path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            // an operation without a body may still be sent one
            return hostile && random.nextInt(10) == 0
                    ? new Request(operation, pathValues, query, "application/json", null, pick(NOT_JSON, random))
                    : new Request(operation, pathValues, query, "application/json", null, null);
        }
        String contentType = content.has("application/json")
                ? "application/json"
                : content.propertyNames().iterator().next();
        JsonNode schema = content.path(contentType).path("schema");
        if (hostile && random.nextInt(8) == 0) {
            String sentAs = random.nextInt(3) == 0
                    ? pick(
                            List.of(
                                    "text/plain",
                                    "application/xml",
                                    "application/x-www-form-urlencoded",
                                    "application/json; charset=ISO-8859-1"),
                            random)
                    : contentType;
            return new Request(operation, pathValues, query, sentAs, null, pick(NOT_JSON, random));
        }
        return new Request(operation, pathValues, query, contentType, value(schema, random, hostile ? 6 : 0, 0), null);
    }

    /**
     * Smaller requests that would still show the same failure if it lies in what is left: without the body, with one
     * property, element, or query parameter less, with shorter strings and simpler numbers. Tried in order by
     * {@link #shrink}.
     */
    public List<Request> smaller(Request request) {
        List<Request> candidates = new ArrayList<>();
        if (request.raw() != null) {
            candidates.add(withBody(request, null, null));
            if (request.raw().length() > 1) {
                candidates.add(withBody(
                        request, null, request.raw().substring(0, request.raw().length() / 2)));
            }
        }
        if (request.json() != null) {
            candidates.add(withBody(request, null, null));
            for (JsonNode smaller : smaller(request.json())) {
                candidates.add(withBody(request, smaller, null));
            }
        }
        for (String name : request.query().keySet()) {
            Map<String, String> without = new LinkedHashMap<>(request.query());
            without.remove(name);
            candidates.add(new Request(
                    request.operation(),
                    request.pathValues(),
                    without,
                    request.contentType(),
                    request.json(),
                    request.raw()));
            String value = request.query().get(name);
            if (value.length() > 1) {
                Map<String, String> shorter = new LinkedHashMap<>(request.query());
                shorter.put(name, value.substring(0, value.length() / 2));
                candidates.add(new Request(
                        request.operation(),
                        request.pathValues(),
                        shorter,
                        request.contentType(),
                        request.json(),
                        request.raw()));
            }
        }
        for (Map.Entry<String, String> value : request.pathValues().entrySet()) {
            if (value.getValue().length() > 40) {
                Map<String, String> shorter = new LinkedHashMap<>(request.pathValues());
                shorter.put(
                        value.getKey(),
                        value.getValue().substring(0, value.getValue().length() / 2));
                candidates.add(new Request(
                        request.operation(),
                        shorter,
                        request.query(),
                        request.contentType(),
                        request.json(),
                        request.raw()));
            }
        }
        return candidates;
    }

    /**
     * The smallest request reachable from {@code failing} by repeatedly taking the first smaller one that still
     * {@code fails}, after at most {@code budget} tries.
     */
    public Request shrink(Request failing, Predicate<Request> fails, int budget) {
        Request current = failing;
        int tries = 0;
        boolean progress = true;
        while (progress && tries < budget) {
            progress = false;
            for (Request candidate : smaller(current)) {
                if (tries++ >= budget) {
                    break;
                }
                if (fails.test(candidate)) {
                    current = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    private static Request withBody(Request request, JsonNode json, String raw) {
        return new Request(
                request.operation(), request.pathValues(), request.query(), request.contentType(), json, raw);
    }

    private static List<JsonNode> smaller(JsonNode node) {
        List<JsonNode> smaller = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames()) {
                ObjectNode without = object.deepCopy();
                without.remove(name);
                smaller.add(without);
            }
            for (String name : object.propertyNames()) {
                for (JsonNode value : smaller(object.get(name))) {
                    ObjectNode changed = object.deepCopy();
                    changed.set(name, value);
                    smaller.add(changed);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                ArrayNode without = array.deepCopy();
                without.remove(i);
                smaller.add(without);
            }
            for (int i = 0; i < array.size(); i++) {
                for (JsonNode value : smaller(array.get(i))) {
                    ArrayNode changed = array.deepCopy();
                    changed.set(i, value);
                    smaller.add(changed);
                }
            }
        } else if (node.isString() && node.asString().length() > 1 && !RAW_FRAGMENTS.containsKey(node.asString())) {
            String text = node.asString();
            smaller.add(NODES.stringNode(text.substring(0, text.length() / 2)));
            smaller.add(NODES.stringNode(text.substring(text.length() / 2)));
        } else if (node.isNumber() && !node.asString().equals("0")) {
            smaller.add(NODES.numberNode(0));
        }
        return smaller;
    }

    private String pathValue(String path, String name, JsonNode schema, Random random, boolean hostile) {
        if (schema.has("enum") && (!hostile || random.nextInt(3) > 0)) {
            return pick(texts(schema.get("enum")), random);
        }
        String segment = segmentBefore(path, name);
        int roll = random.nextInt(100);
        if (hostile && roll < 25) {
            return pick(ODD_PATH_VALUES, random);
        }
        if (roll < 65) {
            String own = ids.own(segment, random);
            if (own != null) {
                return own;
            }
        } else if (roll < 85) {
            String foreign = ids.foreign(segment, random);
            if (foreign != null) {
                return foreign;
            }
        }
        if ("integer".equals(type(schema))) {
            return Integer.toString(random.nextInt(5) - 1);
        }
        return UUID.nameUUIDFromBytes(Long.toString(random.nextLong()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private String queryValue(JsonNode schema, Random random, boolean hostile) {
        JsonNode value = value(schema, random, hostile ? 30 : 0, 0);
        if (value == null || value.isNull()) {
            return "";
        }
        String text = value.isString() ? value.asString() : MAPPER.writeValueAsString(value);
        String raw = RAW_FRAGMENTS.get(text);
        text = raw != null ? raw : text;
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    /** A value for the schema; with percentage {@code hostility} any value may be a hostile one instead. */
    JsonNode value(JsonNode schemaOrReference, Random random, int hostility, int depth) {
        JsonNode schema = resolve(schemaOrReference);
        if (random.nextInt(100) < hostility) {
            return hostile(schema, random);
        }
        if (depth > 6) {
            return NODES.nullNode();
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (schema.has(choice) && !schema.get(choice).isEmpty()) {
                JsonNode options = schema.get(choice);
                return value(options.get(random.nextInt(options.size())), random, hostility, depth + 1);
            }
        }
        if (schema.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            for (JsonNode part : schema.get("allOf")) {
                JsonNode value = value(part, random, hostility, depth + 1);
                if (value instanceof ObjectNode object) {
                    merged.setAll(object);
                }
            }
            return merged;
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = type(schema);
        if (type == null) {
            type = schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
        }
        return switch (type) {
            case "object" -> object(schema, random, hostility, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = Math.max(schema.path("minItems").asInt(0), random.nextInt(4));
                for (int i = 0; i < size; i++) {
                    array.add(value(schema.path("items"), random, hostility, depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(between(schema, random, 0, 120));
            case "number" -> NODES.numberNode(between(schema, random, 0, 120) + random.nextInt(100) / 100.0);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "null" -> NODES.nullNode();
            default -> NODES.stringNode(string(schema, random));
        };
    }

    private ObjectNode object(JsonNode schema, Random random, int hostility, int depth) {
        ObjectNode object = NODES.objectNode();
        List<String> required = texts(schema.path("required"));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            if (required.contains(property.getKey()) || random.nextInt(10) < 7) {
                object.set(property.getKey(), value(property.getValue(), random, hostility, depth + 1));
            }
        }
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject()) {
            for (int i = random.nextInt(3); i > 0; i--) {
                object.set(string(NODES.objectNode(), random), value(additional, random, hostility, depth + 1));
            }
        }
        if (hostility > 0 && random.nextInt(10) == 0) {
            object.put("unexpected" + random.nextInt(10), "extra");
        }
        return object;
    }

    private JsonNode hostile(JsonNode schema, Random random) {
        String type = type(schema);
        String format = schema.path("format").asString("");
        return switch (random.nextInt(8)) {
            case 0 -> NODES.nullNode();
            case 1 ->
                "string".equals(type)
                        ? pick(
                                List.<JsonNode>of(
                                        NODES.numberNode(12345),
                                        NODES.booleanNode(true),
                                        NODES.objectNode(),
                                        NODES.arrayNode()),
                                random)
                        : pick(
                                List.<JsonNode>of(
                                        NODES.stringNode("abc"),
                                        NODES.stringNode(""),
                                        NODES.objectNode(),
                                        NODES.arrayNode().add(1)),
                                random);
            case 2 -> format.startsWith("date") ? NODES.stringNode(pick(ODD_DATES, random)) : boundaryNumber(random);
            case 3 -> NODES.stringNode(random.nextBoolean() ? "x".repeat(100_000) : "é".repeat(5_001));
            case 4 ->
                NODES.stringNode(pick(
                        List.of("\uE000deep-array", "\uE000deep-object", "\uE000huge-number", "\uE000long-integer"),
                        random));
            case 5 ->
                format.startsWith("date") || "uuid".equals(format)
                        ? NODES.stringNode(pick(ODD_DATES, random))
                        : NODES.stringNode(pick(HOSTILE_TEXTS, random));
            default -> NODES.stringNode(pick(HOSTILE_TEXTS, random));
        };
    }

    private static JsonNode boundaryNumber(Random random) {
        return pick(
                List.<JsonNode>of(
                        NODES.numberNode(0),
                        NODES.numberNode(-1),
                        NODES.numberNode(Integer.MAX_VALUE),
                        NODES.numberNode(Integer.MIN_VALUE),
                        NODES.numberNode(Long.MAX_VALUE),
                        NODES.numberNode(Long.MIN_VALUE),
                        NODES.numberNode(BigInteger.TWO.pow(64)),
                        NODES.numberNode(new BigDecimal("1e308")),
                        NODES.numberNode(0.5),
                        NODES.numberNode(-0.0),
                        NODES.numberNode(new BigDecimal("-1e-400"))),
                random);
    }

    private String string(JsonNode schema, Random random) {
        String format = schema.path("format").asString("");
        switch (format) {
            case "uuid" -> {
                String own = random.nextInt(4) > 0 ? ids.own("", random) : ids.foreign("", random);
                return own != null ? own : UUID.randomUUID().toString();
            }
            case "date" -> {
                return LocalDate.of(2026, 3, 2)
                        .plusDays(random.nextInt(2000) - 1500)
                        .toString();
            }
            case "date-time" -> {
                return LocalDate.of(2026, 3, 2).plusDays(random.nextInt(200) - 100) + "T10:15:30Z";
            }
            case "email" -> {
                return "fuzz-" + Integer.toHexString(random.nextInt()) + "@example.test";
            }
            default -> {
                int min = schema.path("minLength").asInt(1);
                int max = Math.min(schema.path("maxLength").asInt(40), Math.max(min, 40));
                int length = min + (max > min ? random.nextInt(max - min + 1) : 0);
                String alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ éèçëïöüÿ-'.0123456789";
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                return text.toString().isBlank() ? "Fuzz" : text.toString();
            }
        }
    }

    private static long between(JsonNode schema, Random random, long low, long high) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : low;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : Math.max(min, high);
        if (max <= min) {
            return min;
        }
        long span = Math.min(max - min, 10_000);
        return min + (long) (random.nextDouble() * (span + 1));
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current.has("$ref") && hops < 20; hops++) {
            String reference = current.get("$ref").asString();
            current = document.at(reference.substring(1));
        }
        return current;
    }

    /** The schema's type; in OpenAPI 3.1 a list such as ["string", "null"], of which the first that is not null. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return null;
        }
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!"null".equals(one.asString())) {
                    return one.asString();
                }
            }
            return "null";
        }
        return type.asString();
    }

    private static String segmentBefore(String path, String name) {
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + name + "}")) {
                return segments[i - 1];
            }
        }
        return "";
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        for (Iterator<JsonNode> it = array.iterator(); it.hasNext(); ) {
            texts.add(it.next().asString());
        }
        return texts;
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "... (" + text.length() + " characters)" : text;
    }
}

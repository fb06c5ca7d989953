package be.brugwerk.system.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.FlashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a session attribute is stored in {@code spring_session_attributes}: as JSON of a closed set of plain values,
 * {@code {"type": "instant", "value": "2026-03-02T09:00:00Z"}}, never as a Java-serialised object. Reading builds
 * only these types, chosen by the {@code type} word, never by a class name in the data; so a row written by someone
 * else (the earlier Java-serialised format, or a forged one) yields at most a text, a number, a time, a CSRF token,
 * flash messages or a {@link SessionSignIn} — whose account is checked again on every request.
 *
 * <p>Bytes that are not one of these values read as no value at all: an attribute in the earlier format is absent,
 * so such a session is signed out. Writing a value of any other type fails loudly: a new kind of session value is
 * a decision to make here, not something to slip into the table.
 */
final class SessionValues {

    private static final Log LOG = LogFactory.getLog(SessionValues.class);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SessionValues() {}

    /** The conversion service Spring Session stores and reads its attributes with. */
    static ConversionService conversionService() {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, SessionValues::write);
        conversions.addConverter(byte[].class, Object.class, SessionValues::read);
        return conversions;
    }

    static byte[] write(Object value) {
        return JSON.writeValueAsBytes(tagged(value));
    }

    /** The value the bytes hold, or {@code null} when they are not one of ours. */
    static Object read(byte[] bytes) {
        if (bytes == null || bytes.length == 0 || bytes[0] != '{') {
            LOG.debug("a session attribute not in our format was ignored");
            return null;
        }
        try {
            return value(JSON.readTree(bytes));
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException unreadable) {
            LOG.debug("an unreadable session attribute was ignored");
            return null;
        }
    }

    private static ObjectNode tagged(Object value) {
        ObjectNode plain = plain(value);
        if (plain != null) {
            return plain;
        }
        ObjectNode node = JSON.createObjectNode();
        if (value instanceof SessionSignIn signIn) {
            node.put("type", "sign-in");
            node.putObject("value")
                    .put("account", signIn.accountId().toString())
                    .put("signedInAt", signIn.signedInAt().toString());
        } else if (value instanceof CsrfToken token) {
            node.put("type", "csrf-token");
            node.putObject("value")
                    .put("headerName", token.getHeaderName())
                    .put("parameterName", token.getParameterName())
                    .put("token", token.getToken());
        } else if (value instanceof List<?> list && list.stream().allMatch(FlashMap.class::isInstance)) {
            node.put("type", "flash-maps");
            ArrayNode maps = node.putArray("value");
            list.forEach(map -> maps.add(flashMap((FlashMap) map)));
        } else {
            throw refused(value);
        }
        return node;
    }

    /** A text, number, yes/no or time: what a flash attribute may be too. */
    private static ObjectNode plain(Object value) {
        ObjectNode node = JSON.createObjectNode();
        if (value instanceof String text) {
            return node.put("type", "text").put("value", text);
        } else if (value instanceof Integer number) {
            return node.put("type", "integer").put("value", number);
        } else if (value instanceof Long number) {
            return node.put("type", "long").put("value", number);
        } else if (value instanceof Boolean flag) {
            return node.put("type", "boolean").put("value", flag);
        } else if (value instanceof Instant instant) {
            return node.put("type", "instant").put("value", instant.toString());
        }
        return null;
    }

    private static IllegalArgumentException refused(Object value) {
        return new IllegalArgumentException(
                "a session keeps plain values only, not a " + value.getClass().getName() + " (see SessionValues)");
    }

    private static ObjectNode flashMap(FlashMap map) {
        ObjectNode node = JSON.createObjectNode();
        node.put("path", map.getTargetRequestPath());
        ObjectNode parameters = node.putObject("parameters");
        map.getTargetRequestParams().forEach((name, values) -> {
            ArrayNode array = parameters.putArray(name);
            values.forEach(array::add);
        });
        node.put("expiresAt", map.getExpirationTime());
        ObjectNode attributes = node.putObject("attributes");
        map.forEach((name, value) -> {
            if (value == null) {
                attributes.putNull(name);
            } else {
                ObjectNode plain = plain(value);
                if (plain == null) {
                    throw refused(value);
                }
                attributes.set(name, plain);
            }
        });
        return node;
    }

    private static Object value(JsonNode node) {
        JsonNode value = node.path("value");
        return switch (node.path("type").asString("")) {
            case "text", "integer", "long", "boolean", "instant" -> plainValue(node);
            case "sign-in" ->
                new SessionSignIn(
                        UUID.fromString(requireString(value.path("account"))),
                        Instant.parse(requireString(value.path("signedInAt"))));
            case "csrf-token" ->
                new DefaultCsrfToken(
                        requireString(value.path("headerName")),
                        requireString(value.path("parameterName")),
                        requireString(value.path("token")));
            case "flash-maps" -> flashMaps(value);
            default -> unreadable();
        };
    }

    private static Object plainValue(JsonNode node) {
        JsonNode value = node.path("value");
        return switch (node.path("type").asString("")) {
            case "text" -> requireString(value);
            case "integer" -> value.isInt() ? value.intValue() : unreadable();
            case "long" -> value.isIntegralNumber() ? value.longValue() : unreadable();
            case "boolean" -> value.isBoolean() ? value.booleanValue() : unreadable();
            case "instant" -> Instant.parse(requireString(value));
            default -> unreadable();
        };
    }

    private static List<FlashMap> flashMaps(JsonNode array) {
        if (!array.isArray()) {
            return unreadable();
        }
        List<FlashMap> maps = new ArrayList<>(); // Spring MVC removes expired maps from this list
        for (JsonNode node : array.values()) {
            FlashMap map = new FlashMap();
            if (node.path("path").isString()) {
                map.setTargetRequestPath(node.path("path").asString());
            }
            MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
            for (Map.Entry<String, JsonNode> parameter : node.path("parameters").properties()) {
                parameter.getValue().values().forEach(v -> parameters.add(parameter.getKey(), requireString(v)));
            }
            map.addTargetRequestParams(parameters);
            map.setExpirationTime(node.path("expiresAt").longValue(-1));
            for (Map.Entry<String, JsonNode> attribute : node.path("attributes").properties()) {
                JsonNode tagged = attribute.getValue();
                map.put(attribute.getKey(), tagged.isNull() ? null : plainValue(tagged));
            }
            maps.add(map);
        }
        return maps;
    }

    private static String requireString(JsonNode node) {
        if (!node.isString()) {
            throw new IllegalArgumentException("not a text");
        }
        return node.asString();
    }

    private static <T> T unreadable() {
        throw new IllegalArgumentException("not a session value");
    }
}

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A member's properties as flat text, one value per name: the GraphML {@code <data>} keys and the CSV columns of
 * alters.csv. The names are those of the JSON format, with {@code support_MATERIAL} ... {@code support_CONNECTING}
 * for the support functions; an empty or missing value means "not given". {@code angle} is where the editor drew the
 * member on its ring (degrees clockwise from the top, as in JSON), so that every format carries the drawing.
 */
final class FlatMember {

    static final String NAME = "name";
    /** Every property in the order a file lists it. */
    static final List<String> PROPERTIES;
    /** Properties every member must have. */
    static final List<String> REQUIRED =
            List.of("category", "ring", "frequency", "valence", "status", "capitalType", "level");

    static final String SUPPORT = "support_";
    static final String ANGLE = "angle";
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d*)?([eE][-+]?\\d+)?");

    static {
        List<String> all = new ArrayList<>(List.of(NAME, "category", "ring", "frequency"));
        for (SupportFunction function : SupportFunction.values()) {
            all.add(SUPPORT + function.name());
        }
        all.addAll(List.of(
                "valence",
                "status",
                "statusSince",
                "statusNote",
                "capitalType",
                "level",
                "lightTie",
                "formal",
                "note",
                ANGLE));
        PROPERTIES = List.copyOf(all);
    }

    private FlatMember() {}

    /** The member's values by property name; a property without a value is left out. */
    static Map<String, String> write(MapFile.Member m) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, NAME, m.name());
        values.put("category", m.category().name());
        values.put("ring", m.ring().name());
        values.put("frequency", m.frequency().name());
        for (SupportFunction function : SupportFunction.values()) {
            SupportDirection direction = m.support().get(function);
            put(values, SUPPORT + function.name(), direction == null ? null : direction.name());
        }
        values.put("valence", m.valence().name());
        values.put("status", m.status().name());
        put(
                values,
                "statusSince",
                m.statusSince() == null ? null : m.statusSince().toString());
        put(values, "statusNote", m.statusNote());
        values.put("capitalType", m.capitalType().name());
        values.put("level", m.level().name());
        values.put("lightTie", Boolean.toString(m.lightTie()));
        values.put("formal", Boolean.toString(m.isFormal()));
        put(values, "note", m.note());
        put(values, ANGLE, m.angle() == null ? null : m.angle().toString());
        return values;
    }

    /**
     * The member {@code id} from its values by property name (unknown names must have been refused by the caller).
     *
     * @throws BadInput naming {@code where} and the property at fault
     */
    static MapFile.Member read(String where, String id, Map<String, String> values) throws BadInput {
        for (String property : REQUIRED) {
            if (blank(values.get(property))) {
                throw BadInput.of(
                        where,
                        "exchange.bad.oneOf",
                        property,
                        Arrays.toString(enumOf(property).getEnumConstants()));
            }
        }
        Map<SupportFunction, SupportDirection> support = new EnumMap<>(SupportFunction.class);
        for (SupportFunction function : SupportFunction.values()) {
            String direction = values.get(SUPPORT + function.name());
            if (!blank(direction)) {
                support.put(function, parse(SupportDirection.class, direction, where, SUPPORT + function.name()));
            }
        }
        RelationCategory category = parse(RelationCategory.class, values.get("category"), where, "category");
        return new MapFile.Member(
                where,
                id,
                text(values.get(NAME)),
                category,
                parse(Ring.class, values.get("ring"), where, "ring"),
                parse(ContactFrequency.class, values.get("frequency"), where, "frequency"),
                support,
                parse(Valence.class, values.get("valence"), where, "valence"),
                parse(RelationshipStatus.class, values.get("status"), where, "status"),
                date(values.get("statusSince"), where, "statusSince"),
                text(values.get("statusNote")),
                parse(CapitalType.class, values.get("capitalType"), where, "capitalType"),
                parse(Level.class, values.get("level"), where, "level"),
                Boolean.TRUE.equals(flag(values.get("lightTie"), where, "lightTie")),
                flag(values.get("formal"), where, "formal"),
                text(values.get("note")),
                decimal(values.get(ANGLE), where, ANGLE));
    }

    /** An enum value by its exact (upper-case) name. */
    static <E extends Enum<E>> E parse(Class<E> type, String value, String where, String property) throws BadInput {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw BadInput.of(
                where, "exchange.bad.unknownValue", property, value, Arrays.toString(type.getEnumConstants()));
    }

    static LocalDate date(String value, String where, String property) throws BadInput {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            throw BadInput.of(where, "exchange.bad.notADate", property, value);
        }
    }

    static Integer whole(String value, String where, String property) throws BadInput {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            throw BadInput.of(where, "exchange.bad.notWhole", property, value);
        }
    }

    /** A decimal number as XML Schema and JSON write it ({@code 212.5}, {@code 90}, {@code 1.5E2}). */
    static Double decimal(String value, String where, String property) throws BadInput {
        if (blank(value)) {
            return null;
        }
        if (!DECIMAL.matcher(value.strip()).matches()) {
            throw BadInput.of(where, "exchange.bad.notANumber", property, value);
        }
        return Double.valueOf(value.strip());
    }

    private static Boolean flag(String value, String where, String property) throws BadInput {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw BadInput.of(where, "exchange.bad.flagValue", property, value);
        };
    }

    private static Class<? extends Enum<?>> enumOf(String property) {
        return switch (property) {
            case "category" -> RelationCategory.class;
            case "ring" -> Ring.class;
            case "frequency" -> ContactFrequency.class;
            case "valence" -> Valence.class;
            case "status" -> RelationshipStatus.class;
            case "capitalType" -> CapitalType.class;
            default -> Level.class;
        };
    }

    private static String text(String value) {
        return blank(value) ? null : value;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void put(Map<String, String> values, String property, String value) {
        if (value != null) {
            values.put(property, value);
        }
    }
}

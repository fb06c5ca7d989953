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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a Network Canvas interview becomes a network map: which node type holds the members, which column is a member's
 * name, and which study variables give the ring, the contact frequency, the relation category and the support
 * functions, with value mappings ({@code Daily=DAILY}); optionally the layout variable whose {@code _x}/{@code _y}
 * (0–1 of the screen; {@code _X}/{@code _Y} in GraphML) says where a member is drawn. Every part is optional: without it a member stands on the
 * {@code MIDDLE} ring as an {@code ACQUAINTANCE}, seen monthly. The page and the API send it as the same flat
 * parameters ({@link #PARAMETERS}); a value mapping is {@code value=CONSTANT} pairs separated by {@code ;} (new
 * lines are read too, but a request parameter is one line).
 *
 * @param nodeType the node type whose nodes are members; null: {@code Person} (any case), else the first type
 * @param name the name column; null: {@code name}; {@code networkCanvasUUID} names a member by its node id
 * @param support per support function, the column saying whether the member gives it; a cell {@code true}, {@code 1}
 *        or {@code yes} means the participant receives it, unless {@code supportValues} maps the cell otherwise
 * @param layout a layout variable (e.g. {@code Cords}): its columns {@code Cords_x}, {@code Cords_y} (in GraphML
 *        {@code Cords_X}, {@code Cords_Y})
 */
public record NetworkCanvasMapping(
        String nodeType,
        String name,
        Column ring,
        Column frequency,
        Column category,
        Map<SupportFunction, String> support,
        Map<String, String> supportValues,
        String layout) {

    /** The parameter names, as the page's form fields and the API's query parameters. */
    public static final List<String> PARAMETERS;

    static final String NODE_ID_AS_NAME = NetworkCanvasZip.UUID_COLUMN;
    static final String SUPPORT = "support.";
    static final Ring DEFAULT_RING = Ring.MIDDLE;
    static final RelationCategory DEFAULT_CATEGORY = RelationCategory.ACQUAINTANCE;
    static final ContactFrequency DEFAULT_FREQUENCY = ContactFrequency.MONTHLY;
    private static final String WHERE = "mapping";

    static {
        List<String> names = new ArrayList<>(List.of(
                "nodeType",
                "name",
                "ring",
                "ringValues",
                "frequency",
                "frequencyValues",
                "category",
                "categoryValues"));
        Arrays.stream(SupportFunction.values()).forEach(f -> names.add(SUPPORT + f.name()));
        names.addAll(List.of("supportValues", "layout"));
        PARAMETERS = List.copyOf(names);
    }

    /** A study variable's column and what its values mean. */
    public record Column(String column, Map<String, String> values) {

        public Column {
            values = Map.copyOf(values);
        }
    }

    public NetworkCanvasMapping {
        support = Map.copyOf(support);
        supportValues = Map.copyOf(supportValues);
    }

    /** No mapping: every default. */
    public static NetworkCanvasMapping none() {
        return new NetworkCanvasMapping(null, null, null, null, null, Map.of(), Map.of(), null);
    }

    /**
     * The mapping the parameters give (unknown names are ignored: the caller passes its whole request).
     *
     * @throws BadInput naming the parameter when a value mapping is malformed or names an unknown constant
     */
    public static NetworkCanvasMapping of(Map<String, String> parameters) throws BadInput {
        Map<SupportFunction, String> support = new EnumMap<>(SupportFunction.class);
        for (SupportFunction function : SupportFunction.values()) {
            given(parameters, SUPPORT + function.name()).ifPresent(column -> support.put(function, column));
        }
        Map<String, String> supportValues = values(parameters, "supportValues", SupportDirection.class, "NONE");
        return new NetworkCanvasMapping(
                given(parameters, "nodeType").orElse(null),
                given(parameters, "name").orElse(null),
                column(parameters, "ring", Ring.class),
                column(parameters, "frequency", ContactFrequency.class),
                column(parameters, "category", RelationCategory.class),
                support,
                supportValues,
                given(parameters, "layout").orElse(null));
    }

    /** The mapping as parameters again (only those given), for a form or to keep it. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "nodeType", nodeType);
        put(parameters, "name", name);
        put(parameters, "ring", ring);
        put(parameters, "frequency", frequency);
        put(parameters, "category", category);
        support.forEach((function, column) -> parameters.put(SUPPORT + function.name(), column));
        if (!supportValues.isEmpty()) {
            parameters.put("supportValues", text(supportValues));
        }
        if (layout != null) {
            parameters.put("layout", layout);
        }
        return parameters;
    }

    /** Whether nothing is mapped. */
    public boolean isEmpty() {
        return parameters().isEmpty();
    }

    /** Study columns the export has but the import does not use, where they are declared. */
    public record Unused(String where, List<String> columns) {}

    /** A tie made of edges of one or more types between the same two members. */
    public record TieTypes(String first, String second, List<String> types) {}

    /**
     * An interview mapped: the map to import, the columns (and node types) left unused, and the edge types behind each
     * tie.
     */
    public record Result(
            NetworkCanvasInterview interview, String nodeType, MapFile map, List<Unused> unused, List<TieTypes> ties) {}

    /**
     * The interview as a map.
     *
     * @throws BadInput naming the file and line (or the mapping parameter) at fault
     */
    public Result apply(NetworkCanvasInterview interview) throws BadInput {
        String type = memberType(interview);
        NetworkCanvasInterview.EntityType members =
                type == null ? null : interview.nodeTypes().get(type);
        Set<String> used = new LinkedHashSet<>();
        String nameColumn = members == null ? null : nameColumn(members);
        if (nameColumn != null && !nameColumn.equals(NODE_ID_AS_NAME)) {
            used.add(nameColumn);
        }
        Map<String, List<String>> categorical = new LinkedHashMap<>();
        Map<String, Column> columns = new LinkedHashMap<>();
        columns.put("ring", ring);
        columns.put("frequency", frequency);
        columns.put("category", category);
        for (Map.Entry<String, Column> mapped : columns.entrySet()) {
            Column column = mapped.getValue();
            if (column == null) {
                continue;
            }
            List<String> options = options(members, column.column());
            if (options.isEmpty()) {
                used.add(existing(members, column.column(), mapped.getKey()));
            } else {
                categorical.put(column.column(), options);
                used.addAll(options);
            }
        }
        for (Map.Entry<SupportFunction, String> column : support.entrySet()) {
            used.add(existing(
                    members, column.getValue(), SUPPORT + column.getKey().name()));
        }
        List<String> layoutColumns = List.of();
        if (layout != null) {
            layoutColumns = List.of(layoutColumn(members, "x"), layoutColumn(members, "y"));
            used.addAll(layoutColumns);
        }
        List<MapFile.Member> mapped = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (NetworkCanvasInterview.Node node : interview.nodes()) {
            if (node.type().equals(type)) {
                MapFile.Member member = member(node, nameColumn, layoutColumns, categorical);
                mapped.add(member);
                names.put(node.uuid(), member.name() == null ? node.uuid() : member.name());
            }
        }
        Map<Set<String>, TreeSet<String>> typesByPair = new LinkedHashMap<>();
        Map<Set<String>, NetworkCanvasInterview.Edge> firstEdge = new LinkedHashMap<>();
        int edgesToOthers = 0;
        int edgesToThemselves = 0;
        for (NetworkCanvasInterview.Edge edge : interview.edges()) {
            if (!names.containsKey(edge.source()) || !names.containsKey(edge.target())) {
                edgesToOthers++;
                continue;
            }
            if (edge.source().equals(edge.target())) { // a map's tie joins two members: listed, not imported
                edgesToThemselves++;
                continue;
            }
            Set<String> pair = Set.of(edge.source(), edge.target());
            typesByPair.computeIfAbsent(pair, p -> new TreeSet<>()).add(edge.type());
            firstEdge.putIfAbsent(pair, edge);
        }
        List<MapFile.Tie> ties = new ArrayList<>();
        List<TieTypes> tieTypes = new ArrayList<>();
        for (Map.Entry<Set<String>, NetworkCanvasInterview.Edge> tie : firstEdge.entrySet()) {
            NetworkCanvasInterview.Edge edge = tie.getValue();
            List<String> types = List.copyOf(typesByPair.get(tie.getKey()));
            ties.add(new MapFile.Tie(
                    edge.where(),
                    edge.source(),
                    edge.target(),
                    null,
                    label(types),
                    NetworkCanvasZip.SOURCE,
                    NetworkCanvasZip.TARGET));
            tieTypes.add(new TieTypes(names.get(edge.source()), names.get(edge.target()), types));
        }
        return new Result(
                interview,
                type,
                new MapFile("ego:" + interview.session(), 0, mapped, ties),
                unused(interview, type, used, edgesToOthers, edgesToThemselves),
                tieTypes);
    }

    /**
     * A tie's label: its edge types in alphabetical order, joined by a comma ({@code family, knows}). The types that do
     * not fit in a label are left out for an ellipsis (a single type too long is cut off); the preview still lists
     * them all.
     */
    static String label(List<String> types) {
        String all = String.join(", ", types);
        if (all.length() <= MapFile.LONGEST_TIE_LABEL) {
            return all;
        }
        String more = ", …";
        StringBuilder label = new StringBuilder();
        for (String type : types) {
            String next = label.isEmpty() ? type : ", " + type;
            if (label.length() + next.length() + more.length() > MapFile.LONGEST_TIE_LABEL) {
                break;
            }
            label.append(next);
        }
        if (!label.isEmpty()) {
            return label + more;
        }
        int end = MapFile.LONGEST_TIE_LABEL - 1;
        if (Character.isHighSurrogate(all.charAt(end - 1))) { // never half a character
            end--;
        }
        return all.substring(0, end) + "…";
    }

    private String memberType(NetworkCanvasInterview interview) throws BadInput {
        if (nodeType != null) {
            if (!interview.nodeTypes().containsKey(nodeType)) {
                throw BadInput.of(
                        WHERE + " nodeType",
                        "exchange.bad.noNodeType",
                        nodeType,
                        new TreeSet<>(interview.nodeTypes().keySet()).toString());
            }
            return nodeType;
        }
        return interview.nodeTypes().keySet().stream()
                .filter(t -> t.equalsIgnoreCase("person"))
                .findFirst()
                .orElse(interview.nodeTypes().keySet().stream()
                        .sorted()
                        .findFirst()
                        .orElse(null));
    }

    private String nameColumn(NetworkCanvasInterview.EntityType members) throws BadInput {
        if (name == null) {
            if (!members.columns().contains(FlatMember.NAME)) {
                throw BadInput.of(
                        members.where(),
                        "exchange.bad.noNameColumn",
                        members.name(),
                        FlatMember.NAME,
                        members.columns().toString(),
                        NODE_ID_AS_NAME);
            }
            return FlatMember.NAME;
        }
        return name.equals(NODE_ID_AS_NAME) ? name : existing(members, name, "name");
    }

    /** {@code column}, which the mapping's parameter {@code parameter} names, if the member node type has it. */
    private static String existing(NetworkCanvasInterview.EntityType members, String column, String parameter)
            throws BadInput {
        if (members == null) {
            throw BadInput.of(WHERE, "exchange.bad.noMembers", parameter, column);
        }
        if (!members.columns().contains(column)) {
            throw BadInput.of(WHERE, "exchange.bad.notAColumn", parameter, column, members.name());
        }
        return column;
    }

    private MapFile.Member member(
            NetworkCanvasInterview.Node node,
            String nameColumn,
            List<String> layoutColumns,
            Map<String, List<String>> categorical)
            throws BadInput {
        Map<String, String> cells = node.variables();
        String memberName = nameColumn == null || nameColumn.equals(NODE_ID_AS_NAME) ? null : cells.get(nameColumn);
        Map<SupportFunction, SupportDirection> given = new EnumMap<>(SupportFunction.class);
        for (Map.Entry<SupportFunction, String> function : support.entrySet()) {
            direction(node, function.getValue()).ifPresent(direction -> given.put(function.getKey(), direction));
        }
        return new MapFile.Member(
                node.where(),
                node.uuid(),
                FlatMember.blank(memberName) ? null : memberName.strip(),
                mapped(node, category, categorical, RelationCategory.class, DEFAULT_CATEGORY),
                mapped(node, ring, categorical, Ring.class, DEFAULT_RING),
                mapped(node, frequency, categorical, ContactFrequency.class, DEFAULT_FREQUENCY),
                given,
                Valence.SUPPORTIVE,
                RelationshipStatus.ACTIVE,
                null,
                null,
                CapitalType.BONDING,
                Level.CITY,
                false,
                null,
                null,
                angle(node, layoutColumns));
    }

    /**
     * A cell by the column's value mapping, else by the constant's own name (any case); blank is the default. A
     * categorical variable ({@code categorical} holds its option columns) gives the first option whose cell is
     * {@code true}, in the order of the file's columns; none is the default.
     */
    private static <E extends Enum<E>> E mapped(
            NetworkCanvasInterview.Node node,
            Column column,
            Map<String, List<String>> categorical,
            Class<E> type,
            E otherwise)
            throws BadInput {
        if (column == null) {
            return otherwise;
        }
        String cell = categorical.containsKey(column.column())
                ? selected(node, column.column(), categorical.get(column.column()))
                : node.variables().get(column.column());
        if (FlatMember.blank(cell)) {
            return otherwise;
        }
        cell = cell.strip();
        String constant = column.values().getOrDefault(cell, cell.toUpperCase(Locale.ROOT));
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(constant)) {
                return candidate;
            }
        }
        throw BadInput.of(node.where(), "exchange.bad.unmappedValue", column.column(), cell, constants(type, null));
    }

    /** The option of a categorical variable the node has selected first ({@code <variable>_<option>} true); or null. */
    private static String selected(NetworkCanvasInterview.Node node, String variable, List<String> options) {
        return options.stream()
                .filter(option -> "true"
                        .equalsIgnoreCase(
                                node.variables().getOrDefault(option, "").strip()))
                .findFirst()
                .map(option -> option.substring(variable.length() + 1))
                .orElse(null);
    }

    /**
     * The categorical variables among {@code columns}, as a mapping may name them: every name {@code v} that is not a
     * column itself while at least two columns start with {@code v_} (the exporter's {@code <variable>_<option>}),
     * other than a layout variable's {@code v_x}, {@code v_y}.
     */
    public static List<String> categoricalVariables(List<String> columns) {
        Map<String, Integer> prefixes = new LinkedHashMap<>();
        for (String column : columns) {
            for (int end = column.indexOf('_'); end > 0; end = column.indexOf('_', end + 1)) {
                prefixes.merge(column.substring(0, end), 1, Integer::sum);
            }
        }
        return prefixes.entrySet().stream()
                .filter(p -> p.getValue() > 1 && !columns.contains(p.getKey()))
                .filter(p -> !columns.contains(p.getKey() + "_x") && !columns.contains(p.getKey() + "_X"))
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * The option columns {@code <variable>_<option>} of a categorical variable, as the exporter writes one in CSV and
     * GraphML; empty when the member node type has a column of that very name (or none is found).
     */
    private static List<String> options(NetworkCanvasInterview.EntityType members, String variable) {
        if (members == null || members.columns().contains(variable)) {
            return List.of();
        }
        return members.columns().stream()
                .filter(c -> c.startsWith(variable + "_") && c.length() > variable.length() + 1)
                .toList();
    }

    private Optional<SupportDirection> direction(NetworkCanvasInterview.Node node, String column) throws BadInput {
        String cell = node.variables().getOrDefault(column, "").strip();
        String mappedTo = supportValues.get(cell);
        if (mappedTo == null) {
            mappedTo = switch (cell.toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes" -> SupportDirection.RECEIVES.name();
                case "false", "0", "no", "" -> "NONE";
                default ->
                    throw BadInput.of(
                            node.where(),
                            "exchange.bad.unmappedValue",
                            column,
                            cell,
                            constants(SupportDirection.class, "NONE"));
            };
        }
        return mappedTo.equals("NONE") ? Optional.empty() : Optional.of(SupportDirection.valueOf(mappedTo));
    }

    /**
     * The layout variable's column for {@code axis}: {@code <layout>_x} as the CSV export names it, else
     * {@code <layout>_X} as the GraphML export names it.
     */
    private String layoutColumn(NetworkCanvasInterview.EntityType members, String axis) throws BadInput {
        String upper = layout + "_" + axis.toUpperCase(Locale.ROOT);
        if (members != null
                && !members.columns().contains(layout + "_" + axis)
                && members.columns().contains(upper)) {
            return upper;
        }
        return existing(members, layout + "_" + axis, "layout");
    }

    /**
     * The angle (0 up, clockwise, in degrees) of the node's layout position seen from the screen's centre; null
     * without a layout ({@code columns} empty).
     */
    private static Double angle(NetworkCanvasInterview.Node node, List<String> columns) throws BadInput {
        if (columns.isEmpty()) {
            return null;
        }
        Double x = coordinate(node, columns.get(0));
        Double y = coordinate(node, columns.get(1));
        if (x == null || y == null || x == 0.5 && y == 0.5) {
            return null;
        }
        double degrees = Math.toDegrees(Math.atan2(x - 0.5, 0.5 - y));
        return Math.round((degrees + 360) % 360 * 100) / 100.0 % 360;
    }

    private static Double coordinate(NetworkCanvasInterview.Node node, String column) throws BadInput {
        String cell = node.variables().get(column);
        if (FlatMember.blank(cell)) {
            return null;
        }
        try {
            double value = Double.parseDouble(cell.strip());
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw BadInput.of(node.where(), "exchange.bad.notAPosition", column, cell);
    }

    private static List<Unused> unused(
            NetworkCanvasInterview interview,
            String memberType,
            Set<String> used,
            int edgesToOthers,
            int edgesToThemselves) {
        List<Unused> unused = new ArrayList<>();
        if (!interview.ego().variables().isEmpty()) {
            unused.add(new Unused(
                    interview.ego().where(),
                    List.copyOf(interview.ego().variables().keySet())));
        }
        for (NetworkCanvasInterview.EntityType type : interview.nodeTypes().values().stream()
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList()) {
            List<String> left = type.columns().stream()
                    .filter(c -> !(type.name().equals(memberType) && used.contains(c)))
                    .toList();
            if (!type.name().equals(memberType)) {
                unused.add(new Unused(
                        type.where() + " (" + interview.count(type.name()) + " nodes of type \"" + type.name()
                                + "\", not members)",
                        left));
            } else if (!left.isEmpty()) {
                unused.add(new Unused(type.where(), left));
            }
        }
        for (NetworkCanvasInterview.EntityType type : interview.edgeTypes().values()) {
            if (!type.columns().isEmpty()) {
                unused.add(new Unused(type.where(), type.columns()));
            }
        }
        if (edgesToOthers > 0) {
            unused.add(new Unused(edgesToOthers + " edges to nodes that are not members", List.of()));
        }
        if (edgesToThemselves > 0) {
            unused.add(new Unused(edgesToThemselves + " edges from a member to itself", List.of()));
        }
        return unused;
    }

    private static Optional<String> given(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static <E extends Enum<E>> Column column(Map<String, String> parameters, String name, Class<E> type)
            throws BadInput {
        Optional<String> column = given(parameters, name);
        Map<String, String> values = values(parameters, name + "Values", type, null);
        if (column.isEmpty()) {
            if (!values.isEmpty()) {
                throw BadInput.of(WHERE + " " + name + "Values", "exchange.bad.valuesWithoutColumn", name);
            }
            return null;
        }
        return new Column(column.get(), values);
    }

    /** {@code value=CONSTANT} pairs, separated by new lines or {@code ;}; every constant one of {@code type}. */
    private static <E extends Enum<E>> Map<String, String> values(
            Map<String, String> parameters, String name, Class<E> type, String alsoAllowed) throws BadInput {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : given(parameters, name).orElse("").split("[;\\r\\n]+")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.lastIndexOf('=');
            if (equals <= 0) {
                throw BadInput.of(WHERE + " " + name, "exchange.bad.notAPair", pair.strip());
            }
            String constant = pair.substring(equals + 1).strip().toUpperCase(Locale.ROOT);
            boolean known = Arrays.stream(type.getEnumConstants())
                            .anyMatch(c -> c.name().equals(constant))
                    || constant.equals(alsoAllowed);
            if (!known) {
                throw BadInput.of(
                        WHERE + " " + name, "exchange.bad.unknownConstant", constant, constants(type, alsoAllowed));
            }
            values.put(pair.substring(0, equals).strip(), constant);
        }
        return values;
    }

    /** The constants of {@code type} as a list, {@code alsoAllowed} (when not null) after them: {@code [A, B, NONE]}. */
    private static String constants(Class<? extends Enum<?>> type, String alsoAllowed) {
        List<String> names = new ArrayList<>(
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        if (alsoAllowed != null) {
            names.add(alsoAllowed);
        }
        return names.toString();
    }

    private static String text(Map<String, String> values) {
        return String.join(
                "; ",
                values.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toList());
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value instanceof Column column) {
            parameters.put(name, column.column());
            if (!column.values().isEmpty()) {
                parameters.put(name + "Values", text(column.values()));
            }
        } else if (value != null) {
            parameters.put(name, value.toString());
        }
    }
}

package be.brugwerk.network.web;

import be.brugwerk.network.MapDocument;
import be.brugwerk.network.MapDocument.MemberEntry;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analysis of a map as a page shows it: the signals in plain words (member ids replaced by their names) and
 * every figure with a label in the reader's language. Built from the analysis JSON of the command line
 * (docs/network-map-format.md), so the page shows exactly what the API and the command line give.
 */
record AnalysisView(
        List<SignalLine> strengths,
        List<SignalLine> attention,
        List<FigureLine> figures,
        List<ReferenceLine> references) {

    /** A signal: its text, whether it is meant for staff only, and the figures behind it. */
    record SignalLine(String text, boolean staffOnly, String figures) {}

    record FigureLine(String label, String value) {}

    /** A figure against the reference figures of the seeds: for staff only. */
    record ReferenceLine(String figure, String value, String vulnerable, String rich) {}

    record ComparedFigure(String label, String before, String after, boolean changed) {}

    /** Top-level fields that are no figure, or are shown elsewhere. */
    private static final Set<String> NOT_FIGURES = Set.of("participant", "format", "signals", "comparedWithReference");

    /** Which labels an enum value inside a figure's path takes, by the field that holds it. */
    private static final Map<String, String> ENUM_LABELS = Map.of(
            "byCategory",
            "editor.category.",
            "byLevel",
            "editor.level.",
            "byCapitalType",
            "editor.capitalType.",
            "capitalShares",
            "editor.capitalType.",
            "frequencies",
            "editor.frequency.",
            "functions",
            "editor.function.");

    static AnalysisView of(JsonMapper json, String analysis, MapDocument map, MessageSource messages, Locale locale) {
        JsonNode root = json.readTree(analysis);
        Labels labels = new Labels(map, messages, locale);
        Signals signals = signals(root, labels);
        List<ReferenceLine> references = new ArrayList<>();
        for (JsonNode reference : root.get("composition").get("comparedWithReference")) {
            references.add(new ReferenceLine(
                    labels.message("editor.reference." + reference.get("figure").asString()),
                    labels.value(reference.get("value")),
                    labels.value(reference.get("vulnerable")),
                    labels.value(reference.get("rich"))));
        }
        return new AnalysisView(signals.strengths(), signals.attention(), figures(root, labels), references);
    }

    /** The signals of an analysis, strengths and points of attention apart, in their order. */
    record Signals(List<SignalLine> strengths, List<SignalLine> attention) {}

    /** The signals of the analysis JSON {@code root} alone, for a page that shows its figures its own way. */
    static Signals signals(JsonNode root, Labels labels) {
        List<SignalLine> strengths = new ArrayList<>();
        List<SignalLine> attention = new ArrayList<>();
        for (JsonNode signal : root.get("signals")) {
            SignalLine line = new SignalLine(
                    labels.names(signal.get("text").asString()),
                    "STAFF".equals(signal.get("audience").asString()),
                    signalFigures(signal.get("figures"), labels));
            ("STRENGTH".equals(signal.get("kind").asString()) ? strengths : attention).add(line);
        }
        return new Signals(strengths, attention);
    }

    /** What the participant reads: only the signals meant for them, no comparison with reference figures. */
    AnalysisView forParticipant() {
        return new AnalysisView(
                strengths.stream().filter(s -> !s.staffOnly()).toList(),
                attention.stream().filter(s -> !s.staffOnly()).toList(),
                figures,
                List.of());
    }

    /** Every figure of two analyses side by side, in the order of the first. */
    static List<ComparedFigure> compared(
            JsonMapper json,
            String before,
            String after,
            List<MemberEntry> members,
            MessageSource messages,
            Locale locale) {
        Labels labels = new Labels(new MapDocument(0, members, List.of()), messages, locale);
        Map<String, String> earlier = byLabel(figures(json.readTree(before), labels));
        Map<String, String> later = byLabel(figures(json.readTree(after), labels));
        Map<String, ComparedFigure> rows = new LinkedHashMap<>();
        earlier.forEach((label, value) -> rows.put(
                label,
                new ComparedFigure(
                        label, value, later.getOrDefault(label, "—"), !value.equals(later.getOrDefault(label, "—")))));
        later.forEach((label, value) -> rows.putIfAbsent(label, new ComparedFigure(label, "—", value, true)));
        return List.copyOf(rows.values());
    }

    private static Map<String, String> byLabel(List<FigureLine> figures) {
        return figures.stream()
                .collect(Collectors.toMap(FigureLine::label, FigureLine::value, (a, b) -> a, LinkedHashMap::new));
    }

    private static List<FigureLine> figures(JsonNode root, Labels labels) {
        List<FigureLine> lines = new ArrayList<>();
        collect(root, "", null, lines, labels);
        return lines;
    }

    /** Walks the analysis; {@code enumLabel} is the label of an enum value met on the way (a category, ...). */
    private static void collect(JsonNode node, String path, String enumLabel, List<FigureLine> lines, Labels labels) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = field.getKey();
                if (path.isEmpty() && NOT_FIGURES.contains(name)
                        || name.equals("comparedWithReference")
                        || name.equals("function")) {
                    continue;
                }
                String parent = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
                if (ENUM_LABELS.containsKey(parent) && name.equals(name.toUpperCase(Locale.ROOT))) {
                    collect(field.getValue(), path, labels.message(ENUM_LABELS.get(parent) + name), lines, labels);
                } else {
                    collect(field.getValue(), path.isEmpty() ? name : path + "." + name, enumLabel, lines, labels);
                }
            }
            return;
        }
        if (node.isArray() && path.equals("support.functions")) {
            for (JsonNode function : node) {
                collect(
                        function,
                        path,
                        labels.message(
                                "editor.function." + function.get("function").asString()),
                        lines,
                        labels);
            }
            return;
        }
        String label = enumLabel == null
                ? labels.message("editor.figure." + path)
                : labels.message("editor.figure." + path, enumLabel);
        String value =
                path.endsWith("coverage") ? labels.message("editor.coverage." + node.asString()) : labels.value(node);
        lines.add(new FigureLine(label, value));
    }

    /** The figures behind a signal, each with its label ({@code analysis.signal-figure.<name>}). */
    private static String signalFigures(JsonNode figures, Labels labels) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> figure : figures.properties()) {
            parts.add(labels.required("analysis.signal-figure." + figure.getKey()) + ": "
                    + labels.value(figure.getValue()));
        }
        return String.join("; ", parts);
    }

    /** Turns ids, enum names and numbers into what a reader reads. */
    static final class Labels {

        private final Map<String, String> names;
        private final MessageSource messages;
        private final Locale locale;
        private final NumberFormat decimals;

        Labels(MapDocument map, MessageSource messages, Locale locale) {
            this.names = map.members().stream()
                    .collect(Collectors.toMap(m -> m.id().toString(), MemberEntry::name, (a, b) -> a));
            this.messages = messages;
            this.locale = locale;
            this.decimals = NumberFormat.getNumberInstance(locale);
            decimals.setMaximumFractionDigits(2);
            decimals.setMinimumFractionDigits(0);
        }

        String message(String key, Object... arguments) {
            return messages.getMessage(key, arguments, key, locale);
        }

        /** The message, or a {@link org.springframework.context.NoSuchMessageException}: never a raw key. */
        String required(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        Locale locale() {
            return locale;
        }

        /** The text with every member id replaced by the member's name. */
        String names(String text) {
            String named = text;
            for (Map.Entry<String, String> member : names.entrySet()) {
                named = named.replace(member.getKey(), member.getValue());
            }
            return named;
        }

        String value(JsonNode node) {
            if (node == null || node.isNull()) {
                return "—";
            }
            if (node.isArray()) {
                List<String> items = new ArrayList<>();
                node.forEach(item -> items.add(item(item.asString())));
                return items.isEmpty() ? "—" : String.join(", ", items);
            }
            if (node.isIntegralNumber()) {
                return Long.toString(node.asLong());
            }
            if (node.isNumber()) {
                return decimals.format(node.asDouble());
            }
            return item(node.asString());
        }

        private String item(String value) {
            if (names.containsKey(value)) {
                return names.get(value);
            }
            String function = messages.getMessage("editor.function." + value, null, null, locale);
            return function != null ? function : value;
        }
    }
}

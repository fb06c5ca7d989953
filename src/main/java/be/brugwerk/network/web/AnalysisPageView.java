package be.brugwerk.network.web;

import be.brugwerk.network.MapDocument;
import be.brugwerk.network.analysis.NetworkAnalysis;
import be.brugwerk.network.analysis.NetworkMap;
import be.brugwerk.network.analysis.NetworkSummary;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.SignalTexts;
import be.brugwerk.network.web.AnalysisView.Labels;
import be.brugwerk.network.web.AnalysisView.SignalLine;
import be.brugwerk.network.web.AnalysisView.Signals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analysis page as a volunteer coach reads it with the participant: three or four plain sentences and a picture
 * of who is on the map first ({@link NetworkSummary}), then the participant's strengths and points of attention, and
 * every figure, each once, with a plain label and a one-line explanation, in a part for staff that opens on request.
 * The figures come from the analysis JSON (docs/network-map-format.md), as the API and the command line give them.
 *
 * @param lead the opening sentences, member ids replaced by names
 * @param bars the picture: members per relation category, every category, in their order
 * @param strengths the participant's strengths
 * @param attention the participant's points of attention
 * @param staffSignals the signals meant for staff only, with the figures behind them
 * @param staff every figure of the analysis, by section
 */
record AnalysisPageView(
        List<String> lead,
        List<Bar> bars,
        List<SignalLine> strengths,
        List<SignalLine> attention,
        List<SignalLine> staffSignals,
        List<StaffSection> staff) {

    /** Width of the picture's coordinate system; the SVG scales to its box. */
    private static final int PICTURE_WIDTH = 320;
    /** Height of one bar's row in the picture. */
    private static final int ROW_HEIGHT = 30;
    /** Where the bars start, right of the category names. */
    private static final int BARS_START = 130;
    /** The longest bar, leaving room for its count. */
    private static final int LONGEST_BAR = 150;

    /**
     * One bar of the picture.
     *
     * @param label the category, in the reader's language
     * @param count recorded relationships of that category
     * @param y the top of its row
     * @param width the bar's length (0 without members)
     */
    record Bar(String label, int count, int y, int width) {

        public int barX() {
            return BARS_START;
        }

        public int countX() {
            return BARS_START + width + 6;
        }
    }

    /** A section of the staff part: its title and its rows. */
    record StaffSection(String title, List<StaffFigure> figures) {}

    /** One figure for staff: a plain label, the value as a reader reads it, and what it says. */
    record StaffFigure(String label, String value, String explanation) {}

    public int pictureWidth() {
        return PICTURE_WIDTH;
    }

    public int pictureHeight() {
        return bars.size() * ROW_HEIGHT;
    }

    /** The figures that each figure of a support function has, in the analysis JSON's order. */
    private static final List<String> FUNCTION_FIGURES =
            List.of("informalMembers", "receives", "gives", "both", "formalMembers", "coverage");

    /**
     * Figures left out because another row shows them: the structure's size and the active members are the active
     * members beside their reference figure; the functions carried only by professionals or by nobody are the
     * coverage row.
     */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of(
            "size",
            "composition.activeMembers",
            "composition.comparedWithReference",
            "support.onlyProfessional",
            "support.carriedByNobody");

    /** The top-level fields of the analysis JSON that are no structural measure. */
    private static final Set<String> NOT_STRUCTURE =
            Set.of("participant", "format", "signals", "composition", "support", "diversity", "contact");

    static AnalysisPageView of(
            JsonMapper json,
            String figures,
            MapDocument document,
            NetworkMap map,
            NetworkAnalysis analysis,
            MessageSource messages,
            Locale locale) {
        // the figures are read once, and only the signals and the staff rows are made of them
        JsonNode root = json.readTree(figures);
        Labels labels = new Labels(document, messages, locale);
        Signals signals = AnalysisView.signals(root, labels);
        SignalTexts texts = SignalTexts.in(locale);
        List<String> lead = NetworkSummary.of(map, analysis).stream()
                .map(texts::text)
                .map(labels::names)
                .toList();
        return new AnalysisPageView(
                lead,
                bars(analysis, labels),
                signals.strengths().stream().filter(s -> !s.staffOnly()).toList(),
                signals.attention().stream().filter(s -> !s.staffOnly()).toList(),
                Stream.concat(signals.strengths().stream(), signals.attention().stream())
                        .filter(SignalLine::staffOnly)
                        .toList(),
                staff(root, labels));
    }

    private static List<Bar> bars(NetworkAnalysis analysis, Labels labels) {
        Map<RelationCategory, Integer> byCategory = analysis.composition().byCategory();
        int most =
                byCategory.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (RelationCategory category : RelationCategory.values()) {
            int count = byCategory.get(category);
            bars.add(new Bar(
                    labels.required("editor.category." + category.name()),
                    count,
                    bars.size() * ROW_HEIGHT,
                    most == 0 ? 0 : Math.round((float) LONGEST_BAR * count / most)));
        }
        return List.copyOf(bars);
    }

    private static List<StaffSection> staff(JsonNode root, Labels labels) {
        List<StaffFigure> composition = new ArrayList<>();
        for (JsonNode reference : root.get("composition").get("comparedWithReference")) {
            composition.add(reference(reference, labels));
        }
        composition.addAll(rows("composition", root.get("composition"), labels));
        List<StaffFigure> support = new ArrayList<>();
        for (String figure : FUNCTION_FIGURES) {
            support.add(functionRow(figure, root.get("support").get("functions"), labels));
        }
        support.addAll(rows("support.reciprocity", root.get("support").get("reciprocity"), labels));
        List<StaffFigure> structure = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (!NOT_STRUCTURE.contains(field.getKey()) && !SHOWN_ELSEWHERE.contains(field.getKey())) {
                structure.add(row(field.getKey(), value(field.getKey(), field.getValue(), labels), labels));
            }
        }
        return List.of(
                section("composition", composition, labels),
                section("support", support, labels),
                section("diversity", rows("diversity", root.get("diversity"), labels), labels),
                section("contact", rows("contact", root.get("contact"), labels), labels),
                section("structure", structure, labels));
    }

    private static StaffSection section(String name, List<StaffFigure> figures, Labels labels) {
        return new StaffSection(labels.required("analysis.staff.section." + name), List.copyOf(figures));
    }

    /** One row per field of {@code node}, except those another row shows. */
    private static List<StaffFigure> rows(String path, JsonNode node, Labels labels) {
        List<StaffFigure> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String figure = path + "." + field.getKey();
            if (!SHOWN_ELSEWHERE.contains(figure)) {
                rows.add(row(figure, value(field.getKey(), field.getValue(), labels), labels));
            }
        }
        return rows;
    }

    private static StaffFigure row(String figure, String value, Labels labels) {
        return new StaffFigure(
                labels.required("analysis.staff." + figure),
                value,
                labels.required("analysis.staff." + figure + ".explain"));
    }

    /** An active-member count beside the seeds' averages, which the explanation gives. */
    private static StaffFigure reference(JsonNode reference, Labels labels) {
        String figure = reference.get("figure").asString();
        JsonNode vulnerable = reference.get("vulnerable");
        String explanation = vulnerable == null || vulnerable.isNull()
                ? labels.required("analysis.staff.reference.explain-rich", labels.value(reference.get("rich")))
                : labels.required(
                        "analysis.staff.reference.explain",
                        labels.value(vulnerable),
                        labels.value(reference.get("rich")));
        return new StaffFigure(
                labels.required("analysis.staff.reference." + figure),
                labels.value(reference.get("value")),
                explanation);
    }

    /** One figure over the four support functions, e.g. Praktische hulp: 2; Emotionele steun: 0; and so on. */
    private static StaffFigure functionRow(String figure, JsonNode functions, Labels labels) {
        List<String> parts = new ArrayList<>();
        for (JsonNode function : functions) {
            JsonNode value = function.get(figure);
            parts.add(labels.required(
                            "editor.function." + function.get("function").asString()) + ": "
                    + (figure.equals("coverage")
                            ? labels.required("editor.coverage." + value.asString())
                            : labels.value(value)));
        }
        return row("support.functions." + figure, String.join(", ", parts), labels);
    }

    /** Counts by an enum in one line; a group of members as its count and their names; anything else as is. */
    private static String value(String field, JsonNode node, Labels labels) {
        if (node.isObject() && node.has("count") && node.has("members")) {
            int count = node.get("count").asInt();
            return count == 0 ? "0" : count + " (" + labels.value(node.get("members")) + ")";
        }
        if (node.isObject()) {
            Function<String, String> label = enumLabel(field, labels);
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                parts.add(label.apply(entry.getKey()) + ": " + labels.value(entry.getValue()));
            }
            return String.join(", ", parts);
        }
        return labels.value(node);
    }

    private static Function<String, String> enumLabel(String field, Labels labels) {
        String prefix = switch (field) {
            case "byCategory" -> "editor.category.";
            case "byLevel" -> "editor.level.";
            case "byCapitalType", "capitalShares" -> "editor.capitalType.";
            case "frequencies" -> "editor.frequency.";
            default -> throw new IllegalArgumentException("No labels for the values of " + field);
        };
        return name -> labels.required(prefix + name);
    }
}

package be.brugwerk.network.cli;

import be.brugwerk.network.analysis.Composition;
import be.brugwerk.network.analysis.Contact;
import be.brugwerk.network.analysis.Diversity;
import be.brugwerk.network.analysis.Figure;
import be.brugwerk.network.analysis.FunctionSupport;
import be.brugwerk.network.analysis.NetworkAnalysis;
import be.brugwerk.network.analysis.Reciprocity;
import be.brugwerk.network.analysis.ReferenceComparison;
import be.brugwerk.network.analysis.Signal;
import be.brugwerk.network.analysis.SignalTexts;
import be.brugwerk.network.analysis.Structure;
import be.brugwerk.network.analysis.Support;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link NetworkAnalysis} as the analyse command's one JSON object. The structural measures stand
 * at the top level (null where undefined, i.e. without members); composition, support, diversity, contact
 * and signals follow as objects. Field names are spelled out here rather than derived from the engine's
 * records, so that renaming a Java accessor cannot silently change the output format.
 */
final class AnalysisJson {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private AnalysisJson() {}

    static String write(NetworkAnalysis analysis, String format, SignalTexts texts) {
        ObjectNode root = JSON.createObjectNode();
        root.put("participant", analysis.participant());
        root.put("format", format);
        structure(root, analysis.structure());
        composition(root.putObject("composition"), analysis.composition());
        support(root.putObject("support"), analysis.support());
        diversity(root.putObject("diversity"), analysis.diversity());
        contact(root.putObject("contact"), analysis.contact());
        ArrayNode signals = root.putArray("signals");
        analysis.signals().forEach(signal -> signal(signals.addObject(), signal, texts));
        return JSON.writeValueAsString(root);
    }

    private static void structure(ObjectNode node, Structure structure) {
        node.put("size", structure.size());
        node.put("tiesAmongMembers", structure.tiesAmongMembers());
        node.put("density", structure.density());
        node.put("components", structure.components());
        node.put("isolates", structure.isolates());
        optional(node, "effectiveSize", structure.effectiveSize());
        optional(node, "efficiency", structure.efficiency());
        optional(node, "constraint", structure.constraint());
        node.put("egoBetweenness", structure.egoBetweenness());
        strings(node.putArray("brokers"), structure.brokers());
    }

    private static void composition(ObjectNode node, Composition composition) {
        node.put("members", composition.members());
        node.put("activeMembers", composition.activeMembers());
        node.put("recordedRelationships", composition.recordedRelationships());
        counts(node.putObject("byCategory"), composition.byCategory());
        node.put("formal", composition.formal());
        node.put("informal", composition.informal());
        counts(node.putObject("byLevel"), composition.byLevel());
        counts(node.putObject("byCapitalType"), composition.byCapitalType());
        node.put("lightTies", composition.lightTies());
        ArrayNode compared = node.putArray("comparedWithReference");
        for (ReferenceComparison comparison : composition.comparedWithReference()) {
            ObjectNode entry = compared.addObject();
            entry.put("figure", comparison.figure().name());
            entry.put("value", comparison.value());
            if (comparison.figure().vulnerable().isPresent()) {
                entry.put("vulnerable", comparison.figure().vulnerable().getAsInt());
            } else {
                entry.putNull("vulnerable");
            }
            entry.put("rich", comparison.figure().rich());
        }
    }

    private static void support(ObjectNode node, Support support) {
        ArrayNode functions = node.putArray("functions");
        for (FunctionSupport function : support.functions()) {
            ObjectNode entry = functions.addObject();
            entry.put("function", function.function().name());
            entry.put("informalMembers", function.informalMembers());
            entry.put("receives", function.receives());
            entry.put("gives", function.gives());
            entry.put("both", function.both());
            entry.put("formalMembers", function.formalMembers());
            entry.put("coverage", function.coverage().name());
        }
        strings(
                node.putArray("onlyProfessional"),
                support.onlyProfessional().stream().map(Enum::name).toList());
        strings(
                node.putArray("carriedByNobody"),
                support.carriedByNobody().stream().map(Enum::name).toList());
        Reciprocity reciprocity = support.reciprocity();
        ObjectNode entry = node.putObject("reciprocity");
        entry.put("onlyReceives", reciprocity.onlyReceives());
        entry.put("onlyGives", reciprocity.onlyGives());
        entry.put("both", reciprocity.both());
        entry.put("withoutSupport", reciprocity.withoutSupport());
        entry.put("given", reciprocity.given());
        entry.put("received", reciprocity.received());
        optional(entry, "balance", reciprocity.balance());
    }

    private static void diversity(ObjectNode node, Diversity diversity) {
        ObjectNode shares = node.putObject("capitalShares");
        diversity.capitalShares().forEach((type, share) -> shares.put(type.name(), share));
        node.put("blauIndex", diversity.blauIndex());
    }

    private static void contact(ObjectNode node, Contact contact) {
        counts(node.putObject("frequencies"), contact.frequencies());
        members(node.putObject("dormant"), contact.dormant());
        members(node.putObject("broken"), contact.broken());
        members(node.putObject("harmful"), contact.harmful());
        members(node.putObject("ambivalent"), contact.ambivalent());
    }

    private static void signal(ObjectNode node, Signal signal, SignalTexts texts) {
        node.put("code", signal.code().key());
        node.put("audience", signal.audience().name());
        node.put("kind", signal.kind().name());
        ObjectNode figures = node.putObject("figures");
        for (Figure figure : signal.figures()) {
            Object value = figure.value();
            if (value instanceof Integer number) {
                figures.put(figure.name(), number);
            } else if (value instanceof Double number) {
                figures.put(figure.name(), number);
            } else if (value instanceof List<?> list) {
                strings(
                        figures.putArray(figure.name()),
                        list.stream().map(String::valueOf).toList());
            } else {
                figures.put(figure.name(), String.valueOf(value));
            }
        }
        node.put("text", texts.text(signal));
    }

    private static void members(ObjectNode node, List<String> members) {
        node.put("count", members.size());
        strings(node.putArray("members"), members);
    }

    private static void counts(ObjectNode node, Map<? extends Enum<?>, Integer> counts) {
        counts.forEach((key, count) -> node.put(key.name(), count));
    }

    private static void strings(ArrayNode node, List<String> values) {
        values.forEach(node::add);
    }

    private static void optional(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, value.getAsDouble());
        } else {
            node.putNull(field);
        }
    }
}

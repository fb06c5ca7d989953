package be.brugwerk.network.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The three or four sentences that open the analysis of a map, for the participant and the volunteer coach who
 * reads it with them: how many people are on the map, what the network rests on, who carries the support, and
 * the give and take or a dormant contact to pick up again. Read from the analysis (its figures and signals) and
 * the map itself; the size is placed against the seeds' {@link ReferenceFigure#MEMBERS reference figure} only as
 * "small" or "large", never as a score. An empty map gets one sentence. Texts: {@link SignalTexts}. O(m · f) for
 * m members and f support functions; deterministic.
 */
public final class NetworkSummary {

    /** A category carries the network when it holds more than half of the recorded relationships. */
    private static final double RESTS_ON_SHARE = 0.5;

    private NetworkSummary() {}

    /** The summary of {@code map}, whose analysis is {@code analysis}; at most four sentences. */
    public static List<SummarySentence> of(NetworkMap map, NetworkAnalysis analysis) {
        Composition composition = analysis.composition();
        if (composition.members() == 0) {
            return List.of(SummarySentence.of("empty"));
        }
        List<SummarySentence> sentences = new ArrayList<>();
        sentences.add(size(composition));
        Map<String, Relationship> recorded = map.recordedRelationships();
        if (recorded.size() >= 2) {
            sentences.add(composition(composition));
        }
        if (recorded.isEmpty()) {
            return List.copyOf(sentences);
        }
        Reciprocity reciprocity = analysis.support().reciprocity();
        boolean supportRecorded = reciprocity.given() + reciprocity.received() > 0;
        sentences.add(
                supportRecorded ? support(recorded, analysis.support()) : SummarySentence.of("support.unrecorded"));
        List<String> dormant = analysis.contact().dormant();
        if (!dormant.isEmpty()) { // an invitation, and more useful than the give and take
            sentences.add(
                    SummarySentence.of("dormant", new Figure("count", dormant.size()), new Figure("members", dormant)));
        } else if (supportRecorded) {
            sentences.add(SummarySentence.of(reciprocity.given() > 0 ? "gives" : "only-receives"));
        }
        return List.copyOf(sentences);
    }

    private static SummarySentence size(Composition composition) {
        int active = composition.activeMembers();
        Figure members = new Figure("members", composition.members());
        if (active <= ReferenceFigure.MEMBERS.vulnerable().orElseThrow()) {
            return SummarySentence.of("size.small", members);
        }
        return SummarySentence.of(active >= ReferenceFigure.MEMBERS.rich() ? "size.large" : "size.medium", members);
    }

    private static SummarySentence composition(Composition composition) {
        Map<RelationCategory, Integer> byCategory = composition.byCategory();
        RelationCategory largest = byCategory.entrySet().stream()
                .max(Map.Entry.<RelationCategory, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow()
                .getKey();
        int recorded = composition.recordedRelationships();
        if (byCategory.get(largest) > RESTS_ON_SHARE * recorded) {
            return SummarySentence.of(
                    "rests-on." + largest.name().toLowerCase(Locale.ROOT),
                    new Figure("members", byCategory.get(largest)),
                    new Figure("of", recorded));
        }
        int categories =
                (int) byCategory.values().stream().filter(count -> count > 0).count();
        return SummarySentence.of("mixed", new Figure("categories", categories));
    }

    /**
     * Whether all support the participant receives comes from one person; else how many functions the natural
     * network carries and which it does not.
     */
    private static SummarySentence support(Map<String, Relationship> recorded, Support support) {
        Set<String> givers = new TreeSet<>();
        int receivedFunctions = 0;
        for (SupportFunction function : SupportFunction.values()) {
            boolean received = false;
            for (Map.Entry<String, Relationship> relationship : recorded.entrySet()) {
                if (relationship
                        .getValue()
                        .direction(function)
                        .filter(SupportDirection::participantReceives)
                        .isPresent()) {
                    givers.add(relationship.getKey());
                    received = true;
                }
            }
            receivedFunctions += received ? 1 : 0;
        }
        if (givers.size() == 1 && receivedFunctions >= 2) {
            return SummarySentence.of("one-person", new Figure("member", List.copyOf(givers)));
        }
        List<SupportFunction> notInformal = support.functions().stream()
                .filter(function -> function.coverage() != Coverage.INFORMAL)
                .map(FunctionSupport::function)
                .toList();
        if (notInformal.isEmpty()) {
            return SummarySentence.of("support.all");
        }
        if (notInformal.size() == SupportFunction.values().length) {
            return SummarySentence.of("support.none-informal");
        }
        return SummarySentence.of(
                "support.partly",
                new Figure("informal", SupportFunction.values().length - notInformal.size()),
                new Figure("functions", notInformal));
    }
}

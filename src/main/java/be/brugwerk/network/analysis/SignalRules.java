package be.brugwerk.network.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules that turn an analysis into {@link Signal signals}. Rules about relationships (support, contact,
 * diversity, composition by category) apply only when relationships are recorded: a structure-only map
 * says nothing about them. Signals come sorted by audience (participant first), then strengths before
 * points of attention, then in the order of {@link SignalCode}; a participant who would only hear points of attention first hears
 * {@link SignalCode#MAP_DRAWN}, because the method is strength-based.
 */
final class SignalRules {

    /**
     * Above this bonding share the network counts as mostly bonding: more than three relationships in four
     * within the participant's own group, the homogeneity the seeds describe for vulnerable networks.
     */
    static final double MOSTLY_BONDING_SHARE = 0.75;

    List<Signal> signals(
            Composition composition, Support support, Diversity diversity, Contact contact, Structure structure) {
        List<Signal> signals = new ArrayList<>();
        if (composition.recordedRelationships() > 0) {
            addRelationshipSignals(signals, composition, support, diversity, contact);
        }
        addStructureSignals(signals, composition, structure);
        boolean participantHearsAttention = signals.stream()
                .anyMatch(signal -> signal.audience() == Audience.PARTICIPANT && signal.kind() == SignalKind.ATTENTION);
        boolean participantHearsStrength = signals.stream()
                .anyMatch(signal -> signal.audience() == Audience.PARTICIPANT && signal.kind() == SignalKind.STRENGTH);
        if (participantHearsAttention && !participantHearsStrength) {
            signals.add(Signal.of(SignalCode.MAP_DRAWN));
        }
        // stable: signals of one code (one per support function) keep their order
        signals.sort(Comparator.comparing(Signal::audience)
                .thenComparing(Signal::kind)
                .thenComparing(Signal::code));
        return List.copyOf(signals);
    }

    private static void addRelationshipSignals(
            List<Signal> signals, Composition composition, Support support, Diversity diversity, Contact contact) {
        long informallyCarried = support.functions().stream()
                .filter(function -> function.coverage() == Coverage.INFORMAL)
                .count();
        if (informallyCarried > 0) {
            signals.add(Signal.of(
                    SignalCode.SUPPORT_FROM_OWN_NETWORK,
                    new Figure("functions", (int) informallyCarried),
                    new Figure("of", SupportFunction.values().length)));
        }
        Reciprocity reciprocity = support.reciprocity();
        if (reciprocity.givingRelationships() > 0) {
            signals.add(Signal.of(
                    SignalCode.RECIPROCITY_PRESENT, new Figure("relationships", reciprocity.givingRelationships())));
        }
        if (contact.atLeastWeekly() > 0) {
            signals.add(Signal.of(SignalCode.FREQUENT_CONTACT, new Figure("relationships", contact.atLeastWeekly())));
        }
        if (composition.lightTies() > 0) {
            signals.add(Signal.of(SignalCode.LIGHT_TIES_PRESENT, new Figure("lightTies", composition.lightTies())));
        }
        for (SupportFunction function : support.onlyProfessional()) {
            signals.add(Signal.of(SignalCode.FUNCTION_ONLY_PROFESSIONAL, new Figure("function", function)));
        }
        for (SupportFunction function : support.carriedByNobody()) {
            signals.add(Signal.of(SignalCode.FUNCTION_MISSING, new Figure("function", function)));
        }
        FunctionSupport affective = support.of(SupportFunction.AFFECTIVE);
        // when nobody informal is involved at all, FUNCTION_ONLY_PROFESSIONAL or FUNCTION_MISSING says it
        if (affective.coverage() == Coverage.INFORMAL && affective.receives() + affective.both() == 0) {
            signals.add(Signal.of(SignalCode.NO_AFFECTIVE_SUPPORT, new Figure("givesTo", affective.gives())));
        }
        if (!contact.dormant().isEmpty()) {
            signals.add(Signal.of(
                    SignalCode.DORMANT_TIES,
                    new Figure("count", contact.dormant().size()),
                    new Figure("members", contact.dormant())));
        }
        if (reciprocity.onlyReceives() > 0 && reciprocity.givingRelationships() == 0) {
            signals.add(Signal.of(SignalCode.ONLY_RECEIVES, new Figure("relationships", reciprocity.onlyReceives())));
        }
        int bridging = composition.byCapitalType().get(CapitalType.BRIDGING);
        int linking = composition.byCapitalType().get(CapitalType.LINKING);
        if (bridging + linking > 0) {
            signals.add(Signal.of(
                    SignalCode.BRIDGING_PRESENT, new Figure("bridging", bridging), new Figure("linking", linking)));
        }
        int family = composition.compared(ReferenceFigure.FAMILY).orElseThrow();
        int professionals = composition.compared(ReferenceFigure.PROFESSIONALS).orElseThrow();
        int povertyFamily = ReferenceFigure.FAMILY.vulnerable().orElseThrow();
        int povertyProfessionals = ReferenceFigure.PROFESSIONALS.vulnerable().orElseThrow();
        if (family <= povertyFamily && professionals >= povertyProfessionals) {
            signals.add(Signal.of(
                    SignalCode.POVERTY_PATTERN,
                    new Figure("family", family),
                    new Figure("professionals", professionals),
                    new Figure("povertyFamily", povertyFamily),
                    new Figure("povertyProfessionals", povertyProfessionals)));
        }
        if (diversity.share(CapitalType.BONDING) > MOSTLY_BONDING_SHARE) {
            signals.add(Signal.of(
                    SignalCode.MOSTLY_BONDING,
                    new Figure("bonding", diversity.share(CapitalType.BONDING)),
                    new Figure("bridging", diversity.share(CapitalType.BRIDGING)),
                    new Figure("linking", diversity.share(CapitalType.LINKING))));
        }
        if (!contact.broken().isEmpty()) {
            signals.add(Signal.of(
                    SignalCode.BROKEN_TIES,
                    new Figure("count", contact.broken().size()),
                    new Figure("members", contact.broken())));
        }
        if (!contact.harmful().isEmpty()) {
            signals.add(Signal.of(
                    SignalCode.HARMFUL_RELATIONSHIPS,
                    new Figure("count", contact.harmful().size()),
                    new Figure("members", contact.harmful())));
        }
    }

    private static void addStructureSignals(List<Signal> signals, Composition composition, Structure structure) {
        if (!structure.brokers().isEmpty()) {
            signals.add(Signal.of(
                    SignalCode.BROKER_PRESENT,
                    new Figure("count", structure.brokers().size()),
                    new Figure("members", structure.brokers())));
        }
        int active = composition.activeMembers();
        int rich = ReferenceFigure.MEMBERS.rich();
        int vulnerable = ReferenceFigure.MEMBERS.vulnerable().orElseThrow();
        if (active >= rich) {
            signals.add(
                    Signal.of(SignalCode.RICH_NETWORK_SIZE, new Figure("members", active), new Figure("rich", rich)));
        } else if (active <= vulnerable) {
            signals.add(Signal.of(
                    SignalCode.SIZE_AT_VULNERABLE_AVERAGE,
                    new Figure("members", active),
                    new Figure("vulnerable", vulnerable),
                    new Figure("rich", rich)));
        }
        if (structure.size() >= 2 && structure.tiesAmongMembers() == 0) {
            signals.add(Signal.of(SignalCode.MEMBERS_UNCONNECTED, new Figure("members", structure.size())));
        }
    }
}

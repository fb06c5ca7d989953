package be.brugwerk.network.analysis;

/**
 * Analyses a participant's network map: composition, support, diversity and contact over all recorded
 * relationships, the structural measures over the active members, and the signals that follow from them.
 * O(m + t log t + Σ_q d_q²) for m members, t ties and active member degrees d_q (ego betweenness dominates).
 * Stateless and thread-safe; the map is not modified.
 */
public final class NetworkAnalyser {

    private final SignalRules signalRules = new SignalRules();

    public NetworkAnalysis analyse(NetworkMap map) {
        Composition composition = Composition.of(map);
        Support support = Support.of(map);
        Diversity diversity = Diversity.of(map);
        Contact contact = Contact.of(map);
        Structure structure = Structure.of(EgoNetwork.of(map));
        return new NetworkAnalysis(
                map.participant(),
                composition,
                support,
                diversity,
                contact,
                structure,
                signalRules.signals(composition, support, diversity, contact, structure));
    }
}

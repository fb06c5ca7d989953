package be.brugwerk.network.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Everything the engine reads from one network map. Composition, support, diversity and contact cover all
 * recorded relationships whatever their status; the structure covers the active members only.
 *
 * @param participant the participant (ego) of the map
 * @param composition who is on the map, beside the reference figures
 * @param support which support functions are carried, by whom, and give and take
 * @param diversity capital shares and Blau's index over relation categories
 * @param contact contact frequency and relationships that need care
 * @param structure the structural measures of the living network
 * @param signals strengths and points of attention: per audience, strengths first
 */
public record NetworkAnalysis(
        String participant,
        Composition composition,
        Support support,
        Diversity diversity,
        Contact contact,
        Structure structure,
        List<Signal> signals) {

    public NetworkAnalysis {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(composition, "composition");
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(diversity, "diversity");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(structure, "structure");
        signals = List.copyOf(signals);
    }

    /** The signals for {@code audience}, strengths first. */
    public List<Signal> signalsFor(Audience audience) {
        return signals.stream().filter(signal -> signal.audience() == audience).toList();
    }
}

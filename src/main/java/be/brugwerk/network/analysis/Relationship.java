package be.brugwerk.network.analysis;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What joins the participant and one member (relatie deelnemer–netwerklid), as recorded on the map.
 *
 * <p>{@code support} holds the support functions present in this relationship, each with its direction
 * seen from the participant; a function that is absent plays no part in it.
 *
 * @param category how the member is related to the participant
 * @param ring how close the member stands
 * @param frequency how often they are in contact
 * @param support the support functions present, with their direction; may be empty
 * @param valence whether the relationship does the participant good
 * @param status active, dormant (slapend) or broken (breuklijn)
 * @param capitalType bonding, bridging or linking
 * @param level neighbourhood, city or translocal
 * @param lightTie a light tie (lichte binding): a face one recognises
 * @param formal professional help rather than the natural network
 */
public record Relationship(
        RelationCategory category,
        Ring ring,
        ContactFrequency frequency,
        Map<SupportFunction, SupportDirection> support,
        Valence valence,
        RelationshipStatus status,
        CapitalType capitalType,
        Level level,
        boolean lightTie,
        boolean formal) {

    public Relationship {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(ring, "ring");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(valence, "valence");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(capitalType, "capitalType");
        Objects.requireNonNull(level, "level");
        support = support.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(support));
    }

    /** The direction of {@code function} in this relationship, or empty when it plays no part. */
    public Optional<SupportDirection> direction(SupportFunction function) {
        return Optional.ofNullable(support.get(function));
    }

    public boolean isActive() {
        return status == RelationshipStatus.ACTIVE;
    }

    boolean participantReceivesAny() {
        return support.values().stream().anyMatch(SupportDirection::participantReceives);
    }

    boolean participantGivesAny() {
        return support.values().stream().anyMatch(SupportDirection::participantGives);
    }
}

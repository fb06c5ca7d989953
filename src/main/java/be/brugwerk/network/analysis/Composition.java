package be.brugwerk.network.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Who is on the map. The counts by category, formality, level and capital type cover every recorded
 * relationship, whatever its status; the comparison with the {@link ReferenceFigure reference figures}
 * covers active members only, since dormant and broken relationships are not part of the living network,
 * and holds only the number of members when no relationship is recorded. O(m) for m members.
 *
 * @param members all members on the map
 * @param activeMembers members whose relationship is active (or not recorded, on a structure-only map)
 * @param recordedRelationships members whose relationship is recorded
 * @param byCategory recorded relationships per relation category
 * @param formal recorded relationships with professional help
 * @param informal recorded relationships in the natural network
 * @param byLevel recorded relationships per geographic level
 * @param byCapitalType recorded relationships per social capital type
 * @param lightTies recorded relationships that are light ties
 * @param comparedWithReference this map's figures beside the seeds' reference figures
 */
public record Composition(
        int members,
        int activeMembers,
        int recordedRelationships,
        Map<RelationCategory, Integer> byCategory,
        int formal,
        int informal,
        Map<Level, Integer> byLevel,
        Map<CapitalType, Integer> byCapitalType,
        int lightTies,
        List<ReferenceComparison> comparedWithReference) {

    public Composition {
        byCategory = Tally.copy(RelationCategory.class, byCategory);
        byLevel = Tally.copy(Level.class, byLevel);
        byCapitalType = Tally.copy(CapitalType.class, byCapitalType);
        comparedWithReference = List.copyOf(comparedWithReference);
    }

    static Composition of(NetworkMap map) {
        Collection<Relationship> recorded = map.recordedRelationships().values();
        int active = (int) map.members().stream().filter(Member::isActive).count();
        int formal = (int) recorded.stream().filter(Relationship::formal).count();
        List<Relationship> living =
                recorded.stream().filter(Relationship::isActive).toList();
        // a structure-only map knows how many members there are, not who they are
        List<ReferenceComparison> compared = recorded.isEmpty()
                ? List.of(new ReferenceComparison(ReferenceFigure.MEMBERS, active))
                : List.of(
                        new ReferenceComparison(ReferenceFigure.MEMBERS, active),
                        new ReferenceComparison(ReferenceFigure.FAMILY, countOf(living, RelationCategory.FAMILY)),
                        new ReferenceComparison(ReferenceFigure.FRIENDS, countOf(living, RelationCategory.FRIEND)),
                        new ReferenceComparison(
                                ReferenceFigure.PROFESSIONALS, countOf(living, RelationCategory.PROFESSIONAL)));
        return new Composition(
                map.members().size(),
                active,
                recorded.size(),
                Tally.count(RelationCategory.class, recorded, Relationship::category),
                formal,
                recorded.size() - formal,
                Tally.count(Level.class, recorded, Relationship::level),
                Tally.count(CapitalType.class, recorded, Relationship::capitalType),
                (int) recorded.stream().filter(Relationship::lightTie).count(),
                compared);
    }

    private static int countOf(List<Relationship> relationships, RelationCategory category) {
        return (int) relationships.stream()
                .filter(relationship -> relationship.category() == category)
                .count();
    }

    /** This map's figure for {@code figure}, if compared. */
    public OptionalInt compared(ReferenceFigure figure) {
        return comparedWithReference.stream()
                .filter(comparison -> comparison.figure() == figure)
                .mapToInt(ReferenceComparison::value)
                .findFirst();
    }
}

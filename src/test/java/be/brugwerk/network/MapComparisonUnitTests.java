package be.brugwerk.network;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.network.MapDocument.MemberEntry;
import be.brugwerk.network.MapDocument.TieEntry;
import be.brugwerk.network.analysis.CapitalType;
import be.brugwerk.network.analysis.ContactFrequency;
import be.brugwerk.network.analysis.Level;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.network.analysis.Valence;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MapComparisonUnitTests {

    static final UUID SISTER = UUID.randomUUID();
    static final UUID NEIGHBOUR = UUID.randomUUID();
    static final UUID COACH = UUID.randomUUID();

    @Test
    void findsNothingBetweenTwoEmptyMaps() {
        MapComparison none = MapComparison.between(MapDocument.empty(), MapDocument.empty());

        assertThat(none.added()).isEmpty();
        assertThat(none.removed()).isEmpty();
        assertThat(none.movedBetweenRings()).isEmpty();
        assertThat(none.functionsGained()).isEmpty();
        assertThat(none.functionsLost()).isEmpty();
    }

    @Test
    void findsNothingBetweenAMapAndItself() {
        MapDocument map = map(member(
                SISTER,
                "Zus",
                Ring.INNER,
                RelationshipStatus.ACTIVE,
                Map.of(SupportFunction.AFFECTIVE, SupportDirection.BOTH)));

        MapComparison same = MapComparison.between(map, map);

        assertThat(same)
                .isEqualTo(
                        new MapComparison(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void countsTheFunctionsOfANewMemberAsGainedAndOfAGoneMemberAsLost() {
        MapDocument before = map(member(
                SISTER,
                "Zus",
                Ring.INNER,
                RelationshipStatus.ACTIVE,
                Map.of(SupportFunction.MATERIAL, SupportDirection.RECEIVES)));
        MapDocument after = map(member(
                COACH,
                "Trainer",
                Ring.OUTER,
                RelationshipStatus.ACTIVE,
                Map.of(SupportFunction.CONNECTING, SupportDirection.BOTH)));

        MapComparison changes = MapComparison.between(before, after);

        assertThat(changes.added()).containsExactly(new MapComparison.Named(COACH, "Trainer"));
        assertThat(changes.removed()).containsExactly(new MapComparison.Named(SISTER, "Zus"));
        assertThat(changes.functionsGained())
                .containsExactly(new MapComparison.FunctionChange(
                        COACH, "Trainer", SupportFunction.CONNECTING, SupportDirection.BOTH));
        assertThat(changes.functionsLost())
                .containsExactly(new MapComparison.FunctionChange(
                        SISTER, "Zus", SupportFunction.MATERIAL, SupportDirection.RECEIVES));
    }

    @Test
    void seesAMoveBetweenRingsAReactivatedTieAndAFunctionThatBecameMutual() {
        MapDocument before = map(member(
                NEIGHBOUR,
                "Buurman",
                Ring.OUTER,
                RelationshipStatus.DORMANT,
                Map.of(SupportFunction.MATERIAL, SupportDirection.RECEIVES)));
        MapDocument after = map(member(
                NEIGHBOUR,
                "Buurman",
                Ring.MIDDLE,
                RelationshipStatus.ACTIVE,
                Map.of(SupportFunction.MATERIAL, SupportDirection.BOTH)));

        MapComparison changes = MapComparison.between(before, after);

        assertThat(changes.movedBetweenRings())
                .containsExactly(new MapComparison.Move(NEIGHBOUR, "Buurman", Ring.OUTER, Ring.MIDDLE));
        assertThat(changes.statusChanges())
                .containsExactly(new MapComparison.StatusChange(
                        NEIGHBOUR, "Buurman", RelationshipStatus.DORMANT, RelationshipStatus.ACTIVE));
        // receiving only became both ways: the mutual form is gained, the one-way form lost
        assertThat(changes.functionsGained())
                .containsExactly(new MapComparison.FunctionChange(
                        NEIGHBOUR, "Buurman", SupportFunction.MATERIAL, SupportDirection.BOTH));
        assertThat(changes.functionsLost())
                .containsExactly(new MapComparison.FunctionChange(
                        NEIGHBOUR, "Buurman", SupportFunction.MATERIAL, SupportDirection.RECEIVES));
    }

    @Test
    void seesTheLabelOfAKeptTieChangeButNotATieThatCameOrWent() {
        MemberEntry sister = member(SISTER, "Zus", Ring.INNER, RelationshipStatus.ACTIVE, Map.of());
        MemberEntry neighbour = member(NEIGHBOUR, "Buurman", Ring.OUTER, RelationshipStatus.ACTIVE, Map.of());
        MemberEntry coach = member(COACH, "Trainer", Ring.OUTER, RelationshipStatus.ACTIVE, Map.of());
        MapDocument before = new MapDocument(
                1,
                List.of(sister, neighbour, coach),
                List.of(new TieEntry(SISTER, NEIGHBOUR, null, "family"), new TieEntry(SISTER, COACH, null, "sport")));
        // the kept tie is written the other way round: a tie has no direction
        MapDocument after = new MapDocument(
                2,
                List.of(sister, neighbour, coach),
                List.of(
                        new TieEntry(NEIGHBOUR, SISTER, null, "family, knows"),
                        new TieEntry(NEIGHBOUR, COACH, null, "club")));

        MapComparison changes = MapComparison.between(before, after);

        assertThat(changes.tieLabelsChanged())
                .containsExactly(new MapComparison.TieLabelChange("Buurman", "Zus", "family", "family, knows"));
    }

    @Test
    void seesALabelGivenToAndTakenFromAKeptTie() {
        MemberEntry sister = member(SISTER, "Zus", Ring.INNER, RelationshipStatus.ACTIVE, Map.of());
        MemberEntry neighbour = member(NEIGHBOUR, "Buurman", Ring.OUTER, RelationshipStatus.ACTIVE, Map.of());
        MapDocument without =
                new MapDocument(1, List.of(sister, neighbour), List.of(new TieEntry(SISTER, NEIGHBOUR, null)));
        MapDocument with =
                new MapDocument(2, List.of(sister, neighbour), List.of(new TieEntry(SISTER, NEIGHBOUR, null, "knows")));

        assertThat(MapComparison.between(without, with).tieLabelsChanged())
                .containsExactly(new MapComparison.TieLabelChange("Zus", "Buurman", null, "knows"));
        assertThat(MapComparison.between(with, without).tieLabelsChanged())
                .containsExactly(new MapComparison.TieLabelChange("Zus", "Buurman", "knows", null));
    }

    private static MapDocument map(MemberEntry... members) {
        return new MapDocument(1, List.of(members), List.of());
    }

    private static MemberEntry member(
            UUID id,
            String name,
            Ring ring,
            RelationshipStatus status,
            Map<SupportFunction, SupportDirection> support) {
        return new MemberEntry(
                id,
                name,
                RelationCategory.NEIGHBOUR,
                ring,
                ContactFrequency.WEEKLY,
                support,
                Valence.SUPPORTIVE,
                status,
                null,
                null,
                CapitalType.BRIDGING,
                Level.NEIGHBOURHOOD,
                false,
                null,
                null);
    }
}

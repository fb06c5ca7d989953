package be.brugwerk.network.map;

import static be.brugwerk.network.MapFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import be.brugwerk.network.MapDocument;
import be.brugwerk.network.MapDocument.MemberEntry;
import be.brugwerk.network.MapDocument.TieEntry;
import be.brugwerk.network.analysis.InvalidNetworkMap;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of a participant's working copy of their network map, without Spring or a database. */
class WorkingCopyUnitTests {

    static final ParticipantId AMINA = new ParticipantId(UUID.randomUUID());
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    final UUID sister = UUID.randomUUID();
    final UUID neighbour = UUID.randomUUID();
    final UUID coach = UUID.randomUUID();

    @Test
    void startsEmptyAtVersionZeroAndTakesTheFirstDrawing() {
        WorkingCopy copy = WorkingCopy.empty(AMINA);
        assertThat(copy.readVersion()).isZero();
        assertThat(copy.changed()).isFalse();

        MapDocument drawn = map(0, List.of(sister(Ring.INNER), neighbour(RelationshipStatus.ACTIVE, null)), tie());
        copy.redraw(drawn, TODAY);

        assertThat(copy.changed()).isTrue();
        assertThat(copy.drawn()).isEqualTo(drawn);
        assertThat(copy.asRead()).isEqualTo(MapDocument.empty());
        assertThat(copy.readVersion()).isZero();
    }

    @Test
    void movesAMemberToAnotherRingWhenRedrawnOnTheVersionItRead() {
        WorkingCopy copy = WorkingCopy.restore(AMINA, map(3, List.of(sister(Ring.OUTER)), List.of()));

        copy.redraw(map(3, List.of(sister(Ring.INNER)), List.of()), TODAY);

        assertThat(copy.drawn().members()).extracting(MemberEntry::ring).containsExactly(Ring.INNER);
        assertThat(copy.asRead().members()).extracting(MemberEntry::ring).containsExactly(Ring.OUTER);
        assertThat(copy.readVersion()).isEqualTo(3);
    }

    @Test
    void refusesAChangeMadeOnAnOlderVersionAndKeepsTheMapAsItWas() {
        MapDocument stored = map(3, List.of(sister(Ring.MIDDLE)), List.of());
        WorkingCopy copy = WorkingCopy.restore(AMINA, stored);

        assertThatThrownBy(() -> copy.redraw(map(2, List.of(sister(Ring.OUTER)), List.of()), TODAY))
                .isInstanceOf(VersionConflict.class)
                .hasMessageContaining("changed by someone else");
        assertThat(copy.changed()).isFalse();
        assertThat(copy.drawn()).isEqualTo(stored);
    }

    @Test
    void refusesATieToAMemberTheMapDoesNotHold() {
        UUID nobody = UUID.randomUUID();
        WorkingCopy copy = WorkingCopy.empty(AMINA);

        assertThatThrownBy(() -> copy.redraw(
                        map(0, List.of(sister(Ring.INNER)), List.of(new TieEntry(sister, nobody, null))), TODAY))
                .isInstanceOf(InvalidNetworkMap.class)
                .hasMessageContaining("unknown member " + nobody);
        assertThat(copy.changed()).isFalse();
    }

    @Test
    void refusesAMemberTiedToItself() {
        WorkingCopy copy = WorkingCopy.empty(AMINA);

        assertThatThrownBy(() -> copy.redraw(
                        map(0, List.of(sister(Ring.INNER)), List.of(new TieEntry(sister, sister, null))), TODAY))
                .isInstanceOf(InvalidNetworkMap.class)
                .hasMessageContaining("ties member " + sister + " to itself");
    }

    @Test
    void refusesTwoMembersTiedTwiceInEitherOrder() {
        WorkingCopy copy = WorkingCopy.empty(AMINA);
        List<TieEntry> twice = List.of(new TieEntry(sister, neighbour, null), new TieEntry(neighbour, sister, 2));

        assertThatThrownBy(() -> copy.redraw(
                        map(0, List.of(sister(Ring.INNER), neighbour(RelationshipStatus.ACTIVE, null)), twice), TODAY))
                .isInstanceOf(InvalidNetworkMap.class)
                .hasMessageContaining("appears more than once");
    }

    @Test
    void refusesAMemberTwiceAndTheParticipantAsAMemberOfTheirOwnMap() {
        WorkingCopy copy = WorkingCopy.empty(AMINA);
        MemberEntry herself = sister(Ring.INNER).withId(AMINA.value());

        assertThatThrownBy(() -> copy.redraw(map(0, List.of(sister(Ring.INNER), sister(Ring.OUTER)), List.of()), TODAY))
                .isInstanceOf(InvalidNetworkMap.class)
                .hasMessageContaining("Member id " + sister + " appears more than once");
        assertThatThrownBy(() -> copy.redraw(map(0, List.of(herself), List.of()), TODAY))
                .isInstanceOf(InvalidNetworkMap.class)
                .hasMessageContaining("is the participant");
    }

    @Test
    void refusesADormantOrBrokenStatusDatedInTheFutureOrBefore1900NamingTheMember() {
        WorkingCopy copy = WorkingCopy.empty(AMINA);

        assertThatThrownBy(() -> copy.redraw(
                        map(
                                0,
                                List.of(sister(Ring.INNER), neighbour(RelationshipStatus.DORMANT, TODAY.plusDays(1))),
                                List.of()),
                        TODAY))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo("members[1].statusSince");
                    assertThat(refused.messageKey()).isEqualTo("date.inTheFuture");
                });
        assertThatThrownBy(() -> copy.redraw(
                        map(0, List.of(neighbour(RelationshipStatus.BROKEN, LocalDate.of(1899, 12, 31))), List.of()),
                        TODAY))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo("members[0].statusSince");
                    assertThat(refused.messageKey()).isEqualTo("date.beforeEarliest");
                });
        assertThat(copy.changed()).isFalse();

        copy.redraw(map(0, List.of(neighbour(RelationshipStatus.BROKEN, TODAY)), List.of()), TODAY);

        assertThat(copy.drawn().members())
                .extracting(MemberEntry::status, MemberEntry::statusSince)
                .containsExactly(tuple(RelationshipStatus.BROKEN, TODAY));
    }

    @Test
    void namesWhatIsWrongWithAMapEvenWhenItIsAlsoLate() {
        WorkingCopy copy = WorkingCopy.restore(AMINA, map(5, List.of(), List.of()));

        assertThatThrownBy(() -> copy.redraw(
                        map(4, List.of(sister(Ring.INNER)), List.of(new TieEntry(sister, sister, null))), TODAY))
                .isInstanceOf(InvalidNetworkMap.class);
        assertThatThrownBy(() -> copy.redraw(
                        map(4, List.of(neighbour(RelationshipStatus.DORMANT, TODAY.plusYears(1))), List.of()), TODAY))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void importsAFileUnderNewMemberIdsWithItsTiesFollowingAndKeepsTheMapAsItWasReadable() {
        MapDocument stored = map(2, List.of(coach()), List.of());
        WorkingCopy copy = WorkingCopy.restore(AMINA, stored);

        copy.importFile(
                map(2, List.of(sister(Ring.INNER), neighbour(RelationshipStatus.DORMANT, TODAY)), tie()), TODAY);

        MapDocument imported = copy.drawn();
        assertThat(copy.changed()).isTrue();
        assertThat(copy.asRead()).isEqualTo(stored);
        assertThat(imported.members()).extracting(MemberEntry::name).containsExactly("Zus", "Buurman");
        assertThat(imported.members()).extracting(MemberEntry::id).doesNotContain(sister, neighbour);
        UUID newSister = imported.members().get(0).id();
        UUID newNeighbour = imported.members().get(1).id();
        assertThat(imported.ties()).containsExactly(new TieEntry(newSister, newNeighbour, null, "buren van elkaar"));
    }

    @Test
    void showsWhatAnImportWouldMakeWithoutChangingAnything() {
        MapDocument stored = map(1, List.of(coach()), List.of());
        WorkingCopy copy = WorkingCopy.restore(AMINA, stored);

        MapDocument wouldBe = copy.importable(map(0, List.of(sister(Ring.OUTER)), List.of()), TODAY);

        assertThat(wouldBe.members()).hasSize(1);
        assertThat(wouldBe.members().get(0).id()).isNotEqualTo(sister);
        assertThat(copy.changed()).isFalse();
        assertThat(copy.drawn()).isEqualTo(stored);
    }

    @Test
    void refusesAnImportHoldingAMemberTwiceNamingTheMembers() {
        WorkingCopy copy = WorkingCopy.empty(AMINA);

        assertThatThrownBy(() ->
                        copy.importFile(map(0, List.of(sister(Ring.INNER), sister(Ring.OUTER)), List.of()), TODAY))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo("members");
                    assertThat(refused.messageKey()).isEqualTo("network.member.twice");
                });
        assertThat(copy.changed()).isFalse();
    }

    @Test
    void refusesAnImportPreviewedOnAnotherVersionOnlyOnceTheFileIsWhole() {
        WorkingCopy copy = WorkingCopy.restore(AMINA, map(1, List.of(coach()), List.of()));
        MapDocument tieToNobody = map(0, List.of(sister(Ring.INNER)), List.of(new TieEntry(sister, coach, null)));

        assertThatThrownBy(() -> copy.importFile(tieToNobody, TODAY)).isInstanceOf(InvalidNetworkMap.class);
        assertThatThrownBy(() -> copy.importFile(map(0, List.of(sister(Ring.INNER)), List.of()), TODAY))
                .isInstanceOf(VersionConflict.class);
        assertThat(copy.changed()).isFalse();
    }

    private List<TieEntry> tie() {
        return List.of(new TieEntry(sister, neighbour, null, "buren van elkaar"));
    }

    private static MapDocument map(int version, List<MemberEntry> members, List<TieEntry> ties) {
        return new MapDocument(version, members, ties);
    }

    private MemberEntry sister(Ring ring) {
        return member(
                sister,
                "Zus",
                RelationCategory.FAMILY,
                ring,
                Map.of(SupportFunction.AFFECTIVE, SupportDirection.BOTH),
                RelationshipStatus.ACTIVE,
                null);
    }

    private MemberEntry neighbour(RelationshipStatus status, LocalDate since) {
        return member(neighbour, "Buurman", RelationCategory.NEIGHBOUR, Ring.MIDDLE, Map.of(), status, since);
    }

    private MemberEntry coach() {
        return member(
                coach, "Coach", RelationCategory.PROFESSIONAL, Ring.OUTER, Map.of(), RelationshipStatus.ACTIVE, null);
    }
}

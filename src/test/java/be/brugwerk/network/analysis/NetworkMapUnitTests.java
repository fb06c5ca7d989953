package be.brugwerk.network.analysis;

import static be.brugwerk.network.analysis.MemberBuilder.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkMapUnitTests {

    @Test
    void acceptsAMapWithoutMembers() {
        NetworkMap map = new NetworkMap("ego", List.of(), List.of());

        assertThat(map.members()).isEmpty();
        assertThat(map.ties()).isEmpty();
    }

    @Test
    void refusesDuplicateMemberIdsNamingTheId() {
        assertThatThrownBy(() -> new NetworkMap(
                        "ego", List.of(member("ann").build(), member("ann").build()), List.of()))
                .isInstanceOf(InvalidNetworkMap.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ann");
    }

    @Test
    void refusesATieToAnUnknownMemberNamingIt() {
        assertThatThrownBy(() -> new NetworkMap("ego", List.of(member("ann").build()), List.of(new Tie("ann", "bob"))))
                .isInstanceOf(InvalidNetworkMap.class)
                .hasMessageContaining("unknown member bob");
    }

    @Test
    void refusesASelfTieNamingTheMember() {
        assertThatThrownBy(() -> new Tie("ann", "ann"))
                .isInstanceOf(InvalidNetworkMap.class)
                .hasMessageContaining("ann");
    }

    @Test
    void refusesTheSameTieTwiceInEitherOrder() {
        assertThatThrownBy(() -> new NetworkMap(
                        "ego",
                        List.of(member("ann").build(), member("bob").build()),
                        List.of(new Tie("ann", "bob"), new Tie("bob", "ann"))))
                .isInstanceOf(InvalidNetworkMap.class)
                .hasMessageContaining("bob–ann");
    }

    @Test
    void refusesTheParticipantAsOwnMember() {
        assertThatThrownBy(() -> new NetworkMap("ego", List.of(member("ego").build()), List.of()))
                .isInstanceOf(InvalidNetworkMap.class)
                .hasMessageContaining("ego");
    }

    @Test
    void keepsItsSnapshotWhenTheCallerChangesItsLists() {
        List<Member> members = new ArrayList<>(List.of(member("ann").build()));
        NetworkMap map = new NetworkMap("ego", members, List.of());

        members.add(member("bob").build());

        assertThat(map.members()).extracting(Member::id).containsExactly("ann");
    }

    @Test
    void keepsItsSupportWhenTheCallerChangesIt() {
        Map<SupportFunction, SupportDirection> support = new EnumMap<>(SupportFunction.class);
        support.put(SupportFunction.MATERIAL, SupportDirection.GIVES);
        Relationship relationship = new Relationship(
                RelationCategory.FRIEND,
                Ring.INNER,
                ContactFrequency.DAILY,
                support,
                Valence.SUPPORTIVE,
                RelationshipStatus.ACTIVE,
                CapitalType.BONDING,
                Level.NEIGHBOURHOOD,
                false,
                false);

        support.put(SupportFunction.AFFECTIVE, SupportDirection.BOTH);

        assertThat(relationship.support()).containsOnlyKeys(SupportFunction.MATERIAL);
        assertThat(relationship.direction(SupportFunction.AFFECTIVE)).isEmpty();
    }
}

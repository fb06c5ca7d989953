package be.brugwerk.network.analysis;

import static be.brugwerk.network.analysis.MemberBuilder.member;
import static be.brugwerk.network.analysis.NetworkFixtures.structure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The structural measures on networks small enough to work out by hand. Notation: n members, t ties among
 * them, d_q the ties of member q to other members, so 1 + d_q its degree in the ego graph.
 */
class StructuralMeasuresUnitTests {

    private static final Offset<Double> EXACT = within(1e-12);

    private static Structure measure(NetworkMap map) {
        return Structure.of(EgoNetwork.of(map));
    }

    @Test
    void countsNoTiesForAnEmptyMap() {
        Structure structure = measure(structure(List.of()));

        assertThat(structure.size()).isZero();
        assertThat(structure.tiesAmongMembers()).isZero();
        assertThat(structure.density()).isZero();
        assertThat(structure.components()).isZero();
        assertThat(structure.isolates()).isZero();
        assertThat(structure.egoBetweenness()).isZero();
        assertThat(structure.brokers()).isEmpty();
    }

    @Test
    void leavesEffectiveSizeEfficiencyAndConstraintUndefinedWithoutMembers() {
        Structure structure = measure(structure(List.of()));

        // networkx gives nan for an ego without neighbours
        assertThat(structure.effectiveSize()).isEmpty();
        assertThat(structure.efficiency()).isEmpty();
        assertThat(structure.constraint()).isEmpty();
    }

    @Test
    void measuresASingleMember() {
        Structure structure = measure(structure(List.of("ann")));

        assertThat(structure.size()).isEqualTo(1);
        assertThat(structure.density()).isZero(); // no tie is possible with n < 2
        assertThat(structure.components()).isEqualTo(1);
        assertThat(structure.isolates()).isEqualTo(1);
        assertThat(structure.effectiveSize()).hasValue(1.0); // 1 - 2·0/1
        assertThat(structure.efficiency()).hasValue(1.0);
        assertThat(structure.constraint()).hasValue(1.0); // (1/1)²
        assertThat(structure.egoBetweenness()).isZero(); // no pair of members
        assertThat(structure.brokers()).isEmpty();
    }

    @Test
    void measuresTwoMembersWhoDoNotKnowEachOther() {
        Structure structure = measure(structure(List.of("ann", "bob")));

        assertThat(structure.density()).isZero();
        assertThat(structure.components()).isEqualTo(2);
        assertThat(structure.isolates()).isEqualTo(2);
        assertThat(structure.effectiveSize()).hasValue(2.0); // 2 - 0/2
        assertThat(structure.efficiency()).hasValue(1.0);
        assertThat(structure.constraint()).hasValue(0.5); // 2 · (1/2)²
        assertThat(structure.egoBetweenness()).isEqualTo(1.0); // ann–bob only through the ego
    }

    @Test
    void measuresTwoMembersWhoKnowEachOther() {
        Structure structure = measure(structure(List.of("ann", "bob"), new Tie("ann", "bob")));

        assertThat(structure.tiesAmongMembers()).isEqualTo(1);
        assertThat(structure.density()).isEqualTo(1.0); // 2·1 / (2·1)
        assertThat(structure.components()).isEqualTo(1);
        assertThat(structure.isolates()).isZero();
        assertThat(structure.effectiveSize()).hasValue(1.0); // 2 - 2·1/2
        assertThat(structure.efficiency()).hasValue(0.5);
        // each: (1/2 + 1/2 · 1/(1 + 1))² = (3/4)² = 9/16; two of them: 9/8
        assertThat(structure.constraint()).hasValue(1.125);
        assertThat(structure.egoBetweenness()).isZero(); // they are tied directly
        assertThat(structure.brokers()).isEmpty();
    }

    @Test
    void measuresAPathOfThreeMembers() {
        // ann – bob – cem: n = 3, t = 2
        Structure structure =
                measure(structure(List.of("ann", "bob", "cem"), new Tie("ann", "bob"), new Tie("bob", "cem")));

        assertThat(structure.density()).isCloseTo(2.0 / 3, EXACT); // 2·2 / (3·2)
        assertThat(structure.effectiveSize().getAsDouble()).isCloseTo(5.0 / 3, EXACT); // 3 - 4/3
        assertThat(structure.efficiency().getAsDouble()).isCloseTo(5.0 / 9, EXACT);
        // ann: (1/3 + 1/3 · 1/3)² = 16/81; bob: (1/3 + 1/3 · 1/2 + 1/3 · 1/2)² = 36/81; cem as ann: 16/81
        assertThat(structure.constraint().getAsDouble()).isCloseTo(68.0 / 81, EXACT);
        // ann–cem: two shortest paths, through the ego and through bob
        assertThat(structure.egoBetweenness()).isEqualTo(0.5);
        assertThat(structure.brokers()).containsExactly("bob");
    }

    @Test
    void measuresATriangleBesideAnIsolate() {
        // ann, bob, cem all tied; dan tied to nobody: n = 4, t = 3
        Structure structure = measure(structure(
                List.of("ann", "bob", "cem", "dan"),
                new Tie("ann", "bob"),
                new Tie("bob", "cem"),
                new Tie("ann", "cem")));

        assertThat(structure.density()).isEqualTo(0.5); // 2·3 / (4·3)
        assertThat(structure.components()).isEqualTo(2);
        assertThat(structure.isolates()).isEqualTo(1);
        assertThat(structure.effectiveSize()).hasValue(2.5); // 4 - 6/4
        assertThat(structure.efficiency()).hasValue(0.625);
        // triangle members: (1/4 + 2 · 1/4 · 1/3)² = (5/12)² = 25/144, three times; dan: (1/4)² = 9/144
        assertThat(structure.constraint().getAsDouble()).isCloseTo(84.0 / 144, EXACT);
        // dan and each triangle member meet only through the ego: 3 pairs of 1
        assertThat(structure.egoBetweenness()).isEqualTo(3.0);
        assertThat(structure.brokers()).isEmpty();
    }

    @Test
    void findsTheHubOfTwoTrianglesAsBroker() {
        // bow tie: ann–bob–hub and cem–dan–hub: n = 5, t = 6
        Structure structure = measure(structure(
                List.of("ann", "bob", "cem", "dan", "hub"),
                new Tie("ann", "bob"),
                new Tie("ann", "hub"),
                new Tie("bob", "hub"),
                new Tie("cem", "dan"),
                new Tie("cem", "hub"),
                new Tie("dan", "hub")));

        assertThat(structure.components()).isEqualTo(1);
        assertThat(structure.effectiveSize().getAsDouble()).isCloseTo(2.6, EXACT); // 5 - 12/5
        // ann, bob, cem, dan: (1/5 + 1/5 · 1/3 + 1/5 · 1/5)² = (23/75)² = 529/5625, four times;
        // hub: (1/5 + 4 · 1/5 · 1/3)² = (7/15)² = 1225/5625
        assertThat(structure.constraint().getAsDouble()).isCloseTo(3341.0 / 5625, EXACT);
        // ann–cem, ann–dan, bob–cem, bob–dan: two shortest paths each, through the ego and the hub
        assertThat(structure.egoBetweenness()).isEqualTo(2.0);
        assertThat(structure.brokers()).containsExactly("hub");
    }

    @Test
    void findsEveryInnerMemberOfAChainAsBroker() {
        Structure structure = measure(structure(
                List.of("a", "b", "c", "d", "e"),
                new Tie("a", "b"),
                new Tie("b", "c"),
                new Tie("c", "d"),
                new Tie("d", "e")));

        assertThat(structure.brokers()).containsExactly("b", "c", "d");
    }

    @Test
    void findsNoBrokerInACycle() {
        Structure structure = measure(structure(
                List.of("a", "b", "c", "d"),
                new Tie("a", "b"),
                new Tie("b", "c"),
                new Tie("c", "d"),
                new Tie("d", "a")));

        assertThat(structure.brokers()).isEmpty();
        // a–c and b–d: through the ego and two members each, so 1/3 twice
        assertThat(structure.egoBetweenness()).isCloseTo(2.0 / 3, EXACT);
    }

    @Test
    void leavesDormantAndBrokenMembersOutOfTheStructure() {
        NetworkMap map = NetworkFixtures.map(
                List.of(
                        member("ann").build(),
                        member("bob").status(RelationshipStatus.DORMANT).build(),
                        member("cem").status(RelationshipStatus.BROKEN).build()),
                new Tie("ann", "bob"),
                new Tie("bob", "cem"));

        Structure structure = measure(map);

        assertThat(structure.size()).isEqualTo(1);
        assertThat(structure.tiesAmongMembers()).isZero();
        assertThat(structure.constraint()).hasValue(1.0);
    }

    @Test
    void findsTheBrokersOfAVeryLongChainWithoutExhaustingTheStack() {
        int n = 100_000;
        List<String> members = IntStream.range(0, n).mapToObj(Integer::toString).toList();
        List<Tie> ties = IntStream.range(1, n)
                .mapToObj(i -> new Tie(Integer.toString(i - 1), Integer.toString(i)))
                .toList();

        List<String> brokers = new Brokers().measure(EgoNetwork.of(members, ties));

        assertThat(brokers).hasSize(n - 2).doesNotContain("0", Integer.toString(n - 1));
    }

    @Test
    void countsTheBetweennessOfAVeryLongChainWithoutVisitingEveryPair() {
        int n = 100_000;
        List<String> members = IntStream.range(0, n).mapToObj(Integer::toString).toList();
        List<Tie> ties = IntStream.range(1, n)
                .mapToObj(i -> new Tie(Integer.toString(i - 1), Integer.toString(i)))
                .toList();

        double betweenness = new EgoBetweenness().measure(EgoNetwork.of(members, ties));

        // n(n-1)/2 pairs, n-1 of them tied; the n-2 pairs two apart on the chain share one member (1/2 each);
        // every other untied pair meets only through the ego (1 each)
        long pairs = (long) n * (n - 1) / 2;
        assertThat(betweenness).isEqualTo((pairs - (n - 1) - (n - 2)) + (n - 2) / 2.0);
    }
}

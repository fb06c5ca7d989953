package be.brugwerk.network.analysis;

import static be.brugwerk.network.analysis.MemberBuilder.member;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SignalRulesUnitTests {

    private final NetworkAnalyser analyser = new NetworkAnalyser();

    private List<Signal> signalsOf(NetworkMap map) {
        return analyser.analyse(map).signals();
    }

    private static List<SignalCode> codes(List<Signal> signals) {
        return signals.stream().map(Signal::code).toList();
    }

    @Test
    void saysNothingToTheParticipantAboutAnEmptyMap() {
        NetworkAnalysis analysis = analyser.analyse(NetworkFixtures.isolatedNewcomer());

        assertThat(analysis.signalsFor(Audience.PARTICIPANT)).isEmpty();
        assertThat(codes(analysis.signalsFor(Audience.STAFF))).containsExactly(SignalCode.SIZE_AT_VULNERABLE_AVERAGE);
    }

    @Test
    void signalsAParticipantInPovertyStrengthsFirst() {
        List<Signal> signals = signalsOf(NetworkFixtures.participantInPoverty());

        assertThat(codes(signals))
                .containsExactly(
                        SignalCode.SUPPORT_FROM_OWN_NETWORK, // material help from the sister
                        SignalCode.FREQUENT_CONTACT, // the sister, weekly
                        SignalCode.FUNCTION_ONLY_PROFESSIONAL, // affective: the GP
                        SignalCode.FUNCTION_ONLY_PROFESSIONAL, // informative: social worker, budget counsellor
                        SignalCode.FUNCTION_MISSING, // connecting
                        SignalCode.DORMANT_TIES, // the old friend
                        SignalCode.ONLY_RECEIVES,
                        SignalCode.BRIDGING_PRESENT, // three linking relationships
                        SignalCode.SIZE_AT_VULNERABLE_AVERAGE, // 4 active members
                        SignalCode.POVERTY_PATTERN, // 1 family, 3 professionals
                        SignalCode.MEMBERS_UNCONNECTED);
        assertThat(signals.get(2).figures()).containsExactly(new Figure("function", SupportFunction.AFFECTIVE));
        assertThat(signals.get(3).figures()).containsExactly(new Figure("function", SupportFunction.INFORMATIVE));
        assertThat(signals.get(5).figures())
                .containsExactly(new Figure("count", 1), new Figure("members", List.of("old-friend")));
        assertThat(signals.get(8).arguments()).containsExactly(4, 5, 30);
        assertThat(signals.get(9).arguments()).containsExactly(1, 3, 2, 3);
    }

    @Test
    void signalsARichNetworkWithStrengthsOnly() {
        List<Signal> signals = signalsOf(NetworkFixtures.richNetwork());

        assertThat(codes(signals))
                .containsExactly(
                        SignalCode.SUPPORT_FROM_OWN_NETWORK,
                        SignalCode.RECIPROCITY_PRESENT,
                        SignalCode.FREQUENT_CONTACT,
                        SignalCode.RICH_NETWORK_SIZE,
                        SignalCode.BRIDGING_PRESENT);
        assertThat(signals.get(0).arguments()).containsExactly(4, 4);
        assertThat(signals.get(1).arguments()).containsExactly(25);
        assertThat(signals.get(3).arguments()).containsExactly(30, 30);
        assertThat(signals.get(4).arguments()).containsExactly(6, 5);
    }

    @Test
    void leadsWithTheDrawnMapWhenTheParticipantWouldOnlyHearPointsOfAttention() {
        NetworkMap map = NetworkFixtures.map(List.of(member("social-worker")
                .as(RelationCategory.PROFESSIONAL)
                .seen(ContactFrequency.MONTHLY)
                .support(SupportFunction.INFORMATIVE, SupportDirection.RECEIVES)
                .build()));

        List<Signal> forParticipant = analyser.analyse(map).signalsFor(Audience.PARTICIPANT);

        assertThat(codes(forParticipant))
                .startsWith(SignalCode.MAP_DRAWN)
                .contains(SignalCode.ONLY_RECEIVES, SignalCode.FUNCTION_ONLY_PROFESSIONAL, SignalCode.FUNCTION_MISSING);
    }

    @Test
    void flagsSomeoneWhoComfortsOthersButIsComfortedByNobody() {
        NetworkMap map = NetworkFixtures.map(List.of(
                member("neighbour")
                        .as(RelationCategory.NEIGHBOUR)
                        .support(SupportFunction.AFFECTIVE, SupportDirection.GIVES)
                        .build(),
                member("daughter")
                        .as(RelationCategory.FAMILY)
                        .support(SupportFunction.AFFECTIVE, SupportDirection.GIVES)
                        .build()));

        List<Signal> signals = signalsOf(map);

        assertThat(signals).contains(Signal.of(SignalCode.NO_AFFECTIVE_SUPPORT, new Figure("givesTo", 2)));
        assertThat(signals)
                .doesNotContain(
                        Signal.of(SignalCode.FUNCTION_MISSING, new Figure("function", SupportFunction.AFFECTIVE)));
    }

    @Test
    void doesNotFlagMissingAffectiveSupportTwice() {
        NetworkMap map = NetworkFixtures.map(List.of(member("ann").build()));

        List<SignalCode> codes = codes(signalsOf(map));

        assertThat(codes).contains(SignalCode.FUNCTION_MISSING).doesNotContain(SignalCode.NO_AFFECTIVE_SUPPORT);
    }

    @Test
    void tellsOnlyStaffAboutBrokenAndHarmfulRelationships() {
        NetworkMap map = NetworkFixtures.map(List.of(
                member("ex").status(RelationshipStatus.BROKEN).build(),
                member("cousin").valence(Valence.HARMFUL).build()));

        NetworkAnalysis analysis = analyser.analyse(map);

        assertThat(analysis.signalsFor(Audience.STAFF))
                .contains(
                        Signal.of(SignalCode.BROKEN_TIES, new Figure("count", 1), new Figure("members", List.of("ex"))),
                        Signal.of(
                                SignalCode.HARMFUL_RELATIONSHIPS,
                                new Figure("count", 1),
                                new Figure("members", List.of("cousin"))));
        assertThat(codes(analysis.signalsFor(Audience.PARTICIPANT)))
                .doesNotContain(SignalCode.BROKEN_TIES, SignalCode.HARMFUL_RELATIONSHIPS);
    }

    @Test
    void flagsAMostlyBondingNetworkAboveThreeQuarters() {
        NetworkMap fourInFive = NetworkFixtures.map(List.of(
                member("a").build(),
                member("b").build(),
                member("c").build(),
                member("d").build(),
                member("e").capital(CapitalType.BRIDGING).build()));
        NetworkMap threeInFour = NetworkFixtures.map(List.of(
                member("a").build(),
                member("b").build(),
                member("c").build(),
                member("d").capital(CapitalType.LINKING).build()));

        assertThat(signalsOf(fourInFive))
                .contains(Signal.of(
                        SignalCode.MOSTLY_BONDING,
                        new Figure("bonding", 0.8),
                        new Figure("bridging", 0.2),
                        new Figure("linking", 0.0)));
        assertThat(codes(signalsOf(threeInFour))).doesNotContain(SignalCode.MOSTLY_BONDING);
    }

    @Test
    void pointsOutLightTiesAndBrokers() {
        NetworkMap map = NetworkFixtures.map(
                List.of(
                        member("baker")
                                .as(RelationCategory.ACQUAINTANCE)
                                .lightTie()
                                .build(),
                        member("ann").build(),
                        member("bob").build()),
                new Tie("ann", "baker"),
                new Tie("baker", "bob"));

        List<Signal> signals = signalsOf(map);

        assertThat(signals)
                .contains(
                        Signal.of(SignalCode.LIGHT_TIES_PRESENT, new Figure("lightTies", 1)),
                        Signal.of(
                                SignalCode.BROKER_PRESENT,
                                new Figure("count", 1),
                                new Figure("members", List.of("baker"))));
    }

    @Test
    void givesOnlyStructuralSignalsForAStructureOnlyMap() {
        NetworkMap map = NetworkFixtures.structure(List.of("a", "b", "c"), new Tie("a", "b"), new Tie("b", "c"));

        assertThat(codes(signalsOf(map)))
                .containsExactly(SignalCode.BROKER_PRESENT, SignalCode.SIZE_AT_VULNERABLE_AVERAGE);
    }

    @Test
    void keepsComparisonsWithReferenceFiguresForStaff() {
        assertThat(Stream.of(
                                SignalCode.SIZE_AT_VULNERABLE_AVERAGE,
                                SignalCode.RICH_NETWORK_SIZE,
                                SignalCode.POVERTY_PATTERN)
                        .map(SignalCode::audience))
                .containsOnly(Audience.STAFF);
    }

    @Test
    void leadsEveryParticipantWithAStrength() {
        Stream.of(
                        NetworkFixtures.participantInPoverty(),
                        NetworkFixtures.richNetwork(),
                        NetworkFixtures.map(List.of(
                                member("ex").status(RelationshipStatus.BROKEN).build())))
                .map(analyser::analyse)
                .map(analysis -> analysis.signalsFor(Audience.PARTICIPANT))
                .forEach(signals -> assertThat(signals.get(0).kind()).isEqualTo(SignalKind.STRENGTH));
    }
}

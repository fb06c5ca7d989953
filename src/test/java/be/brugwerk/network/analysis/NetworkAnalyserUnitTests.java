package be.brugwerk.network.analysis;

import static be.brugwerk.network.analysis.MemberBuilder.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Composition, support, diversity and contact of maps worked out by hand. */
class NetworkAnalyserUnitTests {

    private final NetworkAnalyser analyser = new NetworkAnalyser();

    @Test
    void countsNothingForAnEmptyMap() {
        NetworkAnalysis analysis = analyser.analyse(NetworkFixtures.isolatedNewcomer());

        assertThat(analysis.composition().members()).isZero();
        assertThat(analysis.composition().activeMembers()).isZero();
        assertThat(analysis.composition().byCategory().values()).containsOnly(0);
        assertThat(analysis.support().carriedByNobody()).containsExactly(SupportFunction.values());
        assertThat(analysis.support().reciprocity().balance()).isEmpty();
        assertThat(analysis.diversity().blauIndex()).isZero();
        assertThat(analysis.diversity().capitalShares().values()).containsOnly(0.0);
        assertThat(analysis.contact().frequencies().values()).containsOnly(0);
        assertThat(analysis.structure().size()).isZero();
    }

    @Test
    void countsTheCompositionOfAParticipantInPoverty() {
        Composition composition =
                analyser.analyse(NetworkFixtures.participantInPoverty()).composition();

        assertThat(composition.members()).isEqualTo(5);
        assertThat(composition.activeMembers()).isEqualTo(4); // the old friend is dormant
        assertThat(composition.byCategory())
                .contains(
                        entry(RelationCategory.FAMILY, 1),
                        entry(RelationCategory.FRIEND, 1),
                        entry(RelationCategory.PROFESSIONAL, 3),
                        entry(RelationCategory.NEIGHBOUR, 0));
        assertThat(composition.formal()).isEqualTo(3);
        assertThat(composition.informal()).isEqualTo(2);
        assertThat(composition.byLevel()).containsEntry(Level.CITY, 5).containsEntry(Level.TRANSLOCAL, 0);
        assertThat(composition.byCapitalType())
                .containsExactly(
                        entry(CapitalType.BONDING, 2), entry(CapitalType.BRIDGING, 0), entry(CapitalType.LINKING, 3));
        // reference figures count active members only: the dormant friend is not among the friends
        assertThat(composition.comparedWithReference())
                .containsExactly(
                        new ReferenceComparison(ReferenceFigure.MEMBERS, 4),
                        new ReferenceComparison(ReferenceFigure.FAMILY, 1),
                        new ReferenceComparison(ReferenceFigure.FRIENDS, 0),
                        new ReferenceComparison(ReferenceFigure.PROFESSIONALS, 3));
    }

    @Test
    void findsFunctionsCarriedOnlyByProfessionalsOrByNobody() {
        Support support =
                analyser.analyse(NetworkFixtures.participantInPoverty()).support();

        // material: the sister and the social worker; affective: the GP; informative: social worker and
        // budget counsellor; connecting: nobody
        assertThat(support.of(SupportFunction.MATERIAL))
                .isEqualTo(new FunctionSupport(SupportFunction.MATERIAL, 1, 1, 0, 0, 1));
        assertThat(support.of(SupportFunction.INFORMATIVE))
                .isEqualTo(new FunctionSupport(SupportFunction.INFORMATIVE, 0, 0, 0, 0, 2));
        assertThat(support.onlyProfessional()).containsExactly(SupportFunction.AFFECTIVE, SupportFunction.INFORMATIVE);
        assertThat(support.carriedByNobody()).containsExactly(SupportFunction.CONNECTING);
    }

    @Test
    void findsAParticipantWhoOnlyReceives() {
        Reciprocity reciprocity = analyser.analyse(NetworkFixtures.participantInPoverty())
                .support()
                .reciprocity();

        assertThat(reciprocity.onlyReceives()).isEqualTo(4);
        assertThat(reciprocity.onlyGives()).isZero();
        assertThat(reciprocity.both()).isZero();
        assertThat(reciprocity.withoutSupport()).isEqualTo(1);
        // g = 0 pairs given, r = 5 pairs received: (0 - 5) / 5
        assertThat(reciprocity.balance()).hasValue(-1.0);
    }

    @Test
    void weighsGivingAndReceivingPerFunctionInTheBalance() {
        NetworkMap map = NetworkFixtures.map(List.of(
                member("ann")
                        .support(SupportFunction.MATERIAL, SupportDirection.GIVES)
                        .support(SupportFunction.AFFECTIVE, SupportDirection.RECEIVES)
                        .build(),
                member("bob")
                        .support(SupportFunction.CONNECTING, SupportDirection.BOTH)
                        .build(),
                member("cem")
                        .support(SupportFunction.INFORMATIVE, SupportDirection.GIVES)
                        .build(),
                member("dan").build()));

        Reciprocity reciprocity = analyser.analyse(map).support().reciprocity();

        // ann gives one function and receives another; bob both ways; cem only receives help from the
        // participant; dan has no support recorded
        assertThat(reciprocity).isEqualTo(new Reciprocity(0, 1, 2, 1, 3, 2));
        // g = 3 (ann material, bob connecting, cem informative), r = 2 (ann affective, bob connecting)
        assertThat(reciprocity.balance().getAsDouble()).isCloseTo(0.2, within(1e-12)); // (3 - 2) / 5
    }

    @Test
    void countsDirectionsPerFunctionAmongInformalMembers() {
        NetworkMap map = NetworkFixtures.map(List.of(
                member("ann")
                        .support(SupportFunction.AFFECTIVE, SupportDirection.BOTH)
                        .build(),
                member("bob")
                        .support(SupportFunction.AFFECTIVE, SupportDirection.GIVES)
                        .build(),
                member("cem")
                        .support(SupportFunction.AFFECTIVE, SupportDirection.BOTH)
                        .status(RelationshipStatus.DORMANT)
                        .build(),
                member("therapist")
                        .as(RelationCategory.PROFESSIONAL)
                        .support(SupportFunction.AFFECTIVE, SupportDirection.RECEIVES)
                        .build()));

        FunctionSupport affective = analyser.analyse(map).support().of(SupportFunction.AFFECTIVE);

        // all relationships count, the dormant one too; the therapist is formal
        assertThat(affective).isEqualTo(new FunctionSupport(SupportFunction.AFFECTIVE, 3, 0, 1, 2, 1));
        assertThat(affective.coverage()).isEqualTo(Coverage.INFORMAL);
    }

    @Test
    void measuresTheDiversityOfAParticipantInPoverty() {
        Diversity diversity =
                analyser.analyse(NetworkFixtures.participantInPoverty()).diversity();

        // 2 bonding, 3 linking of 5
        assertThat(diversity.share(CapitalType.BONDING)).isEqualTo(0.4);
        assertThat(diversity.share(CapitalType.BRIDGING)).isZero();
        assertThat(diversity.share(CapitalType.LINKING)).isEqualTo(0.6);
        // family 1/5, friend 1/5, professional 3/5: 1 - (0.04 + 0.04 + 0.36)
        assertThat(diversity.blauIndex()).isCloseTo(0.56, within(1e-12));
    }

    @Test
    void measuresTheDiversityOfARichNetwork() {
        Diversity diversity = analyser.analyse(NetworkFixtures.richNetwork()).diversity();

        // 12 family, 13 friends, 5 professionals of 30: 1 - (144 + 169 + 25) / 900
        assertThat(diversity.blauIndex()).isCloseTo(562.0 / 900, within(1e-12));
        // bonding: 12 family and 7 friends; bridging: 6 friends; linking: 5 professionals
        assertThat(diversity.share(CapitalType.BONDING)).isCloseTo(19.0 / 30, within(1e-12));
        assertThat(diversity.share(CapitalType.BRIDGING)).isCloseTo(6.0 / 30, within(1e-12));
    }

    @Test
    void givesZeroDiversityWhenEveryoneIsOfOneCategory() {
        NetworkMap map =
                NetworkFixtures.map(List.of(member("ann").build(), member("bob").build()));

        assertThat(analyser.analyse(map).diversity().blauIndex()).isZero();
    }

    @Test
    void findsSupportBothWaysInARichNetwork() {
        Support support = analyser.analyse(NetworkFixtures.richNetwork()).support();

        assertThat(support.onlyProfessional()).isEmpty();
        assertThat(support.carriedByNobody()).isEmpty();
        // family: affective both ways; friends: receive advice, give practical help
        assertThat(support.reciprocity()).isEqualTo(new Reciprocity(0, 0, 25, 5, 38, 38));
        assertThat(support.reciprocity().balance()).hasValue(0.0);
    }

    @Test
    void listsDormantBrokenHarmfulAndAmbivalentMembers() {
        NetworkMap map = NetworkFixtures.map(List.of(
                member("ann").seen(ContactFrequency.DAILY).build(),
                member("bob")
                        .status(RelationshipStatus.DORMANT)
                        .seen(ContactFrequency.RARELY)
                        .build(),
                member("cem")
                        .status(RelationshipStatus.BROKEN)
                        .valence(Valence.HARMFUL)
                        .seen(ContactFrequency.RARELY)
                        .build(),
                member("dan").valence(Valence.HARMFUL).build(),
                member("eva")
                        .valence(Valence.AMBIVALENT)
                        .status(RelationshipStatus.DORMANT)
                        .seen(ContactFrequency.FEW_TIMES_A_YEAR)
                        .build()));

        Contact contact = analyser.analyse(map).contact();

        assertThat(contact.frequencies())
                .containsExactly(
                        entry(ContactFrequency.DAILY, 1),
                        entry(ContactFrequency.WEEKLY, 1),
                        entry(ContactFrequency.MONTHLY, 0),
                        entry(ContactFrequency.FEW_TIMES_A_YEAR, 1),
                        entry(ContactFrequency.RARELY, 2));
        assertThat(contact.dormant()).containsExactly("bob", "eva");
        assertThat(contact.broken()).containsExactly("cem");
        assertThat(contact.harmful()).containsExactly("cem", "dan");
        assertThat(contact.ambivalent()).containsExactly("eva");
        assertThat(contact.atLeastWeekly()).isEqualTo(2);
    }

    @Test
    void leavesUnrecordedRelationshipsOutOfCompositionButCountsThemAsActive() {
        NetworkMap map = NetworkFixtures.structure(List.of("ann", "bob"), new Tie("ann", "bob"));

        NetworkAnalysis analysis = analyser.analyse(map);

        assertThat(analysis.composition().members()).isEqualTo(2);
        assertThat(analysis.composition().activeMembers()).isEqualTo(2);
        assertThat(analysis.composition().recordedRelationships()).isZero();
        assertThat(analysis.composition().formal() + analysis.composition().informal())
                .isZero();
        assertThat(analysis.composition().comparedWithReference())
                .containsExactly(new ReferenceComparison(ReferenceFigure.MEMBERS, 2));
        assertThat(analysis.structure().size()).isEqualTo(2);
        assertThat(analysis.structure().tiesAmongMembers()).isEqualTo(1);
    }
}

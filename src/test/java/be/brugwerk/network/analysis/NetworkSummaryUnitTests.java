package be.brugwerk.network.analysis;

import static be.brugwerk.network.analysis.MemberBuilder.member;
import static be.brugwerk.network.analysis.NetworkFixtures.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkSummaryUnitTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static List<SummarySentence> summaryOf(NetworkMap map) {
        return NetworkSummary.of(map, new NetworkAnalyser().analyse(map));
    }

    private static List<String> textsOf(NetworkMap map, Locale locale) {
        SignalTexts texts = SignalTexts.in(locale);
        return summaryOf(map).stream().map(texts::text).toList();
    }

    private static List<String> keysOf(NetworkMap map) {
        return summaryOf(map).stream().map(SummarySentence::key).toList();
    }

    @Test
    void saysAnEmptyMapHasNobodyYetInOneSentence() {
        NetworkMap empty = NetworkFixtures.isolatedNewcomer();

        assertThat(textsOf(empty, DUTCH))
                .containsExactly("Er staat nog niemand op je kaart. Teken samen wie belangrijk is voor je.");
        assertThat(textsOf(empty, Locale.ENGLISH))
                .containsExactly("There is nobody on your map yet. Draw together who matters to you.");
        assertThat(textsOf(empty, Locale.FRENCH))
                .containsExactly(
                        "Personne n’est encore sur votre carte. Dessinez ensemble les personnes qui comptent pour vous.");
    }

    @Test
    void saysANetworkOfThreeRelativesRestsOnFamily() {
        NetworkMap family = map(List.of(
                member("mum")
                        .as(RelationCategory.FAMILY)
                        .support(SupportFunction.AFFECTIVE, SupportDirection.BOTH)
                        .build(),
                member("sister")
                        .as(RelationCategory.FAMILY)
                        .support(SupportFunction.MATERIAL, SupportDirection.RECEIVES)
                        .build(),
                member("uncle").as(RelationCategory.FAMILY).build()));

        assertThat(keysOf(family)).containsExactly("size.small", "rests-on.family", "support.partly", "gives");
        assertThat(textsOf(family, DUTCH))
                .containsExactly(
                        "Er staan 3 mensen op je kaart. Dat is nog een klein netwerk: elke nieuwe persoon telt.",
                        "Je netwerk rust vooral op familie: 3 van de 3 mensen.",
                        "Voor 2 soorten steun zijn er mensen die je zelf kent. Voor advies en gezelschap nog niet.",
                        "Jij helpt ook anderen. Dat is een sterkte.");
        assertThat(textsOf(family, Locale.ENGLISH).get(1))
                .isEqualTo("Your network rests mostly on family: 3 of the 3 people.");
        assertThat(textsOf(family, Locale.FRENCH).get(1))
                .isEqualTo("Votre réseau repose surtout sur la famille : 3 personnes sur 3.");
        assertThat(textsOf(family, Locale.FRENCH).get(2))
                .isEqualTo("Pour 2 types de soutien, vous pouvez compter sur "
                        + "des gens que vous connaissez. Pour les conseils et la compagnie, pas encore.");
    }

    @Test
    void saysAllHelpComesFromOnePersonWhenEverySupportFunctionRestsOnThem() {
        MemberBuilder neighbour = member("buurvrouw-id").as(RelationCategory.NEIGHBOUR);
        for (SupportFunction function : SupportFunction.values()) {
            neighbour.support(function, SupportDirection.RECEIVES);
        }
        NetworkMap onePerson = map(List.of(
                neighbour.build(),
                member("bakker").as(RelationCategory.ACQUAINTANCE).lightTie().build(),
                member("cousin").as(RelationCategory.FAMILY).build()));

        assertThat(keysOf(onePerson)).containsExactly("size.small", "mixed", "one-person", "only-receives");
        assertThat(textsOf(onePerson, DUTCH).get(2))
                .isEqualTo(
                        "Alle hulp die je krijgt, komt van één persoon: buurvrouw-id. Het is goed als ook anderen je kunnen helpen.");
        assertThat(textsOf(onePerson, Locale.ENGLISH).get(2))
                .isEqualTo(
                        "All the help you get comes from one person: buurvrouw-id. It is good if others can help you too.");
        assertThat(textsOf(onePerson, Locale.FRENCH).get(2))
                .startsWith("Toute l’aide que vous recevez vient d’une seule personne : buurvrouw-id.");
        assertThat(textsOf(onePerson, DUTCH).get(1))
                .isEqualTo("Je kent mensen uit 3 verschillende hoeken van je leven. Dat maakt je netwerk sterk.");
    }

    @Test
    void doesNotSayOnePersonWhenTheyCarryASingleFunction() {
        NetworkMap single = map(List.of(
                member("friend")
                        .support(SupportFunction.CONNECTING, SupportDirection.RECEIVES)
                        .build(),
                member("other").build()));

        assertThat(keysOf(single)).doesNotContain("one-person").contains("support.partly");
    }

    @Test
    void invitesToPickUpDormantContactsBeforeTheGiveAndTake() {
        NetworkMap dormant = map(List.of(
                member("old-friend").status(RelationshipStatus.DORMANT).build(),
                member("friend")
                        .support(SupportFunction.CONNECTING, SupportDirection.BOTH)
                        .build()));

        assertThat(textsOf(dormant, DUTCH).get(3))
                .isEqualTo("Met één persoon is het contact verwaterd: old-friend. Misschien wil je opnieuw contact?");
        assertThat(textsOf(dormant, Locale.ENGLISH).get(3))
                .isEqualTo("You have lost touch with one person: old-friend. Would you like to get back in touch?");
    }

    @Test
    void saysWhenNoSupportIsRecordedYetAndSaysNoMore() {
        NetworkMap noSupport = map(List.of(
                member("a").build(), member("b").as(RelationCategory.NEIGHBOUR).build()));

        assertThat(keysOf(noSupport)).containsExactly("size.small", "mixed", "support.unrecorded");
    }

    @Test
    void saysWhenOnlyProfessionalsHelp() {
        NetworkMap professionals = map(List.of(
                member("social-worker")
                        .as(RelationCategory.PROFESSIONAL)
                        .support(SupportFunction.INFORMATIVE, SupportDirection.RECEIVES)
                        .build(),
                member("gp")
                        .as(RelationCategory.PROFESSIONAL)
                        .support(SupportFunction.AFFECTIVE, SupportDirection.RECEIVES)
                        .build()));

        assertThat(keysOf(professionals))
                .containsExactly("size.small", "rests-on.professional", "support.none-informal", "only-receives");
        assertThat(textsOf(professionals, DUTCH).get(1))
                .isEqualTo("Je netwerk rust vooral op hulpverleners: 2 van de 2 mensen.");
    }

    @Test
    void callsARichNetworkLargeAndVaried() {
        NetworkMap rich = NetworkFixtures.richNetwork();

        assertThat(keysOf(rich)).hasSize(4).startsWith("size.large", "mixed").contains("support.all");
        int members = new NetworkAnalyser().analyse(rich).composition().members();
        assertThat(textsOf(rich, DUTCH).get(0))
                .isEqualTo("Er staan " + members + " mensen op je kaart. Dat is een groot netwerk.");
        assertThat(textsOf(rich, Locale.ENGLISH).get(2))
                .isEqualTo("For every kind of support, there are people you know yourself.");
    }

    @Test
    void placesAMiddleSizedNetworkWithoutJudgingIt() {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            members.add(member("friend-" + i).build());
        }

        assertThat(textsOf(map(members), DUTCH).get(0)).isEqualTo("Er staan 8 mensen op je kaart.");
        assertThat(textsOf(map(members), Locale.FRENCH).get(0)).isEqualTo("8 personnes sont sur votre carte.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr", "en"})
    void fillsEveryPlaceholderInEveryLanguage(String language) {
        SignalTexts texts = SignalTexts.in(Locale.forLanguageTag(language));
        List<NetworkMap> maps = List.of(
                NetworkFixtures.isolatedNewcomer(),
                NetworkFixtures.participantInPoverty(),
                NetworkFixtures.richNetwork(),
                map(List.of(member("one").build())));

        for (NetworkMap map : maps) {
            List<SummarySentence> sentences = summaryOf(map);
            assertThat(sentences).hasSizeBetween(1, 4);
            assertThat(sentences)
                    .allSatisfy(sentence -> assertThat(texts.text(sentence))
                            .isNotBlank()
                            .doesNotContain("{")
                            .doesNotContain("}"));
        }
    }

    @Test
    void singularForOnePerson() {
        NetworkMap one = map(List.of(member("one").build()));

        assertThat(textsOf(one, DUTCH).get(0)).startsWith("Er staat één persoon op je kaart.");
        assertThat(textsOf(one, Locale.ENGLISH).get(0)).startsWith("There is one person on your map.");
        assertThat(textsOf(one, Locale.FRENCH).get(0)).startsWith("Une personne est sur votre carte.");
    }
}

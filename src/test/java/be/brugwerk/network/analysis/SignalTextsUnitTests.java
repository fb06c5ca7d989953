package be.brugwerk.network.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SignalTextsUnitTests {

    @Test
    void namesTheSupportFunctionInTheParticipantsLanguage() {
        Signal signal =
                Signal.of(SignalCode.FUNCTION_ONLY_PROFESSIONAL, new Figure("function", SupportFunction.AFFECTIVE));

        assertThat(SignalTexts.in(Locale.ENGLISH).text(signal))
                .isEqualTo("For emotional support, you can only turn to professionals right now.");
        assertThat(SignalTexts.in(Locale.forLanguageTag("nl-BE")).text(signal))
                .isEqualTo("Voor emotionele steun kan je nu alleen bij hulpverleners terecht.");
        assertThat(SignalTexts.in(Locale.FRENCH).text(signal))
                .isEqualTo(
                        "Pour le soutien émotionnel, vous ne pouvez compter pour l’instant que sur des professionnels.");
    }

    @Test
    void countsOnePersonInTheSingular() {
        Signal one = Signal.of(SignalCode.DORMANT_TIES, new Figure("count", 1), new Figure("members", List.of("ann")));
        Signal two = Signal.of(
                SignalCode.DORMANT_TIES, new Figure("count", 2), new Figure("members", List.of("ann", "bob")));

        assertThat(SignalTexts.in(Locale.ENGLISH).text(one))
                .isEqualTo("You have lost touch with one person: ann. Would you like to get back in touch?");
        assertThat(SignalTexts.in(Locale.ENGLISH).text(two))
                .isEqualTo("You have lost touch with 2 people: ann, bob. Would you like to get back in touch?");
        assertThat(SignalTexts.in(Locale.forLanguageTag("nl")).text(two))
                .isEqualTo("Met 2 mensen is het contact verwaterd: ann, bob. Wil je opnieuw contact opnemen?");
    }

    @Test
    void writesSharesAsPercentages() {
        Signal signal = Signal.of(
                SignalCode.MOSTLY_BONDING,
                new Figure("bonding", 0.8),
                new Figure("bridging", 0.2),
                new Figure("linking", 0.0));

        assertThat(SignalTexts.in(Locale.ENGLISH).text(signal))
                .startsWith("80% of the relationships are bonding " + "(bridging 20%, linking 0%)");
    }

    @Test
    void fallsBackToEnglishForOtherLanguages() {
        Signal signal = Signal.of(SignalCode.MAP_DRAWN);

        assertThat(SignalTexts.in(Locale.GERMAN).text(signal))
                .isEqualTo("You have drawn your network. That is a good first step.");
    }

    @Test
    void hasATextForEverySignalOfTheFixtures() {
        NetworkAnalyser analyser = new NetworkAnalyser();
        List<Signal> signals = Stream.of(NetworkFixtures.participantInPoverty(), NetworkFixtures.richNetwork())
                .flatMap(map -> analyser.analyse(map).signals().stream())
                .toList();

        for (String language : List.of("nl", "fr", "en")) {
            SignalTexts texts = SignalTexts.in(Locale.forLanguageTag(language));
            assertThat(signals)
                    .allSatisfy(signal -> assertThat(texts.text(signal)).doesNotContain("{"));
        }
    }
}

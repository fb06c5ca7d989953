package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a language is written: codes and names in any script, of several words, and nothing that is no language. */
class SpokenLanguagesUnitTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "nl",
                "pt-BR",
                "Nederlands",
                "Vlaamse Gebarentaal",
                "Kreyòl ayisyen",
                "Langue des signes de Belgique francophone", // 41 characters
                "Nederlands en Arabisch",
                "O'odham",
                "Tok Pisin",
                "\u0939\u093F\u0928\u094D\u0926\u0940", // Hindi in Devanagari: a vowel sign and a virama (marks)
                "\u0BA4\u0BAE\u0BBF\u0BB4\u0BCD", // Tamil: a vowel sign and a virama
                "\u0627\u0644\u0639\u064E\u0631\u064E\u0628\u0650\u064A\u064E\u0651\u0629", // Arabic with vowel marks
                "\u0641\u0627\u0631\u0633\u06CC \u062F\u0631\u06CC", // Persian, two words
                "\u0645\u06CC\u200C\u062E\u0648\u0627\u0646\u0645", // Persian with a zero-width non-joiner
                "Svenska teckenspråket"
            })
    void takesLanguagesWrittenInLetters(String language) {
        assertThat(SpokenLanguages.isLanguage(language)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "12345",
                "nl: C1",
                "NL/FR",
                "Nederlands (A2)",
                "<b>",
                "🙂",
                "-nl",
                "nl-",
                "Nederlands  -  Frans",
                "\u0301nl", // a mark with no letter before it
                "\u200Cnl",
                "nl\u202Efr"
            })
    void refusesWhatIsNoLanguage(String typed) {
        assertThat(SpokenLanguages.isLanguage(typed)).as(typed).isFalse();
    }

    @Test
    void takesSixtyCharactersAndNoMore() {
        assertThat(SpokenLanguages.isLanguage("a".repeat(60))).isTrue();
        assertThat(SpokenLanguages.isLanguage("a".repeat(61))).isFalse();
        assertThat(SpokenLanguages.isLanguage("a".repeat(30) + "   " + "a".repeat(29)))
                .as("60 once its spaces are collapsed")
                .isTrue();
    }

    @Test
    void collapsesRunsOfSpacesSoTheSameLanguageComparesEqual() {
        assertThat(SpokenLanguages.written("  Vlaamse \t\u00A0 Gebarentaal ")).isEqualTo("Vlaamse Gebarentaal");
        assertThat(SpokenLanguages.listed("languages", "Vlaamse   Gebarentaal; Frans,, "))
                .containsExactly("Vlaamse Gebarentaal", "Frans");
    }

    @Test
    void refusesAListedLanguageNamingTheFieldAndTheLanguage() {
        assertThatThrownBy(() -> SpokenLanguages.listed("languages", "Frans, NL/FR"))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo("languages");
                    assertThat(refused.messageKey()).isEqualTo("input.language");
                    assertThat(List.of(refused.arguments())).startsWith("NL/FR");
                });
    }
}

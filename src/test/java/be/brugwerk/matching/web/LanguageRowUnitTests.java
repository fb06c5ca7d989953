package be.brugwerk.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.matching.engine.LanguageLevel;
import be.brugwerk.matching.engine.LanguageSkill;
import be.brugwerk.support.Bundles;
import be.brugwerk.system.SpokenLanguages;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/** An intake's language lines as typed: read into skills, or refused on the field at fault with what was typed. */
class LanguageRowUnitTests {

    private final Errors errors = new MapBindingResult(new HashMap<>(), "form");

    @Test
    void readsNoLanguageFromNoLinesOrBlankOnes() {
        assertThat(LanguageRow.skills(List.of(), errors)).isEmpty();
        assertThat(LanguageRow.skills(List.of(row("", ""), row(" ", "")), errors))
                .isEmpty();
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void readsEachLineAsALowerCaseCodeAndItsLevel() {
        List<LanguageSkill> skills =
                LanguageRow.skills(List.of(row(" NL ", "A2"), row("", ""), row("ar", "NATIVE")), errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(skills)
                .containsExactly(
                        new LanguageSkill("nl", LanguageLevel.A2), new LanguageSkill("ar", LanguageLevel.NATIVE));
    }

    @Test
    void refusesALevelOffTheListOnThatLinesLevelField() {
        LanguageRow.skills(List.of(row("nl", "B1"), row("ti", "fluent")), errors);

        FieldError error = errors.getFieldError();
        assertThat(errors.getFieldErrorCount()).isEqualTo(1);
        assertThat(error.getField()).isEqualTo("languages[1].level");
        assertThat(error.getCode()).isEqualTo("matching.intake.language.levelUnknown");
        assertThat(error.getArguments()).containsExactly(2, "ti", "fluent");
    }

    @Test
    void refusesALanguageWithoutALevelAndALevelWithoutALanguage() {
        LanguageRow.skills(List.of(row("nl", ""), row("", "B1")), errors);

        assertThat(codesByField())
                .containsExactly(
                        "languages[0].level=matching.intake.language.levelMissing",
                        "languages[1].code=matching.intake.language.codeMissing");
    }

    @Test
    void refusesACodeThatCouldSpoilTheStoredFormatAndALanguageListedTwice() {
        LanguageRow.skills(List.of(row("nl:B1", "B1"), row("fr", "B1"), row("FR", "C1"), row("nl, fr", "A1")), errors);

        assertThat(codesByField())
                .containsExactly(
                        "languages[0].code=matching.intake.language.notALanguage",
                        "languages[2].code=matching.intake.language.twice",
                        "languages[3].code=matching.intake.language.notALanguage");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "nl|Taal 1: „nl:B1” is geen taalcode of taalnaam; schrijf op elke regel één taal, als code of als naam,"
                        + " in letters (spaties, streepjes en apostrofs mogen; hoogstens 60 tekens), zoals nl, ar of"
                        + " Vlaamse Gebarentaal.",
                "fr|Langue 1 : « nl:B1 » n’est ni un code ni un nom de langue ; écrivez une seule langue par ligne, en code"
                        + " ou en nom, en lettres (espaces, traits d’union et apostrophes permis ; au plus 60"
                        + " caractères), comme nl, ar ou langue des signes flamande.",
                "en|Language 1: “nl:B1” is not a language code or name; write one language on each line, as a code or a"
                        + " name, in letters (spaces, hyphens and apostrophes are allowed; at most 60 characters), such"
                        + " as nl, ar or Flemish Sign Language."
            })
    void saysThatALanguageIsACodeOrANameInLettersOfAtMostTheLongestInTheReadersLanguage(
            String language, String expected) {
        String longest = "a".repeat(SpokenLanguages.LONGEST);
        LanguageRow.skills(
                List.of(
                        row("nl:B1", "B1"),
                        row("Vlaamse Gebarentaal", "A1"),
                        row("Kreyòl ayisyen", "A2"),
                        row(longest, "A1"),
                        row(longest + "a", "A1")),
                errors);

        assertThat(codesByField())
                .as("names of words in letters are taken, up to the longest")
                .containsExactly(
                        "languages[0].code=matching.intake.language.notALanguage",
                        "languages[4].code=matching.intake.language.notALanguage");
        assertThat(Bundles.of("i18n/matching")
                        .getMessage(errors.getFieldErrors().get(0), Locale.forLanguageTag(language)))
                .isEqualTo(expected);
    }

    @Test
    void offersTwoBlankLinesAfterTheLastFilledOneAndThreeAtLeast() {
        assertThat(LanguageRow.withRoom(null)).hasSize(3).allMatch(LanguageRow::isBlank);
        assertThat(LanguageRow.withRoom(List.of(row("nl", "B1"), row("ar", "NATIVE"))))
                .hasSize(4);
        assertThat(LanguageRow.withRoom(List.of(row("nl", "B1"), row("", ""), row("", ""), row("", ""), row("", ""))))
                .hasSize(3);
    }

    @Test
    void keepsALineATamperedFormLeftOutAsABlankOne() {
        List<LanguageRow> rows = LanguageRow.withRoom(Arrays.asList(row("nl", "B1"), null, row("ar", "NATIVE")));

        assertThat(rows).hasSize(5);
        assertThat(rows.get(1).isBlank()).isTrue();
        assertThat(rows.get(2)).isEqualTo(row("ar", "NATIVE"));
    }

    @Test
    void showsAStoredLanguageAsTheLineItCameFrom() {
        assertThat(LanguageRow.of(new LanguageSkill("nl", LanguageLevel.NATIVE)))
                .isEqualTo(row("nl", "NATIVE"));
    }

    @Test
    void readsALanguageNameOfSeveralWordsWithItsSpacesCollapsedSoATwiceTypedOneIsFound() {
        List<LanguageSkill> skills = LanguageRow.skills(
                List.of(
                        row(" Vlaamse  Gebarentaal ", "B1"),
                        row("\u0BA4\u0BAE\u0BBF\u0BB4\u0BCD", "NATIVE"),
                        row("vlaamse gebarentaal", "A1")),
                errors);

        assertThat(skills)
                .containsExactly(
                        new LanguageSkill("vlaamse gebarentaal", LanguageLevel.B1),
                        new LanguageSkill("\u0BA4\u0BAE\u0BBF\u0BB4\u0BCD", LanguageLevel.NATIVE));
        assertThat(codesByField()).containsExactly("languages[2].code=matching.intake.language.twice");
    }

    private List<String> codesByField() {
        return errors.getFieldErrors().stream()
                .map(e -> e.getField() + "=" + e.getCode())
                .toList();
    }

    private static LanguageRow row(String code, String level) {
        return new LanguageRow(code, level);
    }
}

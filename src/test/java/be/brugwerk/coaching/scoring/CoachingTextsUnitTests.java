package be.brugwerk.coaching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The message bundles {@code i18n/coaching_*.properties} hold exactly the keys the scoring engine names, in every
 * language, and the Dutch De Jong Gierveld wording is the same in both versions (INSTRUMENTS.md gives one Dutch
 * wording per item).
 */
class CoachingTextsUnitTests {

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(
                "i18n.coaching",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Set<String> keysTheEngineNames() {
        Set<String> keys = new TreeSet<>();
        for (Instrument instrument : Instrument.values()) {
            keys.add(instrument.nameKey());
            keys.add(instrument.wordingKey());
        }
        keys.add(SchalockSelfRating.NOT_VALIDATED_KEY);
        Stream.of(Subscale.values()).map(Subscale::nameKey).forEach(keys::add);
        for (LonelinessAnswerFormat format : LonelinessAnswerFormat.values()) {
            format.answers().stream().map(format::labelKey).forEach(keys::add);
        }
        for (LonelinessScale scale : LonelinessScale.values()) {
            scale.items().stream().map(scale::textKey).forEach(keys::add);
        }
        Stream.of(LonelinessCategory.values()).map(LonelinessCategory::nameKey).forEach(keys::add);
        keys.add(LonelinessCategory.NOTE_KEY);
        keys.add(sixItemResultWithOneUnansweredItem().totalNoteKey().orElseThrow());
        for (LsnsItem item : LsnsItem.values()) {
            keys.add(item.textKey());
            keys.add(item.leadInKey());
        }
        Stream.of(LsnsAnswer.values()).map(LsnsAnswer::labelKey).forEach(keys::add);
        Stream.of(SocialIsolationRisk.values())
                .map(SocialIsolationRisk::labelKey)
                .forEach(keys::add);
        for (QualityOfLifeDomain domain : QualityOfLifeDomain.values()) {
            keys.add(domain.nameKey());
            keys.add(domain.questionKey());
        }
        IntStream.rangeClosed(SchalockSelfRating.VERY_DISSATISFIED, SchalockSelfRating.VERY_SATISFIED)
                .mapToObj(SchalockSelfRating::labelKey)
                .flatMap(Optional::stream)
                .forEach(keys::add);
        Stream.of(MissingReason.values()).map(MissingReason::textKey).forEach(keys::add);
        return keys;
    }

    private static LonelinessResult sixItemResultWithOneUnansweredItem() {
        return LonelinessForms.score(
                LonelinessScale.SIX_ITEMS,
                LonelinessAnswerFormat.THREE_CATEGORIES,
                LonelinessForms.without(
                        LonelinessForms.lonelyOn(LonelinessScale.SIX_ITEMS, List.of()),
                        LonelinessItem.OFTEN_FEELS_REJECTED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr", "en"})
    void holdsExactlyTheKeysTheEngineNames(String language) {
        assertThat(new TreeSet<>(bundle(language).keySet())).isEqualTo(keysTheEngineNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr"})
    void givesTheSixItemVersionTheWordingOfTheSameElevenItemStatement(String language) {
        ResourceBundle texts = bundle(language);
        for (LonelinessItem item : LonelinessScale.SIX_ITEMS.items()) {
            assertThat(texts.getString(LonelinessScale.SIX_ITEMS.textKey(item)))
                    .as(item.name())
                    .isEqualTo(texts.getString(LonelinessScale.ELEVEN_ITEMS.textKey(item)));
        }
    }
}

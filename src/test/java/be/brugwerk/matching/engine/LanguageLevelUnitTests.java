package be.brugwerk.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading a level's code, as forms send it and intakes store it. */
class LanguageLevelUnitTests {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "B3", "A", "native speaker", "moedertaal", "B 1", "NATIVE:nl"})
    void readsNoLevelFromAnythingElse(String code) {
        assertThat(LanguageLevel.fromCode(code)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LanguageLevel.class)
    void readsEveryLevelFromItsOwnCode(LanguageLevel level) {
        assertThat(LanguageLevel.fromCode(level.name())).contains(level);
    }

    @Test
    void readsACodeInAnyCaseWithSpacesAround() {
        assertThat(LanguageLevel.fromCode(" native ")).contains(LanguageLevel.NATIVE);
        assertThat(LanguageLevel.fromCode("b1")).contains(LanguageLevel.B1);
        assertThat(LanguageLevel.fromCode("c2\t")).contains(LanguageLevel.C2);
    }

    @Test
    void ranksNativeAboveEveryCefrLevel() {
        assertThat(LanguageLevel.NATIVE.share()).isEqualTo(1.0);
        assertThat(LanguageLevel.A1.share())
                .isLessThan(LanguageLevel.B1.share())
                .isLessThan(LanguageLevel.C2.share())
                .isLessThan(LanguageLevel.NATIVE.share());
    }
}

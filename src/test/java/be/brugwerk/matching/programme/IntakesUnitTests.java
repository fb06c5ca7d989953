package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import be.brugwerk.matching.engine.LanguageLevel;
import be.brugwerk.matching.engine.LanguageSkill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The stored shape of an intake's languages, {@code nl:B1}: what earlier versions wrote still reads. */
class IntakesUnitTests {

    @Test
    void readsLanguagesAsEarlierVersionsStoredThem() {
        assertThat(Intakes.skill("nl:B1")).isEqualTo(new LanguageSkill("nl", LanguageLevel.B1));
        assertThat(Intakes.skill("ar:NATIVE")).isEqualTo(new LanguageSkill("ar", LanguageLevel.NATIVE));
    }

    @ParameterizedTest
    @EnumSource(LanguageLevel.class)
    void readsBackEveryLevelItStores(LanguageLevel level) {
        LanguageSkill skill = new LanguageSkill("fr", level);
        assertThat(Intakes.stored(skill)).isEqualTo("fr:" + level.name());
        assertThat(Intakes.skill(Intakes.stored(skill))).isEqualTo(skill);
    }

    @Test
    void refusesAStoredLanguageWithoutAKnownLevel() {
        assertThatIllegalStateException().isThrownBy(() -> Intakes.skill("nl"));
        assertThatIllegalStateException().isThrownBy(() -> Intakes.skill("nl:B3"));
    }
}

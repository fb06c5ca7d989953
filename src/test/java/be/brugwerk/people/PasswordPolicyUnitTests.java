package be.brugwerk.people;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.people.account.PasswordPolicy;
import be.brugwerk.people.account.PasswordPolicy.Refusal;
import org.junit.jupiter.api.Test;

class PasswordPolicyUnitTests {

    private final PasswordPolicy policy = PasswordPolicy.withBundledList();

    @Test
    void refusesAnEmptyOrSevenCharacterPassword() {
        assertThat(policy.check("")).contains(Refusal.TOO_SHORT);
        assertThat(policy.check(null)).contains(Refusal.TOO_SHORT);
        assertThat(policy.check("kort123")).contains(Refusal.TOO_SHORT);
    }

    @Test
    void acceptsEightAndOneHundredTwentyEightCharacters() {
        assertThat(policy.check("boterham")).isEmpty();
        assertThat(policy.check("x".repeat(127) + "y")).isEmpty();
    }

    @Test
    void refusesOneHundredTwentyNineCharacters() {
        assertThat(policy.check("x".repeat(128) + "y")).contains(Refusal.TOO_LONG);
    }

    @Test
    void countsCharactersNotBytesOrCodeUnits() {
        String eightEmoji = "🙂🌳🚲🏠".repeat(2); // 16 UTF-16 code units, 32 bytes, 8 characters
        assertThat(policy.check(eightEmoji)).isEmpty();
        assertThat(policy.check("🙂".repeat(129))).contains(Refusal.TOO_LONG);
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(policy.check("wachtwoord")).contains(Refusal.TOO_COMMON);
        assertThat(policy.check("AZERTYUIOP")).contains(Refusal.TOO_COMMON);
        assertThat(policy.check("Password123")).contains(Refusal.TOO_COMMON);
    }

    @Test
    void refusesOneCharacterRepeatedEvenWhereNoListHasIt() {
        assertThat(policy.check(" ".repeat(8))).contains(Refusal.ONE_CHARACTER_REPEATED);
        assertThat(policy.check("€".repeat(12))).contains(Refusal.ONE_CHARACTER_REPEATED);
        assertThat(policy.check("🙂".repeat(8))).contains(Refusal.ONE_CHARACTER_REPEATED);
        assertThat(policy.check("€".repeat(11) + "e")).isEmpty();
    }

    @Test
    void asksForNoCompositionRules() {
        assertThat(policy.check("onze kat slaapt op de vensterbank")).isEmpty();
    }
}

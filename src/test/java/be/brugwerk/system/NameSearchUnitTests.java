package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the pages that search by name (start, waiting list, pair by hand) search for when something is typed. */
class NameSearchUnitTests {

    @Test
    void nothingTypedSearchesForEveryone() {
        assertThat(NameSearch.typed(null)).isEmpty();
        assertThat(NameSearch.typed("  \t ")).isEmpty();
    }

    @Test
    void whatIsTypedIsStrippedAndKeptUpToTheLongestName() {
        assertThat(NameSearch.typed("  Amina ")).isEqualTo("Amina");
        String longest = "a".repeat(NameSearch.LONGEST);
        assertThat(NameSearch.typed(" " + longest + " ")).isEqualTo(longest);
    }

    @Test
    void moreIsCutToTheLongestNameNeverBetweenTheHalvesOfACharacter() {
        assertThat(NameSearch.typed("b".repeat(NameSearch.LONGEST + 20))).isEqualTo("b".repeat(NameSearch.LONGEST));
        // the smiley takes two chars, the 100th and the 101st: it is left out whole
        String smileyAcross = "c".repeat(NameSearch.LONGEST - 1) + "🙂" + "d";
        String cut = NameSearch.typed(smileyAcross);
        assertThat(cut).isEqualTo("c".repeat(NameSearch.LONGEST - 1));
        assertThat(TextInput.problem(cut, false)).isNull();
    }
}

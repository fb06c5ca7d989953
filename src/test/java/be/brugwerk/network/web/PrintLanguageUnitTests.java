package be.brugwerk.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintLanguageUnitTests {

    @Test
    void readsALanguageAsPeopleWriteItInAnyOfTheThreeLanguages() {
        assertThat(NetworkMapController.printLanguage(" Nederlands")).isEqualTo("nl");
        assertThat(NetworkMapController.printLanguage("Français")).isEqualTo("fr");
        assertThat(NetworkMapController.printLanguage("Frans")).isEqualTo("fr");
        assertThat(NetworkMapController.printLanguage("English")).isEqualTo("en");
        assertThat(NetworkMapController.printLanguage("EN")).isEqualTo("en");
    }

    @Test
    void leavesALanguageBrugwerkDoesNotPrintInAsItIs() {
        assertThat(NetworkMapController.printLanguage("Arabisch")).isEqualTo("arabisch");
        assertThat(NetworkMapController.PRINT_LANGUAGES).doesNotContain("arabisch");
    }
}

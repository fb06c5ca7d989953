package be.brugwerk.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintLanguageUnitTests {

    @Test
    void readsALanguageAsPeopleWriteItInAnyOfTheThreeLanguages() {
        assertThat(NetworkMapPresenter.printLanguage(" Nederlands")).isEqualTo("nl");
        assertThat(NetworkMapPresenter.printLanguage("Français")).isEqualTo("fr");
        assertThat(NetworkMapPresenter.printLanguage("Frans")).isEqualTo("fr");
        assertThat(NetworkMapPresenter.printLanguage("English")).isEqualTo("en");
        assertThat(NetworkMapPresenter.printLanguage("EN")).isEqualTo("en");
    }

    @Test
    void leavesALanguageBrugwerkDoesNotPrintInAsItIs() {
        assertThat(NetworkMapPresenter.printLanguage("Arabisch")).isEqualTo("arabisch");
        assertThat(NetworkMapPresenter.PRINT_LANGUAGES).doesNotContain("arabisch");
    }
}

package be.brugwerk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DescribedByTargetsUnitTests {

    @Test
    void findsNothingMissingOnAPageWithoutDescriptions() {
        assertThat(DescribedByTargets.missingIn("")).isEmpty();
        assertThat(DescribedByTargets.missingIn("<html><body><input id=\"name\"></body></html>"))
                .isEmpty();
    }

    @Test
    void acceptsADescriptionWhoseElementIsOnThePage() {
        assertThat(DescribedByTargets.missingIn("""
                        <input id="name" aria-describedby="name-hint name-error">
                        <p id="name-hint">hint</p>
                        <p id="name-error">error</p>""")).isEmpty();
    }

    @Test
    void namesTheIdOfAMessageThatWasNotRendered() {
        assertThat(DescribedByTargets.missingIn("""
                        <input id="name" aria-describedby="name-hint name-error">
                        <p id="name-hint">hint</p>""")).containsExactly("name-error");
    }

    @Test
    void countsOnlyIdsNotOtherAttributesEndingInId() {
        assertThat(DescribedByTargets.missingIn("<input data-id=\"name-error\" aria-describedby=\"name-error\">"))
                .containsExactly("name-error");
    }

    @Test
    void failsNamingThePageAndTheMissingIds() {
        assertThatThrownBy(() -> DescribedByTargets.requireAllPresent(
                        "GET /participants/new", "<select aria-describedby=\"coach-error coach-hint\">"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /participants/new")
                .hasMessageContaining("[coach-error, coach-hint]");
    }
}

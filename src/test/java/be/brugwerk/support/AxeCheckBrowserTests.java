package be.brugwerk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The accessibility check of every browser test ({@link Axe}) finds what Deque's own runner finds: the same rules
 * broken on the same elements, on a page written to break several; nothing on a sound page; and it refuses a
 * page with a frame instead of passing what it cannot read.
 */
@FullStackTest
class AxeCheckBrowserTests {

    private static final String FAULTY = """
            <!DOCTYPE html><html lang="nl"><head><title>Fouten</title></head><body><main>
            <h1>Fouten</h1>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <input type="text">
            <button></button>
            <p style="color:#aaaaaa;background:#ffffff">Te licht om te lezen</p>
            <a href="/ergens"></a><a href="/elders"></a>
            </main></body></html>""";

    private static final String SOUND = """
            <!DOCTYPE html><html lang="nl"><head><title>Goed</title></head><body><main>
            <h1>Goed</h1>
            <label for="naam">Naam</label><input id="naam" type="text">
            <button type="button">Bewaren</button>
            </main></body></html>""";

    @LocalServerPort
    int port;

    @Test
    void findsTheSameRulesOnTheSameElementsAsDequesRunner() {
        try (BrowserContext window = Browsers.window(port, 1280)) {
            Page page = window.newPage();
            page.setContent(FAULTY);

            // each rule broken, with the selectors of the elements at fault, in order
            Map<String, List<String>> ours = Axe.violations(page).stream()
                    .collect(Collectors.toMap(
                            Axe.Violation::rule,
                            v -> v.elements().stream().sorted().toList()));
            Map<String, List<String>> deques = new AxeBuilder(page)
                    .withTags(Axe.WCAG_A_AND_AA).analyze().getViolations().stream()
                            .collect(Collectors.toMap(
                                    v -> v.getId(),
                                    v -> v.getNodes().stream()
                                            .map(n -> ((List<?>) n.getTarget())
                                                    .stream()
                                                            .map(String::valueOf)
                                                            .collect(Collectors.joining(" ")))
                                            .sorted()
                                            .toList()));

            assertThat(ours)
                    .containsKeys("image-alt", "label", "button-name", "color-contrast", "link-name")
                    .isEqualTo(deques);
            assertThat(ours.get("link-name")).hasSize(2);
        }
    }

    @Test
    void findsNothingOnASoundPage() {
        try (BrowserContext window = Browsers.window(port, 1280)) {
            Page page = window.newPage();
            page.setContent(SOUND);

            assertThat(Axe.violations(page)).isEmpty();
        }
    }

    @Test
    void refusesAPageWithAFrameRatherThanPassItUnread() {
        try (BrowserContext window = Browsers.window(port, 1280)) {
            Page page = window.newPage();
            page.setContent(
                    SOUND.replace("</main>", "<iframe title=\"Kaart\" srcdoc=\"<p>binnen</p>\"></iframe></main>"));

            assertThatThrownBy(() -> Axe.violations(page))
                    .isInstanceOf(PlaywrightException.class)
                    .hasMessageContaining("frames");
        }
    }

    @Test
    void checksAPageAgainWithoutInjectingAxeTwice() {
        try (BrowserContext window = Browsers.window(port, 1280)) {
            Page page = window.newPage();
            page.setContent(FAULTY);
            List<Axe.Violation> first = Axe.violations(page);
            page.evaluate("() => { window.axe.marked = true; }");

            assertThat(Axe.violations(page)).isEqualTo(first);
            assertThat(page.evaluate("() => window.axe.marked")).isEqualTo(true);
        }
    }
}

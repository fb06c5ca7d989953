package be.brugwerk.neighbourhood;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.system.Role;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coordinator registers an actor of the neighbourhood on a phone (360 px) and on a laptop (1280 px), typing with the
 * keyboard: from the home page to the list and the form; opening hours that cannot be read come back with everything
 * typed and the message beside the day; saved, the actor is a row of the list's map layer, and the analysis names it as
 * far from a free meeting place; the import page offers no import before a server is set. No page scrolls sideways, and axe-core finds no violation on the form (also with its
 * error), the list, the analysis or the import page.
 */
@FullStackTest
class NeighbourhoodBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    final List<BrowserContext> contexts = new ArrayList<>();
    Account coordinator;

    @BeforeEach
    void aCoordinator() {
        Browsers.chromium(); // skips before the data is made where no browser can start
        UUID organisation = accounts.organisation("Neighbourhood browser organisation");
        coordinator = accounts.account(organisation, Role.COORDINATOR);
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {360, 1280})
    void aCoordinatorRegistersAnActorWithTheKeyboardAndSeesTheGap(int width) {
        Page page = signedIn(width);
        page.navigate("/");
        page.locator("#neighbourhood-link").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#no-actors")).isVisible();
        assertThat(page.locator("#attribution")).containsText("OpenStreetMap");
        page.locator("#add-actor").focus();
        page.keyboard().press("Enter");
        page.waitForURL("**/neighbourhood/actors/new");
        Browsers.assertAccessibleOnce(page);

        page.locator("#name").focus();
        page.keyboard().type("Sportclub Noord");
        page.keyboard().press("Tab");
        assertThat(focusedId(page)).isEqualTo("kind");
        page.locator("#kind").selectOption("SPORTS_GROUND");
        page.locator("#latitude").focus();
        page.keyboard().type("50.8467");
        page.keyboard().press("Tab");
        assertThat(focusedId(page)).isEqualTo("longitude");
        page.keyboard().type("4,3525");
        page.locator("#hoursSATURDAY").focus();
        page.keyboard().type("zaterdagvoormiddag");
        page.locator("#actor-form button[type=submit]").focus();
        page.keyboard().press("Enter");

        assertThat(page.locator("#hoursSATURDAY-error"))
                .hasText("Schrijf de uren als 09:00-12:00, met een komma tussen de blokken.");
        assertThat(page.locator("#hoursSATURDAY")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#name")).hasValue("Sportclub Noord");
        assertThat(page.locator("#longitude")).hasValue("4,3525");
        Browsers.assertNoSidewaysScrolling(page, "the form with its error at " + width + " px");
        Browsers.assertNoViolation(page);

        page.locator("#hoursSATURDAY").fill("");
        page.locator("#hoursSATURDAY").focus();
        page.keyboard().type("09:00-12:00");
        page.locator("#actor-form button[type=submit]").focus();
        page.keyboard().press("Enter");

        assertThat(page.locator("p.message[role=status]")).hasText("De actor is bewaard.");
        assertThat(page.locator("#actors tbody tr")).hasCount(1);
        assertThat(page.locator("#actors")).hasAttribute("data-geo-layer", "Actoren van de buurt");
        assertThat(page.locator("#actors tbody tr")).hasAttribute("data-lat", "50.8467");
        assertThat(page.locator("#actors tbody tr")).hasAttribute("data-lon", "4.3525");
        assertThat(page.locator("#actors tbody tr")).hasAttribute("data-label", "Sportclub Noord");
        assertThat(page.locator("#actors")).containsText("zaterdag 09:00-12:00");
        // the table's one placed actor is the map's one marker, named as in the table (no tiles in tests)
        assertThat(page.locator("#actors-map[data-geo-ready]")).isAttached();
        assertThat(page.locator("#actors-map .geo-marker")).hasCount(1);
        assertThat(page.locator("#actors-map .geo-marker[aria-label='Sportclub Noord']"))
                .hasCount(1);
        Browsers.assertNoSidewaysScrolling(page, "the list at " + width + " px");
        Browsers.assertNoViolation(page);

        page.locator("#analysis-link").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#far-actors tbody tr")).hasCount(1);
        assertThat(page.locator("#far-actors")).containsText("Sportclub Noord");
        assertThat(page.locator("#weekend")).containsText("Open op zaterdag: 1");
        assertThat(page.locator("#kinds")).containsText("geen enkele bekend als drempelvrij");
        Browsers.assertNoSidewaysScrolling(page, "the analysis at " + width + " px");
        Browsers.assertNoViolation(page);

        page.locator("#import-link").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#not-configured")).isVisible();
        assertThat(page.locator("#overpassUrl")).hasValue("");
        Browsers.assertNoSidewaysScrolling(page, "the import page at " + width + " px");
        Browsers.assertNoViolation(page);
    }

    /**
     * A coordinator imports De Sociale Kaart's file on the import page: a file with a bad line is refused whole, the
     * message naming the line and the column beside the file field, and nothing is stored; the sample file then adds
     * its three providers, the one without a place (no geocoder set) listed as not on the map.
     */
    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {360, 1280})
    void aCoordinatorUploadsAFileOfDeSocialeKaart(int width) throws java.io.IOException {
        Page page = signedIn(width);
        page.navigate("/neighbourhood/import");
        String sample = SocialeKaartImportIntegrationTests.sample();
        page.locator("#file")
                .setInputFiles(new FilePayload(
                        "sociale-kaart.csv",
                        "text/csv",
                        sample.replace("onthaal@welzijn.example", "onthaal at welzijn")
                                .getBytes(StandardCharsets.UTF_8)));
        page.locator("#sk-import").focus();
        page.keyboard().press("Enter");

        assertThat(page.locator("#file-error"))
                .hasText("Regel 3, kolom email: Dit is geen e-mailadres. Er werd niets opgeslagen.");
        assertThat(page.locator("#file")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("[data-error-summary] a[href='#file']")).isVisible();
        Browsers.assertNoSidewaysScrolling(page, "the import page with its refusal at " + width + " px");
        Browsers.assertNoViolation(page);

        page.locator("#file")
                .setInputFiles(
                        new FilePayload("sociale-kaart.csv", "text/csv", sample.getBytes(StandardCharsets.UTF_8)));
        page.locator("#sk-import").focus();
        page.keyboard().press("Enter");

        assertThat(page.locator("#sk-imported"))
                .hasText("3 aanbieders toegevoegd en 0 vernieuwd; 0 geplaatst via de geocoder, 1 nog aan te duiden op"
                        + " de kaart.");
        Browsers.assertNoViolation(page);
        page.navigate("/neighbourhood");
        assertThat(page.locator("#actors tbody tr")).hasCount(3);
        assertThat(page.locator("#actors tbody tr", new Page.LocatorOptions().setHasText("Brugse Poort")))
                .containsText("niet op de kaart");
        assertThat(page.locator("#actors tbody tr", new Page.LocatorOptions().setHasText("De Linde")))
                .containsText("https://www.delinde.example");
        Browsers.assertNoSidewaysScrolling(page, "the list of imported providers at " + width + " px");
        Browsers.assertNoViolation(page);
    }

    private static String focusedId(Page page) {
        return (String) page.evaluate("() => document.activeElement.id");
    }

    private Page signedIn(int width) {
        BrowserContext context = Browsers.window(port, width);
        contexts.add(context);
        return Browsers.signIn(context.newPage(), coordinator.email());
    }
}

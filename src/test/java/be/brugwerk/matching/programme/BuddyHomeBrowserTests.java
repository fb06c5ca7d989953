package be.brugwerk.matching.programme;

import static be.brugwerk.support.Keyboard.focusedId;
import static be.brugwerk.support.Keyboard.shiftTabTo;
import static be.brugwerk.support.Keyboard.stopsInMain;
import static be.brugwerk.support.Keyboard.tabTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.neighbourhood.GeocoderAnswerUnitTests;
import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.Keyboard;
import be.brugwerk.support.RecordedServer;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
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
 * Where a buddy lives, set by the programme's coordinator (the only one who may open the page) with the keyboard
 * alone, on a phone (360 px) and on a laptop (1280 px): from the buddies list to the page, whose stops come in reading
 * order with a focus ring each; saving without a point brings the focus to the message, whose link leads to the map,
 * where Enter picks its centre; the point saved and removed; then found by the buddy's address through the
 * organisation's own geocoder (a local server answering a recorded answer), the outcome taking the focus and a
 * candidate chosen with the arrows and Enter. No page scrolls sideways, and axe checks every state of the page.
 */
@FullStackTest
class BuddyHomeBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    final List<BrowserContext> contexts = new ArrayList<>();
    RecordedServer geocoder;
    Account coordinator;
    ProgrammeFixtures programme;
    UUID buddy;

    @BeforeEach
    void aProgrammeWithABuddyAndTheOrganisationsOwnGeocoder() {
        Browsers.chromium(); // skips before the data is made where no browser can start
        geocoder = new RecordedServer("/search", GeocoderAnswerUnitTests.answer());
        coordinator = accounts.account(accounts.organisation("Buddy home browser"), Role.COORDINATOR);
        WebSession session = new WebSession(port);
        assertThat(session.signIn(coordinator.email(), TestAccounts.PASSWORD)).isTrue();
        assertThat(session.sendJson(
                                "PUT",
                                "/api/v1/neighbourhood/imports/settings",
                                "{\"geocoderUrl\":\"" + geocoder.url() + "?format=jsonv2\",\"geocoderOwn\":true,"
                                        + "\"version\":0}")
                        .statusCode())
                .isEqualTo(200);
        programme = ProgrammeFixtures.programme(session, "Buddies in de buurt");
        buddy = programme
                .approvedBuddy("Bram Buddy", "bram-" + UUID.randomUUID() + "@example.org")
                .id();
    }

    @AfterEach
    void closeContextsAndTheGeocoder() {
        contexts.forEach(BrowserContext::close);
        geocoder.close();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {360, 1280})
    void theProgrammesCoordinatorSetsWhereABuddyLivesWithTheKeyboardAlone(int width) {
        Page page = signedIn(width);
        String home = "/programmes/" + programme.programme + "/buddies/" + buddy + "/home";
        page.navigate("/programmes/" + programme.programme + "/buddies");
        seen(page, "the buddies", width);
        Keyboard.tabToLink(page, home);
        page.keyboard().press("Enter");
        page.waitForURL("**" + home);
        assertThat(page.locator("#buddy-home-map[data-geo-ready]")).isAttached();
        assertThat(page.locator("#no-home")).isVisible();
        seen(page, "where the buddy lives, no point yet", width);
        assertThat(stopsInMain(page))
                .containsExactly(
                        "buddies-link",
                        "buddy-home-map",
                        "a:+",
                        "a:−",
                        "home-street",
                        "home-houseNumber",
                        "home-postcode",
                        "home-municipality",
                        "lookup-button",
                        "home-latitude",
                        "home-longitude",
                        "save-home");

        // saved without a point: the message has the focus, and its link leads to the map
        shiftTabTo(page, "save-home");
        page.keyboard().press("Enter");
        assertThat(page.locator("#home-latitude-error")).hasText("Duid de plaats aan op de kaart.");
        assertThat(page.locator("#home-latitude")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("[data-error-summary]")).isFocused();
        seen(page, "the point refused", width);
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(page.locator("#buddy-home-map[data-geo-ready]")).isAttached();
        assertThat(focusedId(page)).as("the message's link leads to the map").isEqualTo("buddy-home-map");
        assertThat(Keyboard.focusRingShown(page)).isTrue();

        // the focused map picks its centre on Enter
        page.keyboard().press("Enter");
        assertThat(page.locator("#home-latitude")).not().hasValue("");
        assertThat(page.locator("#buddy-home-map .geo-picked")).hasCount(1);
        tabTo(page, "save-home");
        page.keyboard().press("Enter");
        assertThat(page.locator("p.message[role=status]")).hasText("Het punt is bewaard.");
        assertThat(page.locator("#buddy-home tbody tr")).containsText("aangeduid op de kaart");
        seen(page, "the point picked on the map", width);

        // removed
        tabTo(page, "remove-home");
        page.keyboard().press("Enter");
        assertThat(page.locator("p.message[role=status]"))
                .hasText("Het punt is verwijderd: de matching valt terug op de buurt.");
        assertThat(page.locator("#no-home")).isVisible();

        // found by the address: the outcome has the focus, then a candidate with the arrows, saved with Enter
        tabTo(page, "home-street");
        page.keyboard().type("Miriam Makebaplein");
        page.keyboard().press("Tab");
        page.keyboard().type("1");
        page.keyboard().press("Tab");
        page.keyboard().type("9000");
        page.keyboard().press("Tab");
        page.keyboard().type("Gent");
        page.keyboard().press("Tab");
        assertThat(focusedId(page)).isEqualTo("lookup-button");
        page.keyboard().press("Enter");
        assertThat(page.locator("#lookup-outcome")).isVisible();
        assertThat(page.locator("#lookup-outcome")).isFocused();
        assertThat(page.locator("#candidate-0")).isChecked();
        assertThat(page.locator("#home-street")).hasValue("Miriam Makebaplein");
        assertThat(geocoder.requests()).hasSize(1);
        assertThat(geocoder.requests().get(0)).contains("Makebaplein").doesNotContain("Bram");
        seen(page, "the geocoder's candidates", width);
        page.keyboard().press("Tab");
        assertThat(focusedId(page)).as("the chosen candidate is the next stop").isEqualTo("candidate-0");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#candidate-1")).isChecked();
        page.keyboard().press("Enter");
        assertThat(page.locator("p.message[role=status]")).hasText("Het punt is bewaard.");
        assertThat(page.locator("#buddy-home tbody tr")).hasAttribute("data-lat", "51.0475");
        assertThat(page.locator("#buddy-home tbody tr")).containsText("geocoder (adres)");
        seen(page, "the point found by the address", width);
    }

    /** What the coordinator sees fits the window, and axe finds nothing wrong with it. */
    private static void seen(Page page, String what, int width) {
        Browsers.assertNoSidewaysScrolling(page, what + " at " + width + " px");
        Browsers.assertAccessible(page);
    }

    private Page signedIn(int width) {
        BrowserContext context = Browsers.window(port, width);
        contexts.add(context);
        return Browsers.signIn(context.newPage(), coordinator.email());
    }
}

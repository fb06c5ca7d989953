package be.brugwerk.places;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.neighbourhood.GeocoderAnswerUnitTests;
import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.RecordedServer;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coach marks a participant's places on their neighbourhood map, on a phone (360 px) and on a laptop (1280 px): the
 * first with the keyboard alone (a place without a point comes back with what was typed and the message; the map,
 * focused, picks its centre on Enter), the second by clicking the map. The map draws one marker per row of the table
 * beside it, each reachable with Tab; no tiles are drawn in tests, and none are checked. A third place is taken from
 * one of the organisation's actors. Another coach finds a place by address with the organisation's geocoder (a local
 * server answering a recorded-shape answer), chooses the first candidate and adds it. Neither width scrolls
 * sideways, and axe-core finds no violation, also with the error.
 */
@FullStackTest
class PlacesBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    final List<BrowserContext> contexts = new ArrayList<>();
    Account coach;
    Account coordinator;
    UUID participant;

    @BeforeEach
    void aCoachWithAParticipant() {
        Browsers.chromium(); // skips before the data is made where no browser can start
        UUID organisation = accounts.organisation("Places browser organisation");
        coordinator = accounts.account(organisation, Role.COORDINATOR);
        coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        participant = accounts.consentedParticipant(organisation, "Samir Places", "{Nederlands}", coordinator, coach);
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {360, 1280})
    void aCoachMarksPlacesByKeyboardByClickingTheMapAndFromTheOrganisationsActors(int width) {
        WebSession organiser = new WebSession(port);
        assertThat(organiser.signIn(coordinator.email(), TestAccounts.PASSWORD)).isTrue();
        assertThat(organiser
                        .sendJson("POST", "/api/v1/neighbourhood/actors", """
                        {"name":"Sportcentrum Rabot","kind":"SPORTS_GROUND","latitude":51.0600,"longitude":3.7100}""")
                        .statusCode())
                .isEqualTo(201);
        Page page = signedIn(width);
        page.navigate("/participants/" + participant);
        Browsers.assertAccessibleOnce(page);
        page.locator("#places-link").click();
        assertThat(page.locator("#places-map[data-geo-ready]")).isAttached();
        assertThat(page.locator("#no-places")).isVisible();
        assertThat(page.locator("#places-map .leaflet-tile")).hasCount(0);

        // keyboard only: the kind from the list, a name, an address, and Enter, without a point on the map
        page.locator("#place-kind").focus();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Tab");
        page.keyboard().type("De Krook");
        page.keyboard().press("Tab");
        page.keyboard().type("Miriam Makebaplein 1, 9000 Gent");
        page.locator("#place-visits").focus();
        page.keyboard().press("ArrowDown");
        page.locator("#place-name").focus();
        page.keyboard().press("Enter");

        assertThat(page.locator(".error-summary")).containsText("Duid de plaats aan op de kaart.");
        assertThat(page.locator("#place-latitude-error")).hasText("Duid de plaats aan op de kaart.");
        assertThat(page.locator("#place-kind")).hasValue("LIBRARY");
        assertThat(page.locator("#place-name")).hasValue("De Krook");
        assertThat(page.locator("#place-address")).hasValue("Miriam Makebaplein 1, 9000 Gent");
        assertThat(page.locator("#place-visits")).hasValue("DAILY");
        Browsers.assertNoSidewaysScrolling(page, "the form with its error at " + width + " px");
        Browsers.assertNoViolation(page);

        // the focused map picks its centre on Enter, and shows one marker there
        assertThat(page.locator("#places-map[data-geo-ready]")).isAttached();
        page.locator("#places-map").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#place-latitude")).not().hasValue("");
        assertThat(page.locator("#place-longitude")).not().hasValue("");
        assertThat(page.locator("#places-map .geo-picked")).hasCount(1);
        page.locator("#place-name").focus();
        page.keyboard().press("Enter");

        assertThat(page.locator("p.message[role=status]")).hasText("De plaats is toegevoegd.");
        assertThat(page.locator("#places-table tbody tr")).hasCount(1);
        assertThat(page.locator("#places-table")).containsText("aangeduid op de kaart");

        // the second place by clicking the map, away from the marker in the middle, once the page's new map is drawn
        assertThat(page.locator("#places-map[data-geo-ready]")).isAttached();
        Locator map = page.locator("#places-map");
        BoundingBox box = map.boundingBox();
        map.click(new Locator.ClickOptions().setPosition(box.width - 40, box.height - 40));
        assertThat(page.locator("#places-map .geo-picked")).hasCount(1);
        assertThat(page.locator("#place-latitude")).not().hasValue("");
        page.locator("#place-kind").selectOption("PARK");
        page.locator("#place-name").fill("Citadelpark");
        page.locator("#place-going").selectOption("WOULD_LIKE");
        page.locator("#place-form button[type=submit]").click();

        assertThat(page.locator("#places-table tbody tr")).hasCount(2);
        assertThat(page.locator("#places-map[data-geo-ready]")).isAttached();
        Locator markers = page.locator("#places-map .geo-marker:not(.geo-picked)");
        assertThat(markers).hasCount(2);
        assertThat(page.locator("#places-map .geo-marker[aria-label='Citadelpark']"))
                .hasCount(1);
        assertThat(page.locator("#places-map .geo-marker[aria-label='De Krook']"))
                .hasCount(1);

        // the markers are buttons reached with Tab from the map
        page.locator("#places-map").focus();
        page.keyboard().press("Tab");
        assertThat((Boolean) page.evaluate("() => document.activeElement.classList.contains('geo-marker')"))
                .as("Tab from the map reaches a marker")
                .isTrue();
        Browsers.assertNoSidewaysScrolling(page, "the places at " + width + " px");
        Browsers.assertNoViolation(page);

        // the third taken from the organisation's actors: its name, kind and point, the participant's answers
        page.locator("#place-actor").selectOption(new SelectOption().setLabel("Sportcentrum Rabot (sportterrein)"));
        page.locator("#place-going").selectOption("GOES");
        page.locator("#place-visits").selectOption("WEEKLY");
        page.locator("#place-form button.primary").click();

        assertThat(page.locator("#places-table tbody tr")).hasCount(3);
        Locator taken =
                page.locator("#places-table tbody tr", new Page.LocatorOptions().setHasText("Sportcentrum Rabot"));
        assertThat(taken).containsText("overgenomen van een actor");
        assertThat(taken).containsText("sportclub");
        assertThat(taken).hasAttribute("data-lat", "51.06");
        assertThat(page.locator("#places-map .geo-marker[aria-label='Sportcentrum Rabot']"))
                .hasCount(1);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {360, 1280})
    void aCoachFindsAPlaceByAddressWithTheOrganisationsGeocoder(int width) {
        try (RecordedServer geocoder = new RecordedServer("/search", GeocoderAnswerUnitTests.answer())) {
            WebSession organiser = new WebSession(port);
            assertThat(organiser.signIn(coordinator.email(), TestAccounts.PASSWORD))
                    .isTrue();
            assertThat(organiser
                            .post(
                                    "/neighbourhood/import/settings",
                                    Map.of("geocoderUrl", geocoder.url() + "?format=jsonv2", "version", "0"))
                            .statusCode())
                    .isEqualTo(302);
            Page page = signedIn(width);
            page.navigate("/participants/" + participant + "/places");
            assertThat(page.locator("#place-lookup")).isVisible();

            page.locator("#place-kind").selectOption("LIBRARY");
            page.locator("#place-name").fill("De Krook");
            page.locator("#place-street").fill("Miriam Makebaplein");
            page.locator("#place-houseNumber").fill("1");
            page.locator("#place-postcode").fill("9000");
            page.locator("#place-municipality").fill("Gent");
            page.locator("#lookup-button").click();

            assertThat(page.locator("#lookup-candidates label")).hasCount(3);
            assertThat(page.locator("#candidate-0")).isChecked();
            assertThat(page.locator("#place-name")).hasValue("De Krook");
            assertThat(page.locator("#place-address")).hasValue("Miriam Makebaplein 1, 9000 Gent");
            assertThat(geocoder.requests()).hasSize(1);
            assertThat(geocoder.requests().get(0)).doesNotContain("Samir").doesNotContain("De Krook");
            Browsers.assertNoSidewaysScrolling(page, "the candidates at " + width + " px");
            Browsers.assertNoViolation(page);

            page.locator("#place-visits").selectOption("WEEKLY");
            page.locator("#place-form button.primary").click();

            assertThat(page.locator("#places-table tbody tr")).hasCount(1);
            assertThat(page.locator("#places-table")).containsText("geocoder (adres)");
            assertThat(page.locator("#places-map .geo-marker[aria-label='De Krook']"))
                    .hasCount(1);
        }
    }

    private Page signedIn(int width) {
        BrowserContext context = Browsers.window(port, width);
        contexts.add(context);
        return Browsers.signIn(context.newPage(), coach.email());
    }
}

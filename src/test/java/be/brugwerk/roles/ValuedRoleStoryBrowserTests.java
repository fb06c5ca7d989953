package be.brugwerk.roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.neighbourhood.GeocoderAnswerUnitTests;
import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.RecordedServer;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14's story, on a phone (360 px), in the browser from start to end: a coordinator registers two neighbourhood
 * actors and makes three roles of their needs; a coach fills in a participant's talent card with them and marks four
 * places on the citizen's map (one by address through the organisation's geocoder, a local server answering a
 * recorded answer; one by clicking the map; one from the organisation's actors; one more by clicking); the
 * coordinator's matching run proposes the repair café's role with reasons that add up to its score and proposes it;
 * the coach records the participant's yes, with the actor on their map; the coordinator records the actor's agreement
 * and the start; and the participant's network map shows the repair café as a new light tie. What the users see is
 * asserted at each step; no page scrolls sideways, and axe checks every page opened.
 */
@FullStackTest
class ValuedRoleStoryBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    final List<BrowserContext> contexts = new ArrayList<>();
    Account coordinator;
    Account coach;
    UUID participant;

    @BeforeEach
    void aCoordinatorACoachAndAParticipantWhoMayBeApproached() {
        Browsers.chromium(); // skips before the data is made where no browser can start
        UUID organisation = accounts.organisation("Valued role story organisation");
        coordinator = accounts.account(organisation, Role.COORDINATOR);
        coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        participant = ApproachableParticipants.approachable(
                accounts, ownerDataSource, organisation, "Samir Verhaal", coordinator, coach);
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
    }

    @Test
    void fromTalentsAndPlacesThroughNeedsAndAMatchingRunToANewLightTieOnTheMap() {
        try (RecordedServer geocoder = new RecordedServer("/search", GeocoderAnswerUnitTests.answer())) {
            WebSession settings = new WebSession(port);
            assertThat(settings.signIn(coordinator.email(), TestAccounts.PASSWORD))
                    .isTrue();
            assertThat(settings.post(
                                    "/neighbourhood/import/settings",
                                    Map.of("geocoderUrl", geocoder.url() + "?format=jsonv2", "version", "0"))
                            .statusCode())
                    .isEqualTo(302);
            Page organiser = signedIn(coordinator);
            Page coaching = signedIn(coach);

            // the coordinator registers two actors and makes three roles of their needs
            actor(
                    organiser,
                    "Repair Café Rabot",
                    "MEETING_PLACE",
                    "51.0600",
                    "3.7100",
                    "Helpers op zaterdag; een kok voor de buurtmaaltijd");
            actor(organiser, "Basisschool De Linde", "SCHOOL", "51.0450", "3.7000", "Een voorleesbuddy");
            assertThat(organiser.locator("#actors tbody tr")).hasCount(2);
            role(organiser, "Repair Café Rabot", "Helpen in het repaircafé", "REPAIRS", "2");
            role(organiser, "Repair Café Rabot", "Een kok voor de buurtmaaltijd", "COOKING", "4");
            role(organiser, "Basisschool De Linde", "Voorleesbuddy", "STORYTELLING", "1");
            organiser.navigate("/roles");
            seen(organiser, "the roles by actor");
            assertThat(organiser.locator(".roles-table tbody tr")).hasCount(3);

            // the coach fills in the talent card with the participant
            coaching.navigate("/participants/" + participant);
            seen(coaching, "the participant");
            coaching.locator("#talent-card-link").click();
            seen(coaching, "the empty talent card");
            coaching.locator("#edit-talents").click();
            seen(coaching, "the talent card form");
            coaching.locator("#kind-0").selectOption("SKILL");
            coaching.locator("#talent-0").selectOption("REPAIRS");
            coaching.locator("#text-0").fill("Fietsen en lampen herstellen");
            coaching.locator("#frame-0").selectOption("HANDS");
            coaching.locator("#lifeArea-0").selectOption("SOCIAL_INCLUSION");
            coaching.locator("#share-0").check();
            coaching.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bewaren"))
                    .click();
            assertThat(coaching.locator("p.message[role=status]"))
                    .hasText("De talentenkaart is bewaard als nieuwe versie.");
            assertThat(coaching.locator("#talent-entries")).containsText("Fietsen en lampen herstellen");
            seen(coaching, "the talent card");

            // four places on the citizen's map: by address, by clicking, from an actor, and one more click
            coaching.navigate("/participants/" + participant + "/places");
            assertThat(coaching.locator("#places-map[data-geo-ready]")).isAttached();
            assertThat(coaching.locator("#no-places")).isVisible();
            seen(coaching, "the empty places");
            coaching.locator("#place-kind").selectOption("LIBRARY");
            coaching.locator("#place-name").fill("De Krook");
            coaching.locator("#place-street").fill("Miriam Makebaplein");
            coaching.locator("#place-houseNumber").fill("1");
            coaching.locator("#place-postcode").fill("9000");
            coaching.locator("#place-municipality").fill("Gent");
            coaching.locator("#lookup-button").click();
            assertThat(coaching.locator("#candidate-0")).isChecked();
            assertThat(geocoder.requests()).hasSize(1);
            assertThat(geocoder.requests().get(0)).doesNotContain("Samir").doesNotContain("Krook");
            seen(coaching, "the geocoder's candidates");
            coaching.locator("#place-visits").selectOption("WEEKLY");
            coaching.locator("#place-form button.primary").click();
            assertThat(coaching.locator("#places-table tbody tr")).hasCount(1);
            assertThat(coaching.locator("#places-table")).containsText("geocoder (adres)");
            seen(coaching, "one place");

            clickTheMap(coaching, 40, 40);
            coaching.locator("#place-kind").selectOption("PARK");
            coaching.locator("#place-name").fill("Citadelpark");
            coaching.locator("#place-going").selectOption("WOULD_LIKE");
            coaching.locator("#place-form button.primary").click();
            assertThat(coaching.locator("#places-table tbody tr")).hasCount(2);

            String cafe = coaching.locator("#place-actor option", new Page.LocatorOptions().setHasText("Repair Café"))
                    .getAttribute("value");
            coaching.locator("#place-actor").selectOption(cafe);
            coaching.locator("#place-going").selectOption("GOES");
            coaching.locator("#place-visits").selectOption("WEEKLY");
            coaching.locator("#place-form button.primary").click();
            assertThat(coaching.locator("#places-table tbody tr")).hasCount(3);
            assertThat(coaching.locator(
                            "#places-table tbody tr", new Page.LocatorOptions().setHasText("Repair Café Rabot")))
                    .containsText("overgenomen van een actor");

            clickTheMap(coaching, 80, 120);
            coaching.locator("#place-kind").selectOption("SHOP");
            coaching.locator("#place-name").fill("Bakkerij op de hoek");
            coaching.locator("#place-going").selectOption("GOES");
            coaching.locator("#place-visits").selectOption("DAILY");
            coaching.locator("#place-form button.primary").click();
            assertThat(coaching.locator("#places-table tbody tr")).hasCount(4);
            assertThat(coaching.locator("#places-map[data-geo-ready]")).isAttached();
            assertThat(coaching.locator("#places-map .geo-marker:not(.geo-picked)"))
                    .hasCount(4);
            seen(coaching, "four places");

            // the coordinator's matching run proposes the repair café's role, with reasons that add up
            organiser.navigate("/roles/proposals");
            seen(organiser, "the matching run");
            organiser.locator("#run-matching").click();
            Locator proposal =
                    organiser.locator("article.proposal", new Page.LocatorOptions().setHasText("Samir Verhaal"));
            assertThat(proposal.locator("h2"))
                    .hasText("Samir Verhaal voor Helpen in het repaircafé bij Repair Café Rabot");
            assertThat(proposal).containsText("Wil 1 van de 1 gevraagde talenten delen: herstellen en klussen");
            assertThat(proposal.locator(".distance")).containsText("0,0 km");
            BigDecimal sum = proposal.locator("tbody .points").allTextContents().stream()
                    .map(RoleBrowserTests::dutchNumber)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum)
                    .isEqualByComparingTo(RoleBrowserTests.dutchNumber(
                            proposal.locator(".total").textContent()));
            assertThat(sum).isPositive();
            seen(organiser, "the proposals");
            proposal.locator("button").click();
            assertThat(organiser.locator("p.message[role=status]")).hasText("De rol is voorgesteld.");
            assertThat(organiser.locator("#taking-status")).hasText("voorgesteld");
            seen(organiser, "the proposed role");
            String taking = organiser.url().replaceAll(".*/roles/takings/", "");

            // the coach records the participant's yes, with the repair café on their map
            coaching.navigate("/participants/" + participant);
            coaching.locator("#valued-roles-link").click();
            assertThat(coaching.locator("#takings tbody tr")).hasCount(1);
            assertThat(coaching.locator("#takings tbody tr")).containsText("voorgesteld");
            seen(coaching, "the participant's roles");
            coaching.locator("#takings tbody tr a").click();
            coaching.locator("#choose").click();
            assertThat(coaching.locator("#onMap-error"))
                    .hasText("Zeg of de deelnemer wil dat de rol op de netwerkkaart komt: ja of nee.");
            seen(coaching, "the choice refused");
            coaching.locator("#onMap-yes").check();
            coaching.locator("#choose").click();
            assertThat(coaching.locator("p.message[role=status]")).hasText("De keuze van de deelnemer is genoteerd.");
            assertThat(coaching.locator("#taking-status")).hasText("gekozen door de deelnemer");
            assertThat(coaching.locator("#agree-form")).hasCount(0);
            seen(coaching, "the role chosen");

            // the coordinator records the actor's agreement and the start
            organiser.navigate("/roles/takings/" + taking);
            organiser.locator("#agree").click();
            assertThat(organiser.locator("p.message[role=status]")).hasText("Het akkoord van de actor is genoteerd.");
            seen(organiser, "the role agreed");
            organiser.locator("#start-date").fill(LocalDate.now(clock).toString());
            organiser.locator("#start").click();
            assertThat(organiser.locator("#taking-status")).hasText("lopend");
            assertThat(organiser.locator("#check-in-form")).isVisible();
            seen(organiser, "the role under way");

            // the participant's network map shows the repair café as a new light tie
            Locator member = coaching.locator("#member-list tbody tr[data-id=\"" + taking + "\"]");
            for (int tries = 0; tries < 40; tries++) {
                coaching.navigate("/participants/" + participant + "/map");
                coaching.locator("#member-list")
                        .waitFor(new Locator.WaitForOptions()
                                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
                coaching.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                if (member.count() == 1) {
                    break;
                }
                coaching.waitForTimeout(500);
            }
            assertThat(member).hasCount(1);
            assertThat(member.locator("th")).hasText("Repair Café Rabot");
            assertThat(member.locator("td").nth(8)).hasText("ja");
            assertThat(coaching.locator("#member-list tbody tr")).hasCount(1);
            seen(coaching, "the network map");
        }
    }

    /** The coordinator registers an actor on the neighbourhood map's form. */
    private static void actor(Page page, String name, String kind, String latitude, String longitude, String needs) {
        page.navigate("/neighbourhood");
        seenOnce(page, "the neighbourhood map");
        page.locator("#add-actor").click();
        seenOnce(page, "the actor form");
        page.locator("#name").fill(name);
        page.locator("#kind").selectOption(kind);
        page.locator("#latitude").fill(latitude);
        page.locator("#longitude").fill(longitude);
        page.locator("#needs").fill(needs);
        page.locator("#actor-form button[type=submit]").click();
        assertThat(page.locator("p.message[role=status]")).hasText("De actor is bewaard.");
        assertThat(page.locator("#actors")).containsText(name);
    }

    /** The coordinator makes a role of one of the actor's needs, from the actor's row on the neighbourhood map. */
    private static void role(Page page, String actor, String title, String talent, String capacity) {
        page.navigate("/neighbourhood");
        page.locator("#actors tbody tr", new Page.LocatorOptions().setHasText(actor))
                .locator("a.roles-of")
                .click();
        assertThat(page.locator("#actor-needs")).isVisible();
        seenOnce(page, "the actor's roles");
        page.locator("#add-role").click();
        seenOnce(page, "the role form");
        page.locator("#title").fill(title);
        page.locator("#capacity").fill(capacity);
        page.locator("#talents-" + talent).check();
        page.locator("#gains-VALUED_ROLE").check();
        page.locator("#gains-LIGHT_TIES").check();
        page.locator("#save-role").click();
        assertThat(page.locator("p.message[role=status]")).hasText("De rol is bewaard.");
        assertThat(page.locator("#roles")).containsText(title);
    }

    /** Picks a point by clicking the places map this far from its bottom right corner. */
    private static void clickTheMap(Page page, double fromRight, double fromBottom) {
        assertThat(page.locator("#places-map[data-geo-ready]")).isAttached();
        Locator map = page.locator("#places-map");
        BoundingBox box = map.boundingBox();
        map.click(new Locator.ClickOptions().setPosition(box.width - fromRight, box.height - fromBottom));
        assertThat(page.locator("#places-map .geo-picked")).hasCount(1);
        assertThat(page.locator("#place-latitude")).not().hasValue("");
    }

    /** What a user sees fits the phone's width, and axe finds nothing wrong with it. */
    private static void seen(Page page, String what) {
        Browsers.assertNoSidewaysScrolling(page, what + " at 360 px");
        Browsers.assertAccessible(page);
    }

    /** The same, for a page the story passes through more than once: axe checks its kind once. */
    private static void seenOnce(Page page, String what) {
        Browsers.assertNoSidewaysScrolling(page, what + " at 360 px");
        Browsers.assertAccessibleOnce(page);
    }

    private Page signedIn(Account account) {
        BrowserContext context = Browsers.window(port, 360);
        contexts.add(context);
        return Browsers.signIn(context.newPage(), account.email());
    }
}

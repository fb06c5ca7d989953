package be.brugwerk.system.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.system.Role;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The home of each role in Chromium, at 360 px (a phone) and 1280 px (a laptop), on data that has something to show:
 * the overdue action and the 14-day signal on the volunteer coach's home, the proposal to decide on the
 * coordinator's, the accounts and the audit on the admin's, the pair on the buddy's, the caseload on the professional's,
 * the introduction alone on the platform admin's. Each home is checked with
 * axe-core (no violation at all) and kept as a screenshot under {@code target/screenshots/}; none scrolls sideways.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    HomeWorld world;

    @BeforeAll
    void aWorldWithSomethingToShow() {
        Browsers.chromium(); // skips before the world is built where no browser can start
        world = new HomeWorld(port, accounts, clock);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {360, 1280})
    void showsTheVolunteerCoachTheOverdueActionAndTheFourteenDaySignal(int width) {
        Page page = home(width, world.vera.email(), "volunteer-coach");

        assertThat(page.locator("#home-overdue")).containsText(world.overdueAction);
        assertThat(page.locator("#home-signals")).containsText("Al 20 dagen geen contact met " + world.amina);
        assertThat(page.locator("#home-next")).containsText(world.nextAction);
        assertThat(page.locator("#home-participants")).containsText(world.amina);
        assertThat(page.locator("main")).not().containsText(world.bert);
        assertThat(page.locator("main")).not().containsText(world.lena); // the proposal is the coordinator's to decide
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(world.amina + ": " + world.overdueAction)
                                .setExact(false))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Traject van " + world.amina)))
                .isVisible();
        Browsers.assertAccessibleOnce(page);
        page.context().close();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {360, 1280})
    void showsTheProfessionalTheirCaseloadOnly(int width) {
        Page page = home(width, world.professional.email(), "professional");

        assertThat(page.locator("#home-participants")).containsText(world.kim);
        assertThat(page.locator("#home-participants")).containsText("nog geen traject");
        assertThat(page.locator("main")).not().containsText(world.amina);
        assertThat(page.locator("main")).not().containsText(world.overdueAction);
        assertThat(page.locator("main")).not().containsText(world.lena);
        page.context().close();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {360, 1280})
    void showsThePlatformAdminTheIntroAndNoParticipantData(int width) {
        Page page = home(width, accounts.account(null, Role.PLATFORM_ADMIN).email(), "platform-admin");

        assertThat(page.locator("main")).containsText("Brugwerk helpt je");
        assertThat(page.locator(".home-part")).hasCount(0);
        assertThat(page.locator("main")).not().containsText(world.amina);
        page.context().close();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {360, 1280})
    void showsTheCoordinatorTheProposalToDecide(int width) {
        Page page = home(width, world.coordinator.email(), "coordinator");

        Locator proposals = page.locator("#home-proposals");
        assertThat(proposals).containsText(world.lena);
        assertThat(page.locator("#home-waiting")).containsText(world.programmeName);
        assertThat(page.locator("main")).not().containsText(world.overdueAction);
        proposals.getByRole(AriaRole.LINK).first().click();
        assertThat(page.locator("#proposals")).containsText(world.lena);
        Browsers.assertAccessibleOnce(page);
        page.context().close();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {360, 1280})
    void showsTheOrganisationAdminAccountsAndTheAuditTrail(int width) {
        Page page = home(width, world.admin.email(), "organisation-admin");

        assertThat(page.locator("#home-accounts")).containsText("vrijwillige netwerkcoach: 2");
        assertThat(page.locator("#home-audit")).isVisible();
        assertThat(page.locator("main")).not().containsText(world.amina);
        page.context().close();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {360, 1280})
    void showsTheBuddyTheirPair(int width) {
        Page page = home(width, world.buddyEmail, "buddy");

        assertThat(page.locator("#home-pairs")).containsText(world.amina);
        assertThat(page.locator("main")).not().containsText(world.lena);
        page.context().close();
    }

    /** Signs in at this width and checks the home: no sideways scrolling, no axe violation; keeps a screenshot. */
    private Page home(int width, String email, String role) {
        BrowserContext context = Browsers.chromium()
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL("http://localhost:" + port)
                        .setLocale("nl-BE")
                        .setViewportSize(width, 800));
        Page page = context.newPage();
        Browsers.signIn(page, email);
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator("main h1")).isVisible();

        Object tooWide = page.evaluate("""
                () => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                    .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))""");
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("the home of the " + role + " at " + width + " px scrolls sideways: " + tooWide)
                .isTrue();
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(SCREENSHOTS.resolve("home-" + role + "-" + width + ".png")));
        Browsers.assertAccessible(page);
        return page;
    }
}

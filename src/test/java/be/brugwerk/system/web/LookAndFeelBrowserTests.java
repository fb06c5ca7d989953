package be.brugwerk.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.Keyboard;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The shared look (ADR 0010) on the main pages of a coordinator, a volunteer coach, an organisation admin and the
 * public sign-up: no page scrolls sideways on a phone (360 px), a tablet (768 px) or a laptop (1024 to 1440 px); a
 * focused link or button shows a focus ring one can see; axe-core finds nothing at all at 360 and 1280 px. Each page is kept as a screenshot under
 * {@code target/screenshots/look/} (the system property {@code brugwerk.screenshots.look} names another folder, to keep
 * a "before" set apart).
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LookAndFeelBrowserTests {

    private static final Path SCREENSHOTS =
            Path.of(System.getProperty("brugwerk.screenshots.look", "target/screenshots/look"));
    private static final int[] WIDTHS = {360, 768, 1024, 1280, 1440};
    private static final List<Integer> SCREENSHOT_WIDTHS = List.of(360, 1280);

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

    @Test
    void noMainPageScrollsSidewaysAndNoneHasAnAccessibilityFinding() {
        Map<String, String> pages = coordinatorPages();
        List<String> findings = new ArrayList<>();
        // each page is opened once and then shown at every width, as a window resized (no sign-in or load per width)
        Page page = signedIn(WIDTHS[0], world.coordinator.email());
        pages.forEach((name, path) -> findings.addAll(check(page, name, path)));
        page.context().close();

        Page coach = signedIn(WIDTHS[0], world.vera.email());
        coachPages().forEach((name, path) -> findings.addAll(check(coach, name, path)));
        coach.context().close();

        Page admin = signedIn(WIDTHS[0], world.admin.email());
        findings.addAll(check(admin, "accounts", "/accounts"));
        findings.addAll(check(admin, "audit", "/audit"));
        admin.context().close();

        Page anonymous = anonymous(WIDTHS[0]);
        findings.addAll(check(anonymous, "login", "/login"));
        findings.addAll(check(anonymous, "join", "/join/" + world.programme));
        // the sign-up refused: the error summary at the top and the fields marked
        anonymous
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kandidaat stellen"))
                .click();
        anonymous.waitForLoadState(LoadState.LOAD);
        assertThat(anonymous.locator(".error-summary").isVisible())
                .as("the error summary of a refused sign-up")
                .isTrue();
        findings.addAll(atEveryWidth(anonymous, "join-refused"));
        anonymous.context().close();
        assertThat(findings).isEmpty();
    }

    @Test
    void aFocusedLinkOrButtonShowsAVisibleFocusRing() {
        Page page = signedIn(1280, world.coordinator.email());
        page.navigate("/programmes/" + world.programme + "/waiting/new");
        page.waitForLoadState(LoadState.LOAD);

        page.keyboard().press("Tab");
        assertThat(focused(page, "tagName")).isEqualTo("A");
        assertThat(focusRing(page)).as("the skip link, focused").isTrue();
        assertThat((Boolean) page.evaluate("() => document.activeElement.getBoundingClientRect().left >= 0"))
                .as("the skip link comes into view")
                .isTrue();

        // through the header and the whole intake form, up to its submit button: every stop shows the ring
        List<String> reached = new ArrayList<>();
        for (int tab = 0; tab < 200 && !"primary".equals(focused(page, "className")); tab++) {
            page.keyboard().press("Tab");
            reached.add(focused(page, "tagName"));
            assertThat(focusRing(page))
                    .as("a focus ring on the %s reached after %d tabs", focused(page, "tagName"), tab + 1)
                    .isTrue();
        }
        assertThat(focused(page, "className"))
                .as("the form's submit button is reached")
                .isEqualTo("primary");
        assertThat(reached).contains("A", "INPUT", "SELECT", "TEXTAREA", "BUTTON");
        page.context().close();
    }

    /** The focus ring on the focused element (see {@link Keyboard#focusRingShown}). */
    private static boolean focusRing(Page page) {
        return Keyboard.focusRingShown(page);
    }

    private static String focused(Page page, String property) {
        return String.valueOf(page.evaluate("p => document.activeElement[p]", property));
    }

    private Map<String, String> coordinatorPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("participants", "/participants");
        pages.put("participant", "/participants/" + world.aminaId);
        pages.put("trajectories", "/trajectories");
        pages.put("programmes", "/programmes");
        pages.put("programme", "/programmes/" + world.programme);
        pages.put("buddies", "/programmes/" + world.programme + "/buddies");
        pages.put("intake", "/programmes/" + world.programme + "/waiting/new");
        pages.put("new-participant", "/participants/new");
        pages.put("new-buddy", "/programmes/" + world.programme + "/buddies/new");
        pages.put("organisation", "/coaching/organisation");
        pages.put("step-plan", "/coaching/steps");
        return pages;
    }

    /**
     * The pages a volunteer coach works in: Amina's trajectory, its outcomes, printout and closing, her map, its
     * analysis, versions and exchange.
     */
    private Map<String, String> coachPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        String trajectory = "/trajectories/" + world.aminasTrajectory;
        pages.put("trajectory", trajectory);
        pages.put("outcomes", trajectory + "/outcomes");
        pages.put("printout", trajectory + "/printout");
        pages.put("closing", trajectory + "/close");
        pages.put("map", "/participants/" + world.aminaId + "/map");
        pages.put("analysis", "/participants/" + world.aminaId + "/map/analysis");
        pages.put("map-versions", "/participants/" + world.aminaId + "/map/versions");
        pages.put("map-exchange", "/participants/" + world.aminaId + "/map/exchange");
        return pages;
    }

    private List<String> check(Page page, String name, String path) {
        page.setViewportSize(WIDTHS[0], 800);
        page.navigate(path);
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator("main h1").first().isVisible())
                .as("%s shows its heading", name)
                .isTrue();
        return atEveryWidth(page, name);
    }

    private static List<String> atEveryWidth(Page page, String name) {
        List<String> findings = new ArrayList<>();
        for (int width : WIDTHS) {
            page.setViewportSize(width, 800);
            // the layout of the new width, after the page's own resize handlers ran
            page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
            findings.addAll(checkShown(page, width, name));
        }
        return findings;
    }

    /** The page as shown: what is wider than the window, axe's findings at 360 and 1280 px; a screenshot there. */
    private static List<String> checkShown(Page page, int width, String name) {
        List<String> findings = new ArrayList<>();
        Object tooWide = page.evaluate("""
                () => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                    .map(e => e.tagName + '.' + e.className).slice(0, 5)""");
        if (!(Boolean)
                page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")) {
            findings.add(name + " scrolls sideways at " + width + " px: " + tooWide);
        }
        if (SCREENSHOT_WIDTHS.contains(width)) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(name + "-" + width + ".png")));
            try {
                Browsers.assertAccessible(page);
            } catch (AssertionError e) {
                findings.add(name + " at " + width + " px: " + e.getMessage());
            }
        }
        return findings;
    }

    private Page signedIn(int width, String email) {
        return Browsers.signIn(anonymous(width), email);
    }

    private Page anonymous(int width) {
        BrowserContext context = Browsers.chromium()
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL("http://localhost:" + port)
                        .setLocale("nl-BE")
                        .setViewportSize(width, 800));
        return context.newPage();
    }
}

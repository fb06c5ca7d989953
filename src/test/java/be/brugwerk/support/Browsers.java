package be.brugwerk.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium for all browser tests: Debian's at {@code /usr/bin/chromium} when present, else the
 * one Playwright fetches. Where neither can start, browser tests are skipped — or fail, when
 * {@code BRUGWERK_REQUIRE_BROWSER=true} (as in CI).
 */
public final class Browsers {

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");
    private static Browser browser;
    private static String unavailable;

    private Browsers() {}

    public static synchronized Browser chromium() {
        if (browser == null && unavailable == null) {
            try {
                browser = AxeOnEveryPage.watching(launch());
            } catch (PlaywrightException e) {
                unavailable = e.getMessage().lines().findFirst().orElse("unknown reason");
            }
        }
        Required.availableOrSkip(
                "BRUGWERK_REQUIRE_BROWSER", browser != null, "a Chromium browser (" + unavailable + ")");
        return browser;
    }

    private static Browser launch() {
        boolean debian = Files.isExecutable(DEBIAN_CHROMIUM);
        Map<String, String> environment = debian ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of();
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(environment));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run"));
        if (debian) {
            options.setExecutablePath(DEBIAN_CHROMIUM);
        }
        Browser launched = playwright.chromium().launch(options);
        Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        return launched;
    }

    /**
     * Checks the page as it stands with axe-core (WCAG 2.2 A and AA): any finding fails, whatever its impact (issue
     * 12 asks for zero violations on every page the tests open, and {@link AxeOnEveryPage} fails a test class that
     * opened a page this never checked).
     */
    public static void assertAccessible(Page page) {
        // The page whole and at its top: after a form posts back to its own address Chromium may keep the scroll
        // position, and axe then measures the header's links by the sliver still in view (a false target-size
        // finding); a page checked before its stylesheet applies would be measured unstyled.
        page.waitForLoadState(LoadState.LOAD);
        page.evaluate("() => window.scrollTo(0, 0)");
        // Legacy mode runs axe in the page itself (axe.run): the same rules and findings for pages without
        // cross-origin frames, as all of ours are. The default mode runs axe in parts so as to reach such frames: it
        // injects axe's 560 kB twice more and opens a blank window to join the parts, twice the time of every check.
        List<String> violations = new AxeBuilder(page)
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                        .setLegacyMode(true)
                        .analyze()
                        .getViolations()
                        .stream()
                        .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                                + v.getNodes().stream()
                                        .map(n -> String.valueOf(n.getTarget()))
                                        .toList())
                        .toList();
        assertThat(violations)
                .as("axe on " + page.url() + " at " + page.viewportSize().width + " px")
                .isEmpty();
        AxeOnEveryPage.checked(page);
    }

    /** The same check as {@link #assertAccessible}. */
    public static void assertNoViolation(Page page) {
        assertAccessible(page);
    }

    /**
     * {@link #assertAccessible}, unless axe already checked this kind of page in the running test class (see
     * {@link AxeOnEveryPage}): for the pages a test passes through many times, such as signing in and the home.
     */
    public static void assertAccessibleOnce(Page page) {
        page.waitForLoadState(LoadState.LOAD);
        if (!AxeOnEveryPage.isChecked(page)) {
            assertAccessible(page);
        }
    }

    /**
     * Signs in on the Dutch sign-in page of the page's base URL and waits for the home that follows; axe checks both
     * pages once per test class.
     */
    public static Page signIn(Page page, String email) {
        page.navigate("/login");
        assertAccessibleOnce(page);
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden"))
                .click();
        page.waitForURL("**/");
        assertAccessibleOnce(page);
        return page;
    }

    /**
     * A fresh Dutch-speaking browser window of this width on the application at this port; below 400 px a phone
     * (touch, mobile viewport, double density).
     */
    public static BrowserContext window(int port, int width) {
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("nl-BE")
                .setViewportSize(width, 900);
        if (width < 400) {
            options.setHasTouch(true).setIsMobile(true).setDeviceScaleFactor(2);
        }
        return chromium().newContext(options);
    }

    /** Nothing on the page is wider than the window. */
    public static void assertNoSidewaysScrolling(Page page, String what) {
        assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as(what + " scrolls sideways")
                .isTrue();
    }
}

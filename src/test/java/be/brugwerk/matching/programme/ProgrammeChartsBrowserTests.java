package be.brugwerk.matching.programme;

import static be.brugwerk.support.ChartPages.assertBarsPlotTheirTable;
import static be.brugwerk.support.ChartPages.assertNoSidewaysScroll;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The programme's figures as bar charts (issue 12, point 4): three people put on the waiting list ten days apart,
 * no pair yet. Each chart plots exactly the figures of the table beside it, at 1280 and 360 px; no bar where a median
 * is not there yet; no axe violation, no sideways scroll, a screenshot under {@code target/screenshots/}.
 */
@FullStackTest
class ProgrammeChartsBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Test
    void programmeFiguresArePlottedFromTheirTables() {
        Account coordinator = accounts.account(accounts.organisation("Programme charts"), Role.COORDINATOR);
        WebSession session = new WebSession(port);
        assertThat(session.signIn(coordinator.email(), TestAccounts.PASSWORD)).isTrue();
        ProgrammeFixtures programme = ProgrammeFixtures.programme(session, "Buren");
        for (int i = 0; i < 3; i++) {
            programme.waitingParticipant("Nieuwkomer " + i, true);
            clock.advance(Duration.ofDays(10));
            session = new WebSession(port); // sessions idle for days end: sign in anew
            assertThat(session.signIn(coordinator.email(), TestAccounts.PASSWORD))
                    .isTrue();
            programme = programme.as(session);
        }

        for (int width : new int[] {1280, 360}) {
            try (BrowserContext context = Browsers.chromium()
                    .newContext(new Browser.NewContextOptions()
                            .setBaseURL("http://localhost:" + port)
                            .setLocale("en-GB")
                            .setViewportSize(width, 900))) {
                Page page = context.newPage();
                ProgrammeBrowserTests.signIn(page, coordinator.email(), TestAccounts.PASSWORD);
                page.navigate("/programmes/" + programme.programme + "?lang=en");
                page.waitForLoadState(LoadState.LOAD);

                assertThat(assertBarsPlotTheirTable(page, "figures", "none yet"))
                        .containsExactly(3.0, 0.0, 0.0, 0.0);
                // waited 30, 20 and 10 days: the median is 20; no pair started or ended, so no bar for those
                assertThat(assertBarsPlotTheirTable(page, "figures-days", "none yet"))
                        .containsExactly(20.0, null, null);

                page.evaluate("() => window.scrollTo(0, 0)");
                page.locator("#figures").scrollIntoViewIfNeeded();
                page.screenshot(new Page.ScreenshotOptions()
                        .setFullPage(true)
                        .setPath(SCREENSHOTS.resolve("pictures-programme-" + width + ".png")));
                assertNoSidewaysScroll(page, "the programme page at " + width + " px");
                Browsers.assertAccessible(page);
            }
        }
    }
}

package be.brugwerk.coaching;

import static be.brugwerk.coaching.CoachingFixtures.map;
import static be.brugwerk.coaching.CoachingFixtures.measuredTwice;
import static be.brugwerk.coaching.CoachingFixtures.participant;
import static be.brugwerk.coaching.CoachingFixtures.signInThroughThePage;
import static be.brugwerk.coaching.CoachingFixtures.signedIn;
import static be.brugwerk.coaching.CoachingFixtures.today;
import static be.brugwerk.coaching.CoachingFixtures.trajectory;
import static be.brugwerk.support.ChartPages.assertBarsPlotTheirTable;
import static be.brugwerk.support.ChartPages.assertNoSidewaysScroll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pictures beside their words (issue 12, point 4): the organisation view's bar charts plot exactly the figures of
 * their tables, and a participant's map before and after is drawn side by side on a wide screen and stacked on a
 * phone, in the comparison of two versions, in the trajectory's closing and in the participant's printout. Five
 * participants of one coach were measured twice (so that the averages are shown); one of them has a map that grew
 * from two members to four during the trajectory. Each page at 1280 and 360 px: no axe violation, no sideways
 * scroll, a screenshot under {@code target/screenshots/}.
 */
@FullStackTest
class PicturesBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final int[] WIDTHS = {1280, 360};

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    Account coordinatorAccount;
    Account coachAccount;
    UUID participant;
    UUID trajectory;
    List<UUID> trajectories = new ArrayList<>();
    List<UUID> versions = new ArrayList<>();

    @BeforeEach
    void fiveParticipantsMeasuredTwiceOneWithAMapThatGrew() {
        UUID organisation = accounts.organisation("Pictures");
        coordinatorAccount = accounts.account(organisation, Role.COORDINATOR);
        coachAccount = accounts.account(organisation, Role.VOLUNTEER_COACH);
        WebSession coordinator = signedIn(port, coordinatorAccount);
        WebSession coach = signedIn(port, coachAccount);
        for (int i = 0; i < 5; i++) {
            UUID someone = participant(coordinator, coachAccount.id(), "Deelnemer " + i);
            UUID started = trajectory(coordinator, someone, coachAccount.id());
            measuredTwice(coach, started, today(clock));
            trajectories.add(started);
            if (i == 0) {
                participant = someone;
                trajectory = started;
            }
        }
        Map<UUID, String> members = new LinkedHashMap<>();
        members.put(UUID.randomUUID(), "Zus");
        members.put(UUID.randomUUID(), "Buurvrouw Rita");
        map(coach, participant, 0, members);
        versions.add(keepVersion(coach));
        members.put(UUID.randomUUID(), "Koor");
        members.put(UUID.randomUUID(), "Taalcafé");
        map(coach, participant, 1, members);
        versions.add(keepVersion(coach));
    }

    @Test
    void organisationChartsPlotTheFiguresOfTheirTables() {
        WebSession coach = signedIn(port, coachAccount);
        for (UUID each : trajectories) {
            HttpResponse<String> action =
                    coach.sendJson("POST", "/api/v1/trajectories/" + each + "/actions", """
                    {"kind":"OTHER","description":"Bellen","performer":"COACH","dueOn":"%s"}""".formatted(today(clock)));
            assertThat(action.statusCode()).as(action.body()).isEqualTo(201);
        }
        clock.advance(Duration.ofDays(2)); // each of the five now has one action overdue
        for (int width : WIDTHS) {
            try (BrowserContext context = context(width)) {
                Page page = context.newPage();
                List<String> errors = consoleErrors(page);
                signInThroughThePage(page, coordinatorAccount);
                page.navigate("/coaching/organisation");
                page.waitForLoadState(LoadState.LOAD);

                assertThat(assertBarsPlotTheirTable(page, "trajectory-counts", "minder dan 5"))
                        .as("five open, none closed (withheld under five), five actions overdue")
                        .containsExactly(5.0, null, 5.0);
                assertThat(assertBarsPlotTheirTable(page, "per-coach", "minder dan 5"))
                        .containsExactly(5.0);
                assertThat(assertBarsPlotTheirTable(page, "per-step", "minder dan 5"))
                        .containsExactly(5.0);
                List<Double> scores = assertBarsPlotTheirTable(page, "score-changes", "minder dan 5");
                assertThat(scores)
                        .as("De Jong Gierveld 6 fell by 6 for all five")
                        .contains(-6.0);
                assertBarsPlotTheirTable(page, "network-changes", "minder dan 5");

                keep(page, "pictures-organisation-" + width);
                assertNoSidewaysScroll(page, "the organisation view at " + width + " px");
                Browsers.assertAccessible(page);
                assertThat(errors).as("console errors").isEmpty();
            }
        }
    }

    @Test
    void comparisonShowsBothMapsSideBySideOnAWideScreenAndStackedOnAPhone() {
        String compare =
                "/participants/" + participant + "/map/compare?first=" + versions.get(0) + "&second=" + versions.get(1);
        for (int width : WIDTHS) {
            try (BrowserContext context = context(width)) {
                Page page = context.newPage();
                List<String> errors = consoleErrors(page);
                signInThroughThePage(page, coachAccount);
                page.navigate(compare);
                assertBeforeAndAfter(page, "compared-map", width);
                assertThat(page.locator("#added").textContent()).contains("Koor");
                keep(page, "pictures-compare-" + width);
                assertNoSidewaysScroll(page, "the comparison at " + width + " px");
                Browsers.assertAccessible(page);
                assertThat(errors).as("console errors").isEmpty();
            }
        }
    }

    @Test
    void closingAndPrintoutShowTheMapAtTheStartAndNow() {
        for (int width : WIDTHS) {
            try (BrowserContext context = context(width)) {
                Page page = context.newPage();
                List<String> errors = consoleErrors(page);
                signInThroughThePage(page, coachAccount);
                for (String shown : List.of("close", "printout")) {
                    page.navigate("/trajectories/" + trajectory + "/" + shown);
                    assertBeforeAndAfter(page, "trajectory-map", width);
                    assertThat(page.locator("#network-before-after").textContent())
                            .contains("Netwerkleden");
                    keep(page, "pictures-" + shown + "-" + width);
                    assertNoSidewaysScroll(page, "the " + shown + " page at " + width + " px");
                    Browsers.assertAccessible(page);
                }
                assertThat(errors).as("console errors").isEmpty();
            }
        }
    }

    /**
     * Both maps are drawn (two members before, four after, named on the map), each an image named by its caption;
     * at 1280 px they stand side by side (same top, the second right of the first), at 360 px one above the other
     * and each within the screen.
     */
    private static void assertBeforeAndAfter(Page page, String id, int width) {
        Locator before = page.locator("#" + id + "-before[data-ready]");
        Locator after = page.locator("#" + id + "-after[data-ready]");
        before.waitFor();
        after.waitFor();
        assertThat(before.locator(".member .member-name").allTextContents())
                .containsExactlyInAnyOrder("Zus", "Buurvrouw Rita");
        assertThat(after.locator(".member .member-name").allTextContents())
                .containsExactlyInAnyOrder("Zus", "Buurvrouw Rita", "Koor", "Taalcafé");
        assertThat(page.locator("#" + id + "-before-caption").textContent()).startsWith("Voor: ");
        assertThat(page.locator("#" + id + "-after-caption").textContent()).startsWith("Na: ");
        assertThat(before.getAttribute("role")).isEqualTo("img");
        BoundingBox first = before.boundingBox();
        BoundingBox second = after.boundingBox();
        if (width >= 1280) {
            assertThat(second.y).as("side by side: the same top").isCloseTo(first.y, offset(1.0));
            assertThat(second.x)
                    .as("side by side: after right of before")
                    .isGreaterThanOrEqualTo(first.x + first.width);
            assertThat(first.width).as("each map large enough to read").isGreaterThan(300);
        } else {
            assertThat(second.y).as("stacked: after below before").isGreaterThanOrEqualTo(first.y + first.height);
            assertThat(first.x + first.width).as("within the screen").isLessThanOrEqualTo(width);
            assertThat(second.x + second.width).as("within the screen").isLessThanOrEqualTo(width);
        }
    }

    private BrowserContext context(int width) {
        return Browsers.chromium()
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL("http://localhost:" + port)
                        .setLocale("nl-BE")
                        .setViewportSize(width, 900));
    }

    private static List<String> consoleErrors(Page page) {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text());
            }
        });
        return errors;
    }

    private static void keep(Page page, String name) {
        page.evaluate("() => window.scrollTo(0, 0)");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    private UUID keepVersion(WebSession coach) {
        HttpResponse<String> kept = coach.sendJson("POST", "/api/v1/participants/" + participant + "/map/versions", "");
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
        clock.advance(Duration.ofMinutes(10));
        Matcher id = ID.matcher(kept.body());
        assertThat(id.find()).as(kept.body()).isTrue();
        return UUID.fromString(id.group(1));
    }
}

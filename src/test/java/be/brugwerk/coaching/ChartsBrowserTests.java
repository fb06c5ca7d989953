package be.brugwerk.coaching;

import static be.brugwerk.coaching.CoachingFixtures.participant;
import static be.brugwerk.coaching.CoachingFixtures.signInThroughThePage;
import static be.brugwerk.coaching.CoachingFixtures.signedIn;
import static be.brugwerk.coaching.CoachingFixtures.today;
import static be.brugwerk.coaching.CoachingFixtures.trajectory;
import static be.brugwerk.support.ChartPages.plotted;
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
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The charts of the outcomes page plot exactly the figures of the tables beside them: three De Jong Gierveld
 * measurements, and three versions of a map that grows and carries more kinds of support. Each chart's plotted
 * series (read back from uPlot after drawing) are held against the numbers and dates the table shows, at 360 and
 * 1280 px; the page has no axe violation, does not scroll sideways, and is kept as a screenshot under
 * {@code target/screenshots/}.
 */
@FullStackTest
class ChartsBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter DUTCH_DAY = DateTimeFormatter.ofPattern("d/MM/yyyy");
    private static final DateTimeFormatter DUTCH_MOMENT = DateTimeFormatter.ofPattern("d/MM/yyyy HH:mm");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    Account coach;
    UUID trajectory;

    @BeforeEach
    void threeMeasurementsAndThreeVersionsOfAGrowingMap() {
        UUID organisation = accounts.organisation("Charts");
        Account coordinatorAccount = accounts.account(organisation, Role.COORDINATOR);
        WebSession coordinator = signedIn(port, coordinatorAccount);
        coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        UUID participant = participant(
                coordinator, coach.id(), "Yusuf " + UUID.randomUUID().toString().substring(0, 6));
        WebSession coachApi = signedIn(port, coach);

        Map<String, String> members = new LinkedHashMap<>();
        members.put("Zus", "\"AFFECTIVE\":\"RECEIVES\"");
        saveMapAndKeepVersion(coachApi, participant, 0, members);
        members.put("Buurvrouw Rita", "\"MATERIAL\":\"BOTH\",\"CONNECTING\":\"BOTH\"");
        members.put("Koor", "\"CONNECTING\":\"GIVES\"");
        saveMapAndKeepVersion(coachApi, participant, 1, members);
        members.put("Maatschappelijk werker", "\"INFORMATIVE\":\"RECEIVES\",\"MATERIAL\":\"RECEIVES\"");
        members.put("Taalcafé", "\"CONNECTING\":\"BOTH\",\"INFORMATIVE\":\"BOTH\"");
        saveMapAndKeepVersion(coachApi, participant, 2, members);

        trajectory = trajectory(coordinator, participant, coach.id());
        LocalDate today = today(clock);
        measure(coachApi, today.minusDays(60), "YES", "YES", "YES", "NO", "NO", "NO");
        measure(coachApi, today.minusDays(30), "YES", "NO", "YES", "YES", "NO", "YES");
        measure(coachApi, today, "NO", "NO", "NO", "YES", "YES", "YES");
    }

    @Test
    void chartsPlotTheFiguresOfTheirTablesAtBothWidths() {
        for (int width : new int[] {1280, 360}) {
            try (BrowserContext context = Browsers.chromium()
                    .newContext(new Browser.NewContextOptions()
                            .setBaseURL("http://localhost:" + port)
                            .setLocale("nl-BE")
                            .setViewportSize(width, 900))) {
                Page page = context.newPage();
                List<String> refused = new ArrayList<>();
                page.onConsoleMessage(message -> {
                    if ("error".equals(message.type())) {
                        refused.add(message.text());
                    }
                });
                signInThroughThePage(page, coach);
                page.navigate("/trajectories/" + trajectory + "/outcomes");
                page.waitForLoadState(LoadState.LOAD);

                assertPlotsItsTable(
                        page,
                        "scores-chart-de-jong-gierveld-6",
                        false,
                        3,
                        List.of("Totaalscore", "emotionele eenzaamheid", "sociale eenzaamheid"));
                assertPlotsItsTable(
                        page,
                        "network-size-chart",
                        true,
                        3,
                        List.of("Netwerkleden", "Actieve contacten", "Natuurlijk netwerk (informeel)"));
                assertPlotsItsTable(page, "network-functions-chart", true, 3, List.of());

                // The loneliness chart shows a falling line: 6, 3, 0 in the table, and so on the chart.
                assertThat(plotted(page, "scores-chart-de-jong-gierveld-6")
                                .get("series")
                                .get(0)
                                .get("values")
                                .valueStream()
                                .map(JsonNode::asInt)
                                .toList())
                        .containsExactly(6, 3, 0);
                assertThat(plotted(page, "network-size-chart")
                                .get("series")
                                .get(0)
                                .get("values")
                                .valueStream()
                                .map(JsonNode::asInt)
                                .toList())
                        .containsExactly(1, 3, 5);

                assertThat((Boolean) page.evaluate(
                                "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                        .as("the outcomes page scrolls sideways at " + width + " px")
                        .isTrue();
                page.evaluate("() => window.scrollTo(0, 0)");
                page.screenshot(new Page.ScreenshotOptions()
                        .setFullPage(true)
                        .setPath(SCREENSHOTS.resolve("charts-outcomes-" + width + ".png")));
                Locator figures = page.locator("figure.chart-figure");
                for (int figure = 0; figure < figures.count(); figure++) {
                    figures.nth(figure)
                            .screenshot(new Locator.ScreenshotOptions()
                                    .setPath(SCREENSHOTS.resolve("charts-figure-" + figure + "-" + width + ".png")));
                }
                Browsers.assertAccessible(page);
                assertThat(refused)
                        .as("console errors (a refused script or style, say)")
                        .isEmpty();
            }
        }
    }

    @Test
    void axisLabelsAndSeriesComeFromTheReadersLanguage() {
        try (BrowserContext context = Browsers.chromium()
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL("http://localhost:" + port)
                        .setLocale("nl-BE")
                        .setViewportSize(1280, 900))) {
            Page page = context.newPage();
            signInThroughThePage(page, coach);
            page.navigate("/trajectories/" + trajectory + "/outcomes?lang=fr");
            Locator chart = page.locator("[data-chart-for=network-size-chart]");
            chart.and(page.locator("[data-plotted]")).waitFor();
            assertThat(chart.getAttribute("data-x-label")).isEqualTo("Version de la carte");
            assertThat(chart.getAttribute("data-y-label")).isEqualTo("Membres du réseau");
            assertThat(chart.locator(".u-legend .u-label").allTextContents()).contains("Membres du réseau");
            assertThat(page.getByRole(
                                    AriaRole.TABLE,
                                    new Page.GetByRoleOptions().setName("Les chiffres du graphique : taille du réseau"))
                            .count())
                    .isEqualTo(1);
            Browsers.assertAccessible(page);
        }
    }

    /**
     * The chart of this table plots one point per row, at the moment the row's header shows, and per series the
     * numbers the table's column shows; its series are named as the columns.
     */
    private void assertPlotsItsTable(Page page, String table, boolean moments, int rows, List<String> names) {
        JsonNode plotted = plotted(page, table);
        Locator body = page.locator("#" + table + " tbody tr");
        assertThat(body.count()).isEqualTo(rows);
        List<String> headers =
                page.locator("#" + table + " thead th[data-series]").allTextContents();
        if (!names.isEmpty()) {
            assertThat(headers).containsExactlyElementsOf(names);
        }
        assertThat(plotted.get("series")
                        .valueStream()
                        .map(s -> s.get("label").asString())
                        .toList())
                .containsExactlyElementsOf(headers);
        for (int row = 0; row < rows; row++) {
            Locator cells = body.nth(row);
            String shownMoment = cells.locator("th").textContent().trim();
            long x = plotted.get("x").get(row).asLong();
            assertThat(
                            moments
                                    ? DUTCH_MOMENT.format(LocalDateTime.ofEpochSecond(
                                            x, 0, BRUSSELS.getRules().getOffset(java.time.Instant.ofEpochSecond(x))))
                                    : DUTCH_DAY.format(LocalDate.ofEpochDay(Math.floorDiv(x, 86400))))
                    .as("the moment of row " + row + " of " + table)
                    .isEqualTo(shownMoment);
            List<String> shown = cells.locator("td").allTextContents();
            assertThat(shown).hasSameSizeAs(headers);
            for (int series = 0; series < shown.size(); series++) {
                assertThat(plotted.get("series")
                                .get(series)
                                .get("values")
                                .get(row)
                                .asDouble())
                        .as("series " + headers.get(series) + " of row " + row + " of " + table)
                        .isEqualTo(Double.parseDouble(shown.get(series).trim()));
            }
        }
    }

    private void saveMapAndKeepVersion(WebSession session, UUID participant, int version, Map<String, String> members) {
        StringBuilder json = new StringBuilder("{\"version\":" + version + ",\"members\":[");
        String separator = "";
        for (Map.Entry<String, String> member : members.entrySet()) {
            boolean professional = member.getKey().startsWith("Maatschappelijk");
            json.append(separator).append("""
                    {"id":"%s","name":"%s","category":"%s","ring":"MIDDLE","frequency":"WEEKLY","valence":"SUPPORTIVE",
                     "status":"ACTIVE","capitalType":"BRIDGING","level":"CITY","lightTie":false,"support":{%s}}""".formatted(
                            UUID.nameUUIDFromBytes((participant + member.getKey()).getBytes()),
                            member.getKey(),
                            professional ? "PROFESSIONAL" : "FRIEND",
                            member.getValue()));
            separator = ",";
        }
        json.append("],\"ties\":[]}");
        HttpResponse<String> saved =
                session.sendJson("PUT", "/api/v1/participants/" + participant + "/map", json.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        HttpResponse<String> kept =
                session.sendJson("POST", "/api/v1/participants/" + participant + "/map/versions", "");
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
        clock.advance(Duration.ofMinutes(10)); // versions minutes apart, as the chart must tell them apart
    }

    /** A finished De Jong Gierveld 6-item measurement (three answer categories), in the items' order below. */
    private void measure(
            WebSession session,
            LocalDate on,
            String emptiness,
            String missesPeople,
            String rejected,
            String leanOn,
            String trust,
            String close) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("instrument", "DE_JONG_GIERVELD_6");
        form.put("format", "THREE_CATEGORIES");
        form.put("measuredOn", on.toString());
        form.put("a.SENSE_OF_EMPTINESS", emptiness);
        form.put("a.MISSES_PEOPLE_AROUND", missesPeople);
        form.put("a.OFTEN_FEELS_REJECTED", rejected);
        form.put("a.PLENTY_TO_LEAN_ON", leanOn);
        form.put("a.MANY_TO_TRUST", trust);
        form.put("a.ENOUGH_TO_FEEL_CLOSE_TO", close);
        form.put("save", "finish");
        HttpResponse<String> saved = session.post("/trajectories/" + trajectory + "/measurements", form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    }
}

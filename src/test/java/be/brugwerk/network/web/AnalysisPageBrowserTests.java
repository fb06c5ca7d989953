package be.brugwerk.network.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.system.Role;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A volunteer coach opens the analysis of a small family network: the page leads with plain sentences and a picture
 * of who is on the map, shows no programmer words and no label twice, keeps every figure in a part for staff that
 * opens on request, says the same in French and English, and has no axe finding at all at 360 and 1280 px. Keeps a
 * screenshot of each width under {@code target/screenshots/}.
 */
@FullStackTest
class AnalysisPageBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** What the page printed before it spoke plainly: names of JSON fields and raw technical terms. */
    private static final List<String> PROGRAMMER_WORDS = List.of(
            "functions =",
            "members =",
            "vulnerable =",
            "rich =",
            "of =",
            "(constraint)",
            "analysis.",
            "editor.",
            "signal.",
            "??");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    final List<BrowserContext> contexts = new ArrayList<>();
    UUID participant;
    Account coach;

    @BeforeEach
    void aCoachWithAParticipantWhoConsented() {
        UUID organisation = accounts.organisation("Analysis organisation");
        Account coordinator = accounts.account(organisation, Role.COORDINATOR);
        coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        participant = accounts.consentedParticipant(organisation, "Rik Analyse", "{Nederlands}", coordinator, coach);
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
    }

    /** Three relatives, of whom the mother carries all the support the participant gets, and a dormant uncle. */
    private static final String FAMILY_MAP = """
            {"version":0,"members":[
             {"id":"%s","name":"Moeder","category":"FAMILY","ring":"INNER","frequency":"DAILY","valence":"SUPPORTIVE",
              "status":"ACTIVE","capitalType":"BONDING","level":"CITY","lightTie":false,
              "support":{"MATERIAL":"RECEIVES","AFFECTIVE":"RECEIVES","INFORMATIVE":"RECEIVES","CONNECTING":"RECEIVES"}},
             {"id":"%s","name":"Zus","category":"FAMILY","ring":"MIDDLE","frequency":"MONTHLY","valence":"SUPPORTIVE",
              "status":"ACTIVE","capitalType":"BONDING","level":"CITY","lightTie":false},
             {"id":"%s","name":"Nonkel","category":"FAMILY","ring":"OUTER","frequency":"RARELY","valence":"SUPPORTIVE",
              "status":"DORMANT","capitalType":"BONDING","level":"TRANSLOCAL","lightTie":false}],"ties":[]}""";

    @Test
    void leadsWithPlainSentencesAndAPictureAndKeepsEveryFigureOnceForStaff() {
        Page page = signedIn(1280);
        page.navigate("/participants/" + participant + "/map/analysis");
        assertThat(put(page, FAMILY_MAP.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())))
                .isEqualTo(200);
        page.navigate("/participants/" + participant + "/map/analysis");

        // the sentences come first, before any list or table
        List<String> lead = page.locator("#analysis-lead p").allTextContents();
        assertThat(lead)
                .containsExactly(
                        "Er staan 3 mensen op je kaart. Dat is nog een klein netwerk: elke nieuwe persoon telt.",
                        "Je netwerk rust vooral op familie: 3 van de 3 mensen.",
                        "Alle hulp die je krijgt, komt van één persoon: Moeder. Het is goed als ook anderen je kunnen helpen.",
                        "Met één persoon is het contact verwaterd: Nonkel. Misschien wil je opnieuw contact?");
        assertThat((Boolean) page.evaluate("""
                () => { const lead = document.getElementById('analysis-lead');
                        const first = document.querySelector('main h2, main table, main details, #strengths');
                        return !!(lead.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING); }"""))
                .as("the sentences stand before every list, table and heading")
                .isTrue();

        // the picture, and the same in a table for screen readers
        assertThat(page.locator(".analysis-picture svg rect.analysis-bar-fill")).hasCount(1);
        assertThat(page.locator("#analysis-picture-table tr", new Page.LocatorOptions().setHasText("Familie")))
                .containsText("3");

        // every figure, each once, in a part for staff that opens on request
        assertThat(page.locator("#staff-part")).not().hasAttribute("open", "");
        assertThat(page.locator("#figures")).not().isVisible();
        page.getByText("Voor medewerkers: alle cijfers").click();
        assertThat(page.locator("#figures")).isVisible();
        assertThat(page.locator("#figures tr", new Page.LocatorOptions().setHasText("Actieve netwerkleden")))
                .hasCount(1);
        assertThat(page.locator("#figures tr", new Page.LocatorOptions().setHasText("Actieve netwerkleden"))
                        .locator("td")
                        .first())
                .hasText("2");
        assertThat(page.locator("#staff-signals")).containsText("netwerkleden: 2");
        List<String> labels =
                page.locator("main th, main h1, main h2, main summary, main figcaption").allTextContents().stream()
                        .map(String::strip)
                        .toList();
        Map<String, Integer> seen = new HashMap<>();
        labels.forEach(label -> seen.merge(label, 1, Integer::sum));
        assertThat(seen)
                .as("labels on the page")
                .allSatisfy((label, times) -> assertThat(times).as(label).isEqualTo(1));
        assertThat(page.locator("#figures tbody tr:not(.analysis-staff-section)")
                        .count())
                .isBetween(25, 45);
        String main = page.locator("main").textContent();
        assertThat(PROGRAMMER_WORDS).allSatisfy(word -> assertThat(main).doesNotContain(word));
        assertThat(page.locator("#figures td:nth-child(3)").allTextContents())
                .allSatisfy(explanation -> assertThat(explanation).isNotBlank());
        assertNoAxeViolation(page, 1280);

        page.setViewportSize(360, 800);
        page.reload();
        assertNoAxeViolation(page, 360);
        page.getByText("Voor medewerkers: alle cijfers").click();
        assertNoAxeViolation(page, 360);

        // in French and in English too
        page.navigate("/participants/" + participant + "/map/analysis?lang=fr");
        assertThat(page.locator("#analysis-lead p").first())
                .hasText(
                        "3 personnes sont sur votre carte. C’est encore un petit réseau : chaque nouvelle personne compte.");
        assertThat(page.locator("#analysis-lead p").nth(2)).containsText("d’une seule personne : Moeder");
        Browsers.assertAccessible(page);
        page.navigate("/participants/" + participant + "/map/analysis?lang=en");
        assertThat(page.locator("#analysis-lead p").nth(1))
                .hasText("Your network rests mostly on family: 3 of the 3 people.");
    }

    @Test
    void anEmptyMapGetsOneSentenceAndAnEmptyPicture() {
        Page page = signedIn(1280);
        page.navigate("/participants/" + participant + "/map/analysis");

        assertThat(page.locator("#analysis-lead p"))
                .hasText(new String[] {"Er staat nog niemand op je kaart. Teken samen wie belangrijk is voor je."});
        assertThat(page.locator(".analysis-picture svg rect.analysis-bar-fill")).hasCount(0);
        assertThat(page.locator("#analysis-picture-table tbody tr")).hasCount(7);
        assertNoAxeViolation(page, 1280);
    }

    private Page signedIn(int width) {
        BrowserContext context = Browsers.chromium()
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL("http://localhost:" + port)
                        .setLocale("nl-BE")
                        .setViewportSize(width, 900));
        contexts.add(context);
        Page page = context.newPage();
        Browsers.signIn(page, coach.email());
        return page;
    }

    private int put(Page page, String map) {
        String token = (String) page.evaluate("() => document.querySelector('meta[name=_csrf]').content");
        return page.context()
                .request()
                .put(
                        "/api/v1/participants/" + participant + "/map",
                        RequestOptions.create()
                                .setHeader("Content-Type", "application/json")
                                .setHeader("X-CSRF-TOKEN", token)
                                .setData(map))
                .status();
    }

    /** No axe finding of any impact; no sideways scrolling; a screenshot of the page as it stands. */
    private static void assertNoAxeViolation(Page page, int width) {
        page.waitForLoadState(LoadState.LOAD);
        page.evaluate("() => window.scrollTo(0, 0)");
        assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("the analysis page at " + width + " px scrolls sideways")
                .isTrue();
        boolean open = (Boolean) page.evaluate("() => document.getElementById('staff-part').open");
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(SCREENSHOTS.resolve("analysis-" + width + (open ? "-staff" : "") + ".png")));
        Browsers.assertAccessible(page);
    }
}

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
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The network map editor on a phone (360 px, touch) and on laptops (768 to 1440 px), on a map with twelve members,
 * support functions and ties: on the phone every member and every map tool is a target of at least 24 × 24 px (WCAG
 * 2.5.8), each member with a readable name, the map zooms and pans with buttons, and only the finger instructions
 * show; on a laptop neither the editor nor the printable map scrolls sideways and the list's edit buttons stay in
 * view; labels never cover a member; no emoji anywhere on the map. Every page is checked with axe-core (no violation at all) and kept as a
 * screenshot under {@code target/screenshots/}.
 */
@FullStackTest
class NetworkMapOnEveryScreenBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Short names, as the editor asks (first name or nickname); several near the top, where the ring labels are. */
    private static final String MAP = """
            {"version":0,"members":[
             %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s],
             "ties":[{"first":"%s","second":"%s","strength":null}]}""";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    final List<BrowserContext> contexts = new ArrayList<>();
    Account coach;
    UUID participant;

    @BeforeEach
    void aCoachWithAParticipantWhoseMapHasTwelveMembers() {
        Browsers.chromium(); // skips before the data is made where no browser can start
        UUID organisation = accounts.organisation("Screens organisation");
        Account coordinator = accounts.account(organisation, Role.COORDINATOR);
        coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        participant = accounts.consentedParticipant(organisation, "Nadia Screens", "{Nederlands}", coordinator, coach);
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
    }

    @Test
    void onAPhoneEveryMemberIsABigEnoughTargetWithAReadableNameAndTheMapZooms() {
        Page page = editor(360, 800, true);

        assertThat(page.locator("#map-keys")).isHidden();
        assertThat(page.locator(".keyboard-hint").first()).isHidden();
        assertThat(page.locator(".touch-hint")).isVisible();

        Locator targets = page.locator("#map-members g.member .member-target");
        assertThat(targets).hasCount(12);
        for (BoundingBox box : boxes(targets)) {
            assertThat(box.width).as("target width").isGreaterThanOrEqualTo(24);
            assertThat(box.height).as("target height").isGreaterThanOrEqualTo(24);
        }
        Locator tools = page.locator("#map-editor .map-tools button");
        assertThat(tools).hasCount(7); // zoom in, zoom out, the whole map, and four ways to pan
        for (BoundingBox box : boxes(tools)) {
            assertThat(box.width).as("a map tool's width").isGreaterThanOrEqualTo(24);
            assertThat(box.height).as("a map tool's height").isGreaterThanOrEqualTo(24);
        }
        for (BoundingBox box : boxes(page.locator("#map-members .member-name"))) {
            assertThat(box.height).as("a member's name on the screen").isGreaterThanOrEqualTo(12);
        }
        for (BoundingBox box : boxes(page.locator("#map-labels text"))) {
            assertThat(box.height).as("a ring or sector label on the screen").isGreaterThanOrEqualTo(11);
        }
        assertNoSidewaysScrolling(page, "the map editor at 360 px");
        assertNoEmoji(page);
        screenshot(page, "map-editor-360.png");
        Browsers.assertNoViolation(page);

        // a tap on a member opens its details
        page.locator("#map-members g.member[aria-label^=\"Oma:\"] .member-target")
                .tap();
        assertThat(page.locator("#details-heading")).hasText("Details van Oma");

        // zoomed in, members stand further apart on the screen (each keeps a readable size); panned, they move; the
        // whole map again with one button
        page.locator("#map-svg").scrollIntoViewIfNeeded();
        Locator oma = page.locator("#map-members g.member[aria-label^=\"Oma:\"] .member-dot");
        Locator ahmed = page.locator("#map-members g.member[aria-label^=\"Ahmed:\"] .member-dot");
        double before = distance(oma.boundingBox(), ahmed.boundingBox());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inzoomen"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inzoomen"))
                .click();
        assertThat(page.locator("#map-editor")).hasAttribute("data-zoom", "2.25");
        assertThat(distance(oma.boundingBox(), ahmed.boundingBox())).isGreaterThan(before * 2);
        double left = oma.boundingBox().x;
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kaart naar links verschuiven"))
                .click();
        assertThat(oma.boundingBox().x).isGreaterThan(left + 20);
        assertNoSidewaysScrolling(page, "the zoomed map at 360 px");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hele kaart tonen"))
                .click();
        assertThat(page.locator("#map-editor")).hasAttribute("data-zoom", "1");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitzoomen")))
                .isDisabled();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {768, 1024, 1280, 1440})
    void onALaptopNothingScrollsSidewaysAndLabelsCoverNoMember(int width) {
        Page page = editor(width, 900, false);

        assertThat(page.locator("#map-keys")).isVisible();
        assertThat(page.locator(".touch-hint")).isHidden();
        assertNoSidewaysScrolling(page, "the map editor at " + width + " px");
        int clientWidth = ((Number) page.evaluate("() => document.documentElement.clientWidth")).intValue();
        Locator edits = page.locator("#member-list tbody button");
        assertThat(edits).hasCount(12);
        for (BoundingBox box : boxes(edits)) {
            assertThat(box.x + box.width).as("an edit button's right edge").isLessThanOrEqualTo(clientWidth);
        }
        page.locator("#member-list tbody tr").last().getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator("#details-heading")).isFocused();

        assertThat(labelsOverMembers(page))
                .as("labels lying on a member's dot, name or icons")
                .isEmpty();
        assertThat((Boolean) page.evaluate(
                        "() => document.getElementById('map-labels').previousElementSibling.id === 'map-members'"))
                .as("the labels are drawn above the members")
                .isTrue();
        assertNoEmoji(page);
        if (width == 1280) {
            screenshot(page, "map-editor-1280.png");
        }
        Browsers.assertNoViolation(page);

        page.navigate("/participants/" + participant + "/map/print?language=nl");
        page.waitForFunction("() => document.getElementById('print-map').dataset.ready === 'true'");
        assertNoSidewaysScrolling(page, "the printable map at " + width + " px");
        assertThat(page.locator(".print-legend svg.icon use")).hasCount(4);
        assertThat(page.locator("#print-map use.member-function")).not().hasCount(0);
        assertNoEmoji(page);
        Browsers.assertNoViolation(page);
    }

    private Page editor(int width, int height, boolean phone) {
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("nl-BE")
                .setViewportSize(width, height);
        if (phone) {
            options.setHasTouch(true).setIsMobile(true).setDeviceScaleFactor(2);
        }
        BrowserContext context = Browsers.chromium().newContext(options);
        contexts.add(context);
        Page page = context.newPage();
        Browsers.signIn(page, coach.email());
        page.navigate("/participants/" + participant + "/map");
        page.waitForFunction("() => document.getElementById('map-editor').dataset.ready === 'true'");
        assertThat(put(page, twelveMembers())).isEqualTo(200);
        page.reload();
        page.waitForFunction("() => document.getElementById('map-editor').dataset.ready === 'true'");
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator("#map-members g.member")).hasCount(12);
        return page;
    }

    /** Members all round the map, on every ring, some placed right by the ring labels' line at the top. */
    private String twelveMembers() {
        String[][] members = {
            {"Oma", "FAMILY", "INNER", "0.5", "AFFECTIVE"},
            {"Karim", "FAMILY", "MIDDLE", "1", "MATERIAL"},
            {"Sofie", "FAMILY", "OUTER", null, "INFORMATIVE"},
            {"Lotte", "GROUP", "MIDDLE", "359.5", "CONNECTING"},
            {"Koor", "GROUP", "OUTER", "359", "CONNECTING"},
            {"Ahmed", "FRIEND", "INNER", null, "AFFECTIVE"},
            {"Buurman Jan", "NEIGHBOUR", "OUTER", null, "MATERIAL"},
            {"Ines", "COLLEAGUE_OR_SCHOOL", "OUTER", null, "INFORMATIVE"},
            {"Tom", "COLLEAGUE_OR_SCHOOL", "OUTER", null, "CONNECTING"},
            {"Huisarts", "PROFESSIONAL", "MIDDLE", null, "INFORMATIVE"},
            {"Bakker", "ACQUAINTANCE", "OUTER", null, "CONNECTING"},
            {"Mia", "FRIEND", "MIDDLE", null, "AFFECTIVE"}
        };
        List<Object> parts = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (String[] m : members) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            parts.add("""
                    {"id":"%s","name":"%s","category":"%s","ring":"%s","frequency":"WEEKLY","valence":"SUPPORTIVE",
                     "status":"ACTIVE","capitalType":"BONDING","level":"CITY","lightTie":false,"angle":%s,
                     "support":{"%s":"BOTH"%s}}""".formatted(
                    id, m[0], m[1], m[2], m[3], m[4], m[4].equals("AFFECTIVE") ? "" : ",\"AFFECTIVE\":\"RECEIVES\""));
        }
        parts.add(ids.get(0));
        parts.add(ids.get(1));
        return MAP.formatted(parts.toArray());
    }

    private static int put(Page page, String map) {
        String token = (String) page.evaluate("() => document.querySelector('meta[name=_csrf]').content");
        String participant = page.url().split("/participants/")[1].split("/")[0];
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

    private static double distance(BoundingBox a, BoundingBox b) {
        return Math.hypot(a.x + a.width / 2 - b.x - b.width / 2, a.y + a.height / 2 - b.y - b.height / 2);
    }

    private static List<BoundingBox> boxes(Locator locator) {
        List<BoundingBox> boxes = new ArrayList<>();
        for (int i = 0; i < locator.count(); i++) {
            boxes.add(locator.nth(i).boundingBox());
        }
        return boxes;
    }

    private static void assertNoSidewaysScrolling(Page page, String what) {
        Object tooWide = page.evaluate("""
                () => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                    .slice(0, 8).map(e => e.tagName + '.' + e.getAttribute('class') + ' ' + Math.round(e.getBoundingClientRect().right))""");
        assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as(what + " scrolls sideways: " + tooWide)
                .isTrue();
    }

    /** Text in the page (the map's SVG text included) in Unicode's Extended_Pictographic set: emoji and their kin. */
    private static void assertNoEmoji(Page page) {
        Object emoji = page.evaluate("""
                () => [...(document.querySelector('main').textContent.match(/\\p{Extended_Pictographic}/gu) || []),
                       ...[...document.querySelectorAll('main *')].flatMap(e => ['::before', '::after']
                           .map(p => getComputedStyle(e, p).content)).filter(c => /\\p{Extended_Pictographic}/u.test(c))]""");
        assertThat((List<?>) emoji).as("emoji in the page").isEmpty();
    }

    /** Pairs of a ring or sector label and a member part (dot, name, icon) whose boxes on the screen overlap. */
    @SuppressWarnings("unchecked")
    private static List<String> labelsOverMembers(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const overlap = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
                  const found = [];
                  for (const label of document.querySelectorAll('#map-labels .map-label')) {
                    const box = label.querySelector('rect').getBoundingClientRect();
                    for (const part of document.querySelectorAll('#map-members .member-dot, #map-members .member-name, #map-members .member-function')) {
                      if (overlap(box, part.getBoundingClientRect())) {
                        found.push(label.textContent + ' on ' + part.closest('g.member').getAttribute('aria-label'));
                      }
                    }
                  }
                  return found;
                }""");
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name)));
    }
}

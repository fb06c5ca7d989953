package be.brugwerk.network.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.system.Role;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A volunteer coach draws a participant's network map in a real browser — dragging members on the SVG, moving one
 * with the keyboard, drawing ties, switching support functions on, marking a relationship dormant — reads the
 * analysis, keeps and compares versions and prints the map. What the browser did is checked in the stored map, not
 * only on screen. Every page is checked with axe-core.
 */
@FullStackTest
class NetworkMapBrowserTests {

    /** The editor's geometry (network-map-drawing.js): sectors of 360/7 degrees from the top, ring radii. */
    private static final List<String> CATEGORIES =
            List.of("FAMILY", "FRIEND", "NEIGHBOUR", "COLLEAGUE_OR_SCHOOL", "ACQUAINTANCE", "PROFESSIONAL", "GROUP");

    private static final Map<String, Double> RING_RADIUS = Map.of("INNER", 135.0, "MIDDLE", 265.0, "OUTER", 395.0);

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    final JsonMapper json = JsonMapper.builder().build();
    final List<BrowserContext> contexts = new ArrayList<>();
    UUID organisation;
    Account coordinator;
    Account coach;
    UUID participant;
    String name;

    @BeforeEach
    void aCoachWithAParticipantWhoConsented() {
        organisation = accounts.organisation("Map organisation");
        coordinator = accounts.account(organisation, Role.COORDINATOR);
        coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        name = "Yasmina " + UUID.randomUUID().toString().substring(0, 5);
        participant = accounts.consentedParticipant(organisation, name, "{Arabisch,Frans}", coordinator, coach);
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
    }

    @Test
    void aVolunteerCoachDrawsReadsComparesAndPrintsAMap() {
        Page page = signedIn(coach, 1280, 1300);
        page.navigate("/participants/" + participant);
        Browsers.assertAccessibleOnce(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Netwerkkaart"))
                .click();
        page.waitForURL("**/participants/" + participant + "/map");
        waitUntilReady(page);
        Browsers.assertAccessible(page);

        // a few taps each: name, category, ring
        add(page, "Zus", "Familie", "heel dichtbij");
        add(page, "Broer", "Familie", "dichtbij");
        add(page, "Huisarts", "Hulpverleners", "dichtbij");
        add(page, "Voetbalclub", "Groepen", "verder weg");
        // these four land on the default place (family, close) and are put in place on the map
        for (String member : List.of("Mo", "Lies", "Bakker", "Karel")) {
            add(page, member, "Familie", "dichtbij");
        }
        assertThat(page.locator("#member-list tbody tr")).hasCount(8);

        drag(page, "Mo", "FRIEND", "INNER");
        drag(page, "Lies", "NEIGHBOUR", "MIDDLE");
        dragByTouch(page, "Bakker", "ACQUAINTANCE", "OUTER");

        // by keyboard only: three sectors on (family -> friends -> neighbours -> work or school), one ring out
        Locator karel = member(page, "Karel");
        karel.focus();
        for (String key : List.of("ArrowRight", "ArrowRight", "ArrowRight", "ArrowDown")) {
            page.keyboard().press(key);
        }
        assertThat(member(page, "Karel")).isFocused();
        assertThat(page.locator("#announcer")).hasText("Karel staat nu bij Werk of school, verder weg");
        page.keyboard().press("Enter");
        assertThat(page.locator("#details-heading")).isFocused();
        assertThat(page.locator("#details-heading")).hasText("Details van Karel");

        // ties: one from the details panel (a member low in the list, so a reset choice shows), one drawn on the map
        open(page, "Zus");
        page.getByLabel("Band met").selectOption(new SelectOption().setLabel("Karel"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Band toevoegen"))
                .click();
        open(page, "Mo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verbinden op de kaart"))
                .click();
        assertThat(page.locator("#connect-status")).containsText("Kies op de kaart wie Mo kent");
        member(page, "Lies").click();
        assertThat(page.locator("#map-ties line")).hasCount(2);

        // support functions and their direction
        open(page, "Zus");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Emotionele steun"))
                .click();
        page.getByLabel("Richting van Emotionele steun").selectOption("BOTH");
        open(page, "Mo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gezelschap"))
                .click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gezelschap")))
                .hasAttribute("aria-pressed", "true");

        // a dormant relationship, with since when and a note
        open(page, "Broer");
        page.getByLabel("Status van de relatie").selectOption("DORMANT");
        page.getByLabel("Sinds", new Page.GetByLabelOptions().setExact(true)).fill("2025-06-01");
        page.getByLabel("Toelichting bij de stand").fill("verhuisd naar Luik");
        waitUntilSaved(page);
        assertThat(member(page, "Broer").locator("circle.status-DORMANT")).hasCount(1);

        JsonNode stored = storedMap(page);
        assertThat(placeOf(stored, "Mo")).isEqualTo("FRIEND/INNER");
        assertThat(placeOf(stored, "Lies")).isEqualTo("NEIGHBOUR/MIDDLE");
        assertThat(placeOf(stored, "Bakker")).isEqualTo("ACQUAINTANCE/OUTER");
        assertThat(placeOf(stored, "Karel")).isEqualTo("COLLEAGUE_OR_SCHOOL/OUTER");
        assertThat(placeOf(stored, "Zus")).isEqualTo("FAMILY/INNER");
        for (String dragged : List.of("Mo", "Lies", "Bakker")) {
            assertThat(memberNamed(stored, dragged).get("angle").isNumber())
                    .as(dragged + " keeps its angle")
                    .isTrue();
        }
        assertThat(ties(stored)).containsExactlyInAnyOrder(Set.of("Zus", "Karel"), Set.of("Mo", "Lies"));
        assertThat(memberNamed(stored, "Zus").get("support").get("AFFECTIVE").asString())
                .isEqualTo("BOTH");
        assertThat(memberNamed(stored, "Mo").get("support").get("CONNECTING").asString())
                .isEqualTo("RECEIVES");
        JsonNode broer = memberNamed(stored, "Broer");
        assertThat(broer.get("status").asString()).isEqualTo("DORMANT");
        assertThat(broer.get("statusSince").asString()).isEqualTo("2025-06-01");
        assertThat(broer.get("statusNote").asString()).isEqualTo("verhuisd naar Luik");

        // the list view shows the same members, with what the map shows
        List<String> listed = page.locator("#member-list tbody th").allTextContents();
        Set<String> storedNames = new HashSet<>();
        stored.get("members").forEach(m -> storedNames.add(m.get("name").asString()));
        assertThat(new HashSet<>(listed)).isEqualTo(storedNames).hasSize(8);
        assertThat(row(page, broer)).containsText("slapend, sinds 2025-06-01: verhuisd naar Luik");
        assertThat(row(page, memberNamed(stored, "Zus"))).containsText("Emotionele steun (over en weer)");
        assertThat(row(page, memberNamed(stored, "Zus"))).containsText("Karel");
        Browsers.assertAccessible(page);
        page.setViewportSize(360, 800);
        Browsers.assertAccessible(page);
        page.setViewportSize(1280, 1300);

        // the analysis, in plain words with the names, and the figures
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Analyse"))
                .click();
        assertThat(page.locator("#attention")).containsText("Broer");
        assertThat(page.locator("#figures tr", new Page.LocatorOptions().setHasText("Actieve netwerkleden"))
                        .first())
                .containsText("7");
        assertThat(page.locator("main"))
                .not()
                .containsText(memberNamed(stored, "Broer").get("id").asString());
        Browsers.assertAccessible(page);

        // a snapshot, a change, another snapshot, and the two compared
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Versies"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Momentopname maken"))
                .click();
        assertThat(page.getByText("Momentopname bewaard.")).isVisible();
        Browsers.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kaart tekenen"))
                .click();
        page.waitForURL("**/participants/" + participant + "/map");
        waitUntilReady(page);
        drag(page, "Lies", "NEIGHBOUR", "INNER");
        open(page, "Lies");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Praktische hulp"))
                .click();
        open(page, "Voetbalclub");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Van de kaart halen"))
                .click();
        waitUntilSaved(page);
        assertThat(page.locator("#member-list tbody tr")).hasCount(7);

        clock.advance(Duration.ofMinutes(1)); // within the session: its idle limit runs on this clock too
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Versies"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Momentopname maken"))
                .click();
        assertThat(page.locator("#versions tbody tr")).hasCount(2);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vergelijken"))
                .click();
        assertThat(page.locator("#removed")).containsText("Voetbalclub");
        assertThat(page.locator("#moved")).containsText("Lies: van dichtbij naar heel dichtbij");
        assertThat(page.locator("#gained")).containsText("Lies: Praktische hulp (krijgt)");
        Locator active = page.locator(
                        "#compared-figures tr", new Page.LocatorOptions().setHasText("Actieve netwerkleden"))
                .first();
        assertThat(active.locator("td").nth(0)).hasText("7");
        assertThat(active.locator("td").nth(1)).hasText("6");
        Browsers.assertAccessible(page);

        // the printable map, in the participant's language (French is the first of theirs Brugwerk speaks)
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Afdrukken"))
                .click();
        page.waitForURL("**/map/print");
        assertThat(page.getByLabel("Taal van de afdruk")).hasValue("fr");
        assertThat(page.locator("#printed-heading")).hasText(name + " : le réseau");
        assertThat(page.locator(".printable")).hasAttribute("lang", "fr");
        assertThat(page.locator("#print-map #map-members g.member")).hasCount(7);
        assertThat(page.locator("#printed-members")).containsText("Lies");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afdrukken")))
                .isVisible();
        Browsers.assertAccessible(page);
    }

    @Test
    void aPrintLeavesOutValenceHarmAndNotesUnlessTheCoachTicksThem() {
        Page page = signedIn(coach, 1280, 1000);
        UUID harmful = UUID.randomUUID();
        String map = """
                {"version":0,"members":[
                 {"id":"%s","name":"Oom","category":"FAMILY","ring":"OUTER","frequency":"RARELY","valence":"HARMFUL",
                  "status":"ACTIVE","capitalType":"BONDING","level":"CITY","lightTie":false,"note":"drinkt veel"},
                 {"id":"%s","name":"Buurvrouw","category":"NEIGHBOUR","ring":"MIDDLE","frequency":"WEEKLY",
                  "valence":"SUPPORTIVE","status":"ACTIVE","capitalType":"BRIDGING","level":"NEIGHBOURHOOD",
                  "lightTie":true,"support":{"CONNECTING":"BOTH"}}],"ties":[]}""".formatted(harmful, UUID.randomUUID());
        page.navigate("/participants/" + participant + "/map");
        waitUntilReady(page);
        assertThat(put(page, map)).isEqualTo(200);

        page.navigate("/participants/" + participant + "/map/print?language=nl");
        page.waitForFunction("() => document.getElementById('print-map').dataset.ready === 'true'");
        assertThat(page.locator("#print-map g.member")).hasCount(2);
        assertThat(page.locator("#print-map .harm-mark")).hasCount(0);
        assertThat(page.locator("#print-map .valence-HARMFUL")).hasCount(0);
        assertThat(page.locator(".printable")).not().containsText("drinkt veel");
        assertThat(page.locator(".printable")).not().containsText("schadelijk");
        assertThat(page.locator("#printed-heading")).hasText("Het netwerk van " + name);
        Browsers.assertAccessible(page);

        page.getByLabel("Hoe relaties voelen (ook schadelijke)").check();
        page.getByLabel("Notities").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon de afdruk"))
                .click();
        page.waitForURL("**valence=true**");
        page.waitForFunction("() => document.getElementById('print-map').dataset.ready === 'true'");
        assertThat(page.locator("#print-map .harm-mark")).hasCount(1);
        assertThat(page.locator(".printable")).containsText("drinkt veel");
        assertThat(page.locator("#printed-members")).containsText("schadelijk");
        assertThat(page.getByLabel("Taal van de afdruk")).hasValue("nl");
        Browsers.assertAccessible(page);

        // signals for staff only (comparisons with reference figures) are never printed
        assertThat(page.locator(".printable")).not().containsText("rijk netwerk");
    }

    @Test
    void aCoachReadsAndTypesTheLabelOfATieByKeyboard() {
        Page page = signedIn(coach, 1280, 1000);
        UUID sister = UUID.randomUUID();
        UUID neighbour = UUID.randomUUID();
        String map = """
                {"version":0,"members":[
                 {"id":"%s","name":"Zus","category":"FAMILY","ring":"INNER","frequency":"WEEKLY","valence":"SUPPORTIVE",
                  "status":"ACTIVE","capitalType":"BONDING","level":"CITY","lightTie":false},
                 {"id":"%s","name":"Buur","category":"NEIGHBOUR","ring":"MIDDLE","frequency":"WEEKLY",
                  "valence":"SUPPORTIVE","status":"ACTIVE","capitalType":"BRIDGING","level":"NEIGHBOURHOOD",
                  "lightTie":true}],
                 "ties":[{"first":"%s","second":"%s","label":"knows"}]}""".formatted(sister, neighbour, sister, neighbour);
        page.navigate("/participants/" + participant + "/map");
        waitUntilReady(page);
        assertThat(put(page, map)).isEqualTo(200);
        page.reload();
        waitUntilReady(page);
        // the list of members shows each tie with its label, as an import from Network Canvas leaves it
        assertThat(page.locator("#member-list tbody tr[data-id=\"" + sister + "\"]"))
                .containsText("Buur (knows)");

        member(page, "Zus").focus();
        page.keyboard().press("Enter");
        Locator label = page.getByLabel("Label van de band met Buur");
        assertThat(label).hasValue("knows");
        label.focus();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("familie, buren");
        assertThat(label).isFocused(); // typing keeps the field and its cursor
        waitUntilSaved(page);
        Browsers.assertAccessible(page);

        JsonNode stored = storedMap(page);
        assertThat(stored.get("ties")).hasSize(1);
        assertThat(stored.get("ties").get(0).get("label").asString()).isEqualTo("familie, buren");
        assertThat(page.locator("#member-list tbody tr[data-id=\"" + neighbour + "\"]"))
                .containsText("Zus (familie, buren)");

        label.fill("");
        waitUntilSaved(page);
        assertThat(storedMap(page).get("ties").get(0).hasNonNull("label"))
                .as("an emptied label is none")
                .isFalse();
    }

    @Test
    void aStaleEditIsRefusedWithWhoChangedTheMapAndKeepsWhatWasTyped() {
        Page coachPage = signedIn(coach, 1280, 1000);
        Page coordinatorPage = signedIn(coordinator, 1280, 1000);
        for (Page page : List.of(coachPage, coordinatorPage)) {
            page.navigate("/participants/" + participant + "/map");
            waitUntilReady(page);
        }
        add(coachPage, "Anna", "Vrienden", "dichtbij");
        waitUntilSaved(coachPage);

        add(coordinatorPage, "Ben", "Buren", "verder weg");
        Locator conflict = coordinatorPage.locator("#conflict");
        assertThat(conflict).isVisible();
        assertThat(conflict).containsText("Niet bewaard: Test VOLUNTEER_COACH heeft deze kaart intussen gewijzigd");
        assertThat(coordinatorPage.locator("#member-list tbody")).containsText("Ben");
        Browsers.assertAccessible(coordinatorPage);
        assertThat(names(storedMap(coordinatorPage))).containsExactly("Anna");

        coordinatorPage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwste kaart laden"))
                .click();
        assertThat(conflict).isHidden();
        assertThat(coordinatorPage.locator("#member-list tbody th")).hasText(new String[] {"Anna"});
        add(coordinatorPage, "Ben", "Buren", "verder weg");
        waitUntilSaved(coordinatorPage);
        assertThat(names(storedMap(coordinatorPage))).containsExactlyInAnyOrder("Anna", "Ben");
    }

    private Page signedIn(Account account, int width, int height) {
        BrowserContext context = Browsers.chromium()
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL("http://localhost:" + port)
                        .setLocale("nl-BE")
                        .setViewportSize(width, height)
                        .setHasTouch(true));
        contexts.add(context);
        Page page = context.newPage();
        Browsers.signIn(page, account.email());
        return page;
    }

    private static void waitUntilReady(Page page) {
        page.waitForFunction("() => document.getElementById('map-editor').dataset.ready === 'true'");
    }

    private static void waitUntilSaved(Page page) {
        page.waitForFunction("() => document.getElementById('map-editor').dataset.saved === 'true'");
    }

    private static void add(Page page, String member, String category, String ring) {
        page.locator("#add-name").fill(member);
        page.locator("#add-category").selectOption(new SelectOption().setLabel(category));
        page.locator("#add-ring").selectOption(new SelectOption().setLabel(ring));
        page.locator("#add-member button[type=submit]").click();
        assertThat(page.locator("#member-list tbody")).containsText(member);
    }

    private static Locator member(Page page, String member) {
        return page.locator("#map-members g.member[aria-label^=\"" + member + ":\"]");
    }

    private static Locator row(Page page, JsonNode member) {
        return page.locator(
                "#member-list tbody tr[data-id=\"" + member.get("id").asString() + "\"]");
    }

    private static void open(Page page, String member) {
        member(page, member).click();
        assertThat(page.locator("#details-heading")).hasText("Details van " + member);
    }

    /** Drags a member with the mouse to the middle of a sector on a ring. */
    private static void drag(Page page, String member, String category, String ring) {
        double[] from = centreOf(page, member);
        double[] to = screenPoint(page, category, ring);
        page.mouse().move(from[0], from[1]);
        page.mouse().down();
        page.mouse().move(to[0], to[1], new Mouse.MoveOptions().setSteps(12));
        page.mouse().up();
        assertThat(page.locator("#announcer")).containsText(member + " staat nu bij");
    }

    /** The same with a finger: real touch input through the browser's DevTools protocol, as a phone sends it. */
    private static void dragByTouch(Page page, String member, String category, String ring) {
        double[] from = centreOf(page, member);
        double[] to = screenPoint(page, category, ring);
        CDPSession devTools = page.context().newCDPSession(page);
        touch(devTools, "touchStart", from[0], from[1]);
        for (int step = 1; step <= 12; step++) {
            touch(
                    devTools,
                    "touchMove",
                    from[0] + (to[0] - from[0]) * step / 12,
                    from[1] + (to[1] - from[1]) * step / 12);
        }
        JsonObject end = new JsonObject();
        end.addProperty("type", "touchEnd");
        end.add("touchPoints", new JsonArray());
        devTools.send("Input.dispatchTouchEvent", end);
        devTools.detach();
        assertThat(page.locator("#announcer")).containsText(member + " staat nu bij");
    }

    private static void touch(CDPSession devTools, String type, double x, double y) {
        JsonObject point = new JsonObject();
        point.addProperty("x", x);
        point.addProperty("y", y);
        JsonArray points = new JsonArray();
        points.add(point);
        JsonObject event = new JsonObject();
        event.addProperty("type", type);
        event.add("touchPoints", points);
        devTools.send("Input.dispatchTouchEvent", event);
    }

    private static double[] centreOf(Page page, String member) {
        page.locator("#map-svg").scrollIntoViewIfNeeded();
        var box = member(page, member).locator("circle").first().boundingBox();
        return new double[] {box.x + box.width / 2, box.y + box.height / 2};
    }

    /** Where the middle of a sector on a ring is on the screen. */
    private static double[] screenPoint(Page page, String category, String ring) {
        double angle = Math.toRadians(CATEGORIES.indexOf(category) * 360.0 / 7 + 360.0 / 14);
        double radius = RING_RADIUS.get(ring);
        @SuppressWarnings("unchecked")
        List<Number> target =
                (List<Number>) page.evaluate("""
                ([x, y]) => { const svg = document.getElementById('map-svg'); const p = svg.createSVGPoint();
                  p.x = x; p.y = y; const s = p.matrixTransform(svg.getScreenCTM()); return [s.x, s.y]; }""", List.of(radius * Math.sin(angle), -radius * Math.cos(angle)));
        return new double[] {target.get(0).doubleValue(), target.get(1).doubleValue()};
    }

    private JsonNode storedMap(Page page) {
        return json.readTree(page.context()
                .request()
                .get("/api/v1/participants/" + participant + "/map")
                .text());
    }

    private static int put(Page page, String map) {
        String token = (String) page.evaluate("() => document.querySelector('meta[name=_csrf]').content");
        return page.context()
                .request()
                .put(
                        "/api/v1/participants/"
                                + page.url().split("/participants/")[1].split("/")[0] + "/map",
                        RequestOptions.create()
                                .setHeader("Content-Type", "application/json")
                                .setHeader("X-CSRF-TOKEN", token)
                                .setData(map))
                .status();
    }

    private static JsonNode memberNamed(JsonNode map, String name) {
        for (JsonNode member : map.get("members")) {
            if (member.get("name").asString().equals(name)) {
                return member;
            }
        }
        throw new AssertionError("no member " + name);
    }

    private static String placeOf(JsonNode map, String name) {
        JsonNode member = memberNamed(map, name);
        return member.get("category").asString() + "/" + member.get("ring").asString();
    }

    private static List<String> names(JsonNode map) {
        List<String> names = new ArrayList<>();
        map.get("members").forEach(m -> names.add(m.get("name").asString()));
        return names;
    }

    private static List<Set<String>> ties(JsonNode map) {
        Map<String, String> byId = new java.util.HashMap<>();
        map.get("members")
                .forEach(m -> byId.put(m.get("id").asString(), m.get("name").asString()));
        List<Set<String>> ties = new ArrayList<>();
        map.get("ties")
                .forEach(t -> ties.add(Set.of(
                        byId.get(t.get("first").asString()),
                        byId.get(t.get("second").asString()))));
        return ties;
    }
}

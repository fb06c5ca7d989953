package be.brugwerk.network.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.network.exchange.NetworkCanvasExports;
import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coach imports a map file in a real browser: chooses it, sees what the import would change, confirms; a file
 * that cannot be read is refused with the line at fault and nothing changes. Every page is checked with axe-core.
 */
@FullStackTest
class MapExchangeBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    BrowserContext context;
    Account coach;
    WebSession api;
    UUID participant;

    @BeforeEach
    void aCoachWithAMap() {
        CoachedParticipants given = CoachedParticipants.in(accounts, port, "Exchange browser");
        coach = given.coach();
        api = given.coachSession();
        participant = given.participant();
        assertThat(api.sendJson("PUT", mapPath(), """
                {"version":0,"members":[
                  {"id":"%s","name":"Zus","category":"FAMILY","ring":"INNER","frequency":"WEEKLY",
                   "valence":"SUPPORTIVE","status":"ACTIVE","capitalType":"BONDING","level":"CITY","lightTie":false},
                  {"id":"%s","name":"Buurman","category":"NEIGHBOUR","ring":"OUTER","frequency":"DAILY",
                   "valence":"SUPPORTIVE","status":"DORMANT","capitalType":"BRIDGING","level":"NEIGHBOURHOOD",
                   "lightTie":false}],
                 "ties":[]}""".formatted(UUID.randomUUID(), UUID.randomUUID()))
                        .statusCode())
                .isEqualTo(200);
        context = Browsers.chromium()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setBaseURL("http://localhost:" + port)
                        .setLocale("nl-BE")
                        .setViewportSize(360, 800));
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aCoachPreviewsAndImportsAFileAndIsToldWhichLineIsWrong() {
        String graphml =
                new String(api.download(mapPath() + "/export?format=graphml").body(), StandardCharsets.UTF_8);
        Page page = context.newPage();
        signIn(page);
        page.navigate("/participants/" + participant + "/map/exchange");
        Browsers.assertAccessible(page);
        assertThat(page.locator("#exports a")).hasCount(3);

        page.getByLabel("Bestand", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload(
                        "kaart.graphml",
                        "application/graphml+xml",
                        graphml.replace(">OUTER<", ">MIDDLE<").getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijk wat er verandert"))
                .click();

        assertThat(page.locator("#preview")).containsText("kaart.graphml");
        assertThat(page.locator("#preview dd").first()).hasText("2");
        Browsers.assertAccessible(page);
        assertThat(api.getJson(mapPath()).body()).as("a preview stores nothing").contains("\"OUTER\"");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeren"))
                .click();

        assertThat(page.locator("p[role=status]")).containsText("De kaart is geïmporteerd");
        Browsers.assertAccessible(page);
        assertThat(api.getJson(mapPath()).body()).contains("\"MIDDLE\"").doesNotContain("\"OUTER\"");
        assertThat(api.getJson(mapPath() + "/versions").body()).contains("IMPORT");

        String before = api.getJson(mapPath()).body();
        page.getByLabel("Bestand", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload(
                        "kaart.graphml",
                        "application/graphml+xml",
                        graphml.replace(">INNER<", ">HIGH<").getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijk wat er verandert"))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Het bestand kan niet gelezen worden");
        assertThat(page.locator("#error-detail")).containsText("ring: onbekende waarde „HIGH”");
        assertThat(page.locator("#preview")).hasCount(0);
        Browsers.assertAccessible(page);
        assertThat(api.getJson(mapPath()).body()).isEqualTo(before);
    }

    @Test
    void aCoachImportsOneInterviewOfANetworkCanvasExportWithAMapping() {
        Page page = context.newPage();
        signIn(page);
        page.navigate("/participants/" + participant + "/map/exchange");
        page.getByLabel("Bestand", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload("study.zip", "application/zip", NetworkCanvasExports.csvZip()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijk wat er verandert"))
                .click();

        assertThat(page.locator("#nc-interviews tbody tr")).hasCount(2);
        assertThat(page.locator("#nc-interviews tbody tr").nth(0)).containsText("jan");
        assertThat(page.locator("#nc-interviews tbody tr").nth(0).locator("td").nth(3))
                .hasText("3");
        assertThat(page.locator("#nc-interviews tbody tr").nth(0).locator("td").nth(2))
                .not()
                .hasText("–");
        assertThat(page.locator("#nc-interviews tbody tr").nth(1)).containsText("mia");
        assertThat(page.locator("#nc-interviews tbody tr").nth(1).locator("td").nth(3))
                .hasText("2");
        assertThat(page.locator("#nc-unused")).containsText("remark");
        Browsers.assertAccessible(page);

        page.getByLabel("Te importeren interview").selectOption(NetworkCanvasExports.MIA_SESSION);
        page.getByLabel("Kolom voor de contactfrequentie (standaard: maandelijks)")
                .selectOption("contact_freq");
        page.locator("#nc-frequencyValues").fill("Daily=DAILY; Weekly=WEEKLY");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Koppeling toepassen"))
                .click();

        assertThat(page.locator("#nc-unused")).not().containsText("contact_freq");
        assertThat(page.locator("#nc-ties")).containsText("Mo en Lea: knows");
        assertThat(page.locator("#nc-interview")).hasValue(NetworkCanvasExports.MIA_SESSION);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeren"))
                .click();

        assertThat(page.locator("p[role=status]")).containsText("De kaart is geïmporteerd");
        String map = api.getJson(mapPath()).body();
        assertThat(map).contains("\"Mo\"", "\"Lea\"", "\"DAILY\"", "\"WEEKLY\"").doesNotContain("Vermeulen");
        assertThat(NetworkCanvasImportIntegrationTests.JSON.readTree(map).get("ties"))
                .as("Mo and Lea's edge of type knows is their tie")
                .singleElement()
                .satisfies(tie -> assertThat(tie.get("label").asString()).isEqualTo("knows"));

        page.getByLabel("Bestand", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload("study.zip", "application/zip", NetworkCanvasExports.csvZip()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijk wat er verandert"))
                .click();
        page.getByLabel("Kolom met de naam van het netwerklid").selectOption("closeness");
        page.getByLabel("Kolom voor de cirkel (standaard: middelste cirkel)").selectOption("closeness");
        page.locator("#nc-ringValues").fill("close=INNER");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Koppeling toepassen"))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Het bestand kan niet gelezen worden");
        assertThat(page.locator("#error-detail"))
                .containsText("attributeList_Person.csv line 4: closeness: de waarde „far” is niet gekoppeld");
        assertThat(page.locator("#nc-ringValues")).hasValue("close=INNER");
        assertThat(api.getJson(mapPath()).body()).isEqualTo(map);
    }

    private void signIn(Page page) {
        Browsers.signIn(page, coach.email());
    }

    private String mapPath() {
        return "/api/v1/participants/" + participant + "/map";
    }
}

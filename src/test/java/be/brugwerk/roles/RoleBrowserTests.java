package be.brugwerk.roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * A coordinator works with valued roles on a phone (360 px) and on a laptop (1280 px): from the neighbourhood map's
 * actor to its roles; a role refused for the talent it does not name (the message beside the field, what was typed
 * kept, and the language links still working), then saved, and a second one; a file of needs refused for its third
 * line, then a good one; a matching run whose proposal's reasons add up to its score, with the km. And the role form
 * walked with the keyboard alone, including closing and reopening the role. No page scrolls sideways, and axe-core
 * checks every page opened.
 */
@FullStackTest
class RoleBrowserTests {

    static final String HEADER = "actor,title,talents,capacity,gains\r\n";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    final List<BrowserContext> contexts = new ArrayList<>();
    Account coordinator;
    String cafe;

    @BeforeEach
    void aCoordinatorARepairCafeAndAParticipantWhoSharesRepairs() {
        Browsers.chromium(); // skips before the data is made where no browser can start
        UUID organisation = accounts.organisation("Role browser organisation");
        coordinator = accounts.account(organisation, Role.COORDINATOR);
        Account volunteer = accounts.account(organisation, Role.VOLUNTEER_COACH);
        WebSession api = accounts.signedIn(coordinator);
        WebSession coach = accounts.signedIn(volunteer);
        cafe = JsonMapper.builder()
                .build()
                .readTree(
                        api.sendJson("POST", "/api/v1/neighbourhood/actors", RoleProposalsIntegrationTests.REPAIR_CAFE)
                                .body())
                .get("id")
                .asString();
        ApproachableParticipants.sharingRepairs(
                accounts, ownerDataSource, organisation, "Amina Browser", coordinator, volunteer, coach);
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {360, 1280})
    void aCoordinatorMakesTwoRolesImportsNeedsAndReadsWhyAMatch(int width) {
        Page page = signedInPage(width);
        assertThat(page.locator("#nav-roles")).hasAttribute("href", "/roles");
        page.navigate("/neighbourhood");
        Browsers.assertAccessibleOnce(page);
        page.locator("#roles-of-" + cafe).click();
        assertThat(page.locator("h1")).hasText("Rollen van Repair Café Rabot");
        assertThat(page.locator("#no-roles")).isVisible();
        Browsers.assertNoSidewaysScrolling(page, "an actor's roles at " + width + " px");
        Browsers.assertAccessible(page);

        page.locator("#add-role").click();
        Browsers.assertAccessible(page);
        page.locator("#title").fill("Helpen in het repaircafé");
        page.locator("#times").fill("zaterdag 10:00-13:00");
        page.locator("#capacity").fill("2");
        page.locator("#gains-LIGHT_TIES").check();
        page.locator("#save-role").click();

        assertThat(page.locator("#talents-error")).hasText("Kies minstens één talent dat de rol vraagt.");
        assertThat(page.locator("[data-error-summary]")).containsText("Kies minstens één talent");
        assertThat(page.locator("#title")).hasValue("Helpen in het repaircafé");
        assertThat(page.locator("#times")).hasValue("zaterdag 10:00-13:00");
        assertThat(page.locator("#gains-LIGHT_TIES")).isChecked();
        Browsers.assertNoSidewaysScrolling(page, "the role form with its error at " + width + " px");
        Browsers.assertAccessible(page);
        // the language links after a refusal show the same form in the other language
        page.locator("a[hreflang=en]").click();
        assertThat(page.locator("h1")).hasText("A new role at Repair Café Rabot");
        Browsers.assertAccessible(page);
        page.locator("a[hreflang=nl]").click();
        assertThat(page.locator("h1")).hasText("Een nieuwe rol bij Repair Café Rabot");

        page.locator("#title").fill("Helpen in het repaircafé");
        page.locator("#capacity").fill("2");
        page.locator("#talents-REPAIRS").check();
        page.locator("#gains-LIGHT_TIES").check();
        page.locator("#save-role").click();
        assertThat(page.locator("p.message[role=status]")).hasText("De rol is bewaard.");

        page.locator("#add-role").click();
        page.locator("#title").fill("Een kok voor de buurtmaaltijd");
        page.locator("#capacity").fill("4");
        page.locator("#collective").check();
        page.locator("#talents-COOKING").check();
        page.locator("#gains-LEARNING").check();
        page.locator("#learning-COOKING").check();
        page.locator("#save-role").click();
        assertThat(page.locator("#roles tbody tr")).hasCount(2);
        assertThat(page.locator("#roles")).containsText("0 van 4 opgenomen");
        Browsers.assertNoSidewaysScrolling(page, "an actor's two roles at " + width + " px");
        Browsers.assertAccessible(page);

        page.locator("#roles-import-link").click();
        Browsers.assertAccessible(page);
        upload(
                page,
                HEADER + "Repair Café Rabot,Voorlezen,STORYTELLING,1,VALUED_ROLE\r\n"
                        + "Repair Café Rabot,Tuinieren,GARDENING,zestig,LIGHT_TIES\r\n");
        assertThat(page.locator("#file-error")).containsText("Regel 3, kolom capacity");
        Browsers.assertNoSidewaysScrolling(page, "the refused import at " + width + " px");
        Browsers.assertAccessible(page);
        upload(
                page,
                HEADER + "Repair Café Rabot,Voorlezen,STORYTELLING,1,VALUED_ROLE\r\n"
                        + "Repair Café Rabot,Tuinieren,GARDENING,3,LIGHT_TIES\r\n");
        assertThat(page.locator("#imported")).hasText("2 rollen gemaakt.");

        page.locator("#proposals-link").click();
        Browsers.assertAccessible(page);
        page.locator("#run-matching").click();
        Locator proposal = page.locator("#proposal-0");
        assertThat(proposal.locator("h2")).hasText("Amina Browser voor Helpen in het repaircafé bij Repair Café Rabot");
        assertThat(proposal).containsText("Wil 1 van de 1 gevraagde talenten delen: herstellen en klussen");
        assertThat(proposal.locator(".distance")).containsText("km van de dichtstbijzijnde eigen plek");
        // points in Dutch, with a decimal comma
        BigDecimal sum = proposal.locator("tbody .points").allTextContents().stream()
                .map(RoleBrowserTests::dutchNumber)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum)
                .isEqualByComparingTo(dutchNumber(proposal.locator(".total").textContent()));
        assertThat(sum).isPositive();
        Browsers.assertNoSidewaysScrolling(page, "the matching run at " + width + " px");
        Browsers.assertAccessible(page);
    }

    @Test
    void aCoordinatorFillsInTheRoleFormAndClosesTheRoleWithTheKeyboardAlone() {
        Page page = signedInPage(1280);
        page.navigate("/roles/actors/" + cafe);
        Browsers.assertAccessibleOnce(page);
        page.locator("#add-role").focus();
        page.keyboard().press("Enter");
        page.waitForURL("**/new");
        Browsers.assertAccessibleOnce(page);

        page.locator("#title").focus();
        page.keyboard().type("Helpen in het repaircafé");
        page.keyboard().press("Tab");
        assertThat(focusedId(page)).isEqualTo("description");
        tabTo(page, "capacity");
        page.keyboard().press("Control+A");
        page.keyboard().type("2");
        tabTo(page, "talents-REPAIRS");
        page.keyboard().press("Space");
        tabTo(page, "save-role");
        page.keyboard().press("Enter");

        // refused for what it gives: the focus is on the summary, whose link leads to the first choice
        assertThat(page.locator("#gains-error")).isVisible();
        assertThat((Boolean) page.evaluate("() => document.activeElement.hasAttribute('data-error-summary')"))
                .isTrue();
        assertThat(page.locator("#talents-REPAIRS")).isChecked();
        Browsers.assertAccessibleOnce(page);
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(focusedId(page)).isEqualTo("gains-VALUED_ROLE");
        page.keyboard().press("Space");
        tabTo(page, "save-role");
        page.keyboard().press("Enter");

        assertThat(page.locator("p.message[role=status]")).hasText("De rol is bewaard.");
        Locator row = page.locator("#roles tbody tr");
        assertThat(row.locator(".status")).hasText("nog open");
        tabTo(page, row.locator("button").getAttribute("id"));
        page.keyboard().press("Enter");
        assertThat(page.locator("p.message[role=status]")).hasText("De rol is afgesloten: ze neemt niemand meer op.");
        assertThat(row.locator(".status")).hasText("gesloten");
        tabTo(page, row.locator("button").getAttribute("id"));
        page.keyboard().press("Enter");
        assertThat(row.locator(".status")).hasText("nog open");
        Browsers.assertAccessibleOnce(page);
    }

    /** Presses Tab until the element of this id has the focus (at most 120 times, or the walk is broken). */
    private static void tabTo(Page page, String id) {
        for (int i = 0; i < 120 && !id.equals(focusedId(page)); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(focusedId(page)).as("reached by Tab").isEqualTo(id);
    }

    static BigDecimal dutchNumber(String shown) {
        assertThat(shown).matches("\\d+,\\d{3}");
        return new BigDecimal(shown.replace(',', '.'));
    }

    private static String focusedId(Page page) {
        return (String) page.evaluate("() => document.activeElement.id");
    }

    private static void upload(Page page, String csv) {
        page.locator("#file")
                .setInputFiles(new FilePayload("needs.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.locator("#import-needs").click();
    }

    private Page signedInPage(int width) {
        BrowserContext context = Browsers.window(port, width);
        contexts.add(context);
        return Browsers.signIn(context.newPage(), coordinator.email());
    }
}

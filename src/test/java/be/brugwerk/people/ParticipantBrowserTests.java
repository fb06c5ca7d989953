package be.brugwerk.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.system.Role;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What people do, in a real browser: a coordinator registers a participant and assigns a volunteer coach; the
 * coach sees only that participant; a coach of another organisation sees nothing of it. Every page is checked
 * with axe-core.
 */
@FullStackTest
class ParticipantBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    BrowserContext context;
    Account coordinator;
    Account coach;
    Account otherCoach;
    String name;

    @BeforeEach
    void twoOrganisations() {
        UUID organisation = accounts.organisation("Browser organisation");
        coordinator = accounts.account(organisation, Role.COORDINATOR);
        coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        accounts.account(organisation, Role.PROFESSIONAL);
        otherCoach = accounts.account(accounts.organisation("Browser other"), Role.VOLUNTEER_COACH);
        name = "Amina " + UUID.randomUUID().toString().substring(0, 6);
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
    void aCoordinatorRegistersAndAssignsAndOnlyThatCoachSeesTheParticipant() {
        Page page = context.newPage();
        signIn(page, coordinator);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Deelnemers"))
                .first()
                .click();
        Browsers.assertAccessible(page);
        page.getByText("Deelnemer inschrijven").click();
        Browsers.assertAccessible(page);

        page.getByLabel("Naam of schuilnaam").fill(name);
        page.getByLabel("Geboortejaar").fill("twintig");
        page.getByLabel("Gemeente").fill("Mechelen");
        page.getByLabel("Gegevens verwerken om samen aan het netwerk te werken").check();
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Inschrijven"))
                .click();
        assertThat(page.getByText("Vul een geboortejaar in zoals 1975.")).isVisible();
        assertThat(page.getByLabel("Gemeente")).hasValue("Mechelen");
        Browsers.assertAccessible(page);

        page.getByLabel("Geboortejaar").fill("1990");
        page.getByLabel("Gegevens delen met een vrijwillige netwerkcoach").check();
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Inschrijven"))
                .click();
        assertThat(page.getByRole(
                        com.microsoft.playwright.options.AriaRole.HEADING, new Page.GetByRoleOptions().setName(name)))
                .isVisible();
        String participantUrl = page.url();
        Browsers.assertAccessible(page);

        page.getByLabel("Begeleider toewijzen")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("Test VOLUNTEER_COACH (vrijwillige netwerkcoach)"));
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Toewijzen"))
                .click();
        assertThat(page.locator("#caseload")).containsText("Test VOLUNTEER_COACH");
        Browsers.assertAccessible(page);
        signOut(page);

        Page coachPage = context.newPage();
        signInWithTheKeyboardOnly(coachPage, coach);
        tabTo(coachPage, "Deelnemers");
        coachPage.keyboard().press("Enter");
        coachPage.waitForURL("**/participants");
        assertThat(coachPage.locator("#participants tbody tr")).hasCount(1);
        tabTo(coachPage, name);
        coachPage.keyboard().press("Enter");
        coachPage.waitForURL(participantUrl);
        assertThat(coachPage.getByText("Mechelen")).isVisible();
        Browsers.assertAccessible(coachPage);
        signOut(coachPage);

        Page strangerPage = context.newPage();
        signIn(strangerPage, otherCoach);
        strangerPage.navigate("/participants?q=" + name.substring(0, 5));
        assertThat(strangerPage.getByText(name)).hasCount(0);
        Browsers.assertAccessible(strangerPage);
        Response byId = strangerPage.navigate(participantUrl);
        assertThat(byId.status()).isEqualTo(404);
        assertThat(strangerPage.getByText("Niet gevonden")).isVisible();
        Browsers.assertAccessible(strangerPage);
        Response api = strangerPage.navigate(participantUrl.replace("/participants/", "/api/v1/participants/"));
        assertThat(api.status()).isEqualTo(404);
        Response list = strangerPage.navigate("/api/v1/participants");
        assertThat(list.text()).doesNotContain(name);
    }

    /**
     * The list follows what is typed without the page being loaded again (htmx swaps the results in), the address
     * follows the search so a reload shows the same list, and a screen reader hears how many were found.
     */
    @Test
    void theListFollowsTheSearchAsItIsTyped() {
        String family = "Kastanje" + UUID.randomUUID().toString().substring(0, 4);
        for (String given : java.util.List.of("Anna", "Bert")) {
            accounts.consentedParticipant(coordinator.organisation(), given + " " + family, "{}", coordinator);
        }
        accounts.consentedParticipant(coordinator.organisation(), "Chris Linde", "{}", coordinator);
        Page page = context.newPage();
        signIn(page, coordinator);
        page.navigate("/participants");
        assertThat(page.locator("#participants tbody tr")).hasCount(3);
        page.evaluate("() => { window.notReloaded = true; }");

        page.getByLabel("Zoeken op naam of gemeente").pressSequentially(family.substring(0, 10));

        assertThat(page.locator("#participants tbody tr")).hasCount(2);
        assertThat(page.locator("#participants")).not().containsText("Chris Linde");
        assertThat(page.locator("#participant-status")).hasText("2 deelnemers gevonden op deze pagina");
        assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);
        assertThat(page.url()).contains("q=" + family.substring(0, 10));
        Browsers.assertAccessible(page);
        page.reload();
        assertThat(page.locator("#participants tbody tr")).hasCount(2);
        assertThat(page.getByLabel("Zoeken op naam of gemeente")).hasValue(family.substring(0, 10));
    }

    private void signIn(Page page, Account account) {
        page.navigate("/login");
        Browsers.assertAccessible(page);
        page.getByLabel("E-mailadres").fill(account.email());
        page.getByLabel("Wachtwoord").fill(TestAccounts.PASSWORD);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Aanmelden"))
                .click();
        page.waitForURL("**/");
        Browsers.assertAccessible(page);
    }

    private void signInWithTheKeyboardOnly(Page page, Account account) {
        page.navigate("/login");
        Browsers.assertAccessible(page);
        // the e-mail field has focus on arrival
        page.keyboard().type(account.email());
        page.keyboard().press("Tab");
        page.keyboard().type(TestAccounts.PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL("**/");
        Browsers.assertAccessible(page);
    }

    /** Presses Tab until the focused element shows the given text, as a keyboard user would. */
    private static void tabTo(Page page, String text) {
        for (int press = 0; press < 40; press++) {
            page.keyboard().press("Tab");
            Object focused = page.evaluate("() => document.activeElement && document.activeElement.textContent.trim()");
            if (text.equals(focused)) {
                return;
            }
        }
        throw new AssertionError("no focusable element with text " + text);
    }

    private static void signOut(Page page) {
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Afmelden"))
                .click();
        page.waitForURL("**/login?signedOut");
        Browsers.assertAccessibleOnce(page);
    }
}

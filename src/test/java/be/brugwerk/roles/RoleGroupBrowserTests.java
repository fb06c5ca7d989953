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
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * A coordinator on a phone (360 px) proposes a collective role to two participants at once from the role's group page:
 * first with nobody ticked (the message beside the list), then both; the group's page and a member's taking page then
 * say how far the group is. No page scrolls sideways, and axe-core checks every page opened.
 */
@FullStackTest
class RoleGroupBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    final JsonMapper json = JsonMapper.builder().build();
    BrowserContext context;
    Account coordinator;
    String actor;
    String role;
    UUID amina;
    UUID bram;

    @BeforeEach
    void aCollectiveRoleAndTwoParticipants() {
        Browsers.chromium(); // skips before the data is made where no browser can start
        UUID organisation = accounts.organisation("Role group browser organisation");
        coordinator = accounts.account(organisation, Role.COORDINATOR);
        WebSession api = new WebSession(port);
        assertThat(api.signIn(coordinator.email(), TestAccounts.PASSWORD)).isTrue();
        actor = id(api.sendJson("POST", "/api/v1/neighbourhood/actors", """
                {"name":"Buurtkeuken","kind":"MEETING_PLACE","latitude":51.0600,"longitude":3.7100}"""));
        role = id(api.sendJson("POST", "/api/v1/neighbourhood/actors/" + actor + "/roles", """
                {"title":"Samen de buurtmaaltijd koken","talents":["COOKING"],"capacity":4,"collective":true,
                 "minimumGroup":3,"gains":["LIGHT_TIES"]}"""));
        amina = accounts.consentedParticipant(organisation, "Amina Groep", "{Nederlands}", coordinator);
        bram = accounts.consentedParticipant(organisation, "Bram Groep", "{Nederlands}", coordinator);
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aCoordinatorProposesACollectiveRoleToTwoParticipantsAtOnce() {
        context = Browsers.window(port, 360);
        Page page = Browsers.signIn(context.newPage(), coordinator.email());
        page.navigate("/roles/actors/" + actor);
        Browsers.assertAccessibleOnce(page);
        page.locator("#group-" + role).click();
        assertThat(page.locator("h1")).hasText("De groep die Samen de buurtmaaltijd koken opneemt");
        assertThat(page.locator("#group-minimum")).hasText("3");
        assertThat(page.locator("#no-members")).isVisible();
        Browsers.assertNoSidewaysScrolling(page, "a role's group at 360 px");
        Browsers.assertAccessible(page);

        page.locator("#propose").click();
        assertThat(page.locator("#participants-error")).hasText("Kies minstens één deelnemer.");
        Browsers.assertAccessible(page);

        page.locator("#participant-" + amina).check();
        page.locator("#participant-" + bram).check();
        page.locator("#propose").click();
        assertThat(page.locator("[role=status]")).hasText("De rol is voorgesteld aan elke deelnemer die je aanvinkte.");
        assertThat(page.locator("#members tbody tr")).hasCount(2);
        assertThat(page.locator("#group-state"))
                .hasText("De groep is nog niet volledig: 0 van minstens 3 gingen akkoord. Haar leden beginnen samen"
                        + " zodra ze volledig is.");
        Browsers.assertAccessible(page);

        page.locator("#members tbody a").first().click();
        assertThat(page.locator("#taking-group-state")).containsText("0 van minstens 3");
        Browsers.assertNoSidewaysScrolling(page, "a taking of a collective role at 360 px");
        Browsers.assertAccessible(page);
    }

    private String id(HttpResponse<String> made) {
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return json.readTree(made.body()).get("id").asString();
    }
}

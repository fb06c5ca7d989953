package be.brugwerk.roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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

    BrowserContext context;
    CollectiveRoleGroup group;
    Account coordinator;
    String actor;
    String role;
    UUID amina;
    UUID bram;

    @BeforeEach
    void aCollectiveRoleAndTwoParticipants() {
        Browsers.chromium(); // skips before the data is made where no browser can start
        group = CollectiveRoleGroup.made(accounts, port, "Role group browser organisation");
        coordinator = group.coordinator();
        actor = group.actor();
        role = group.role();
        amina = group.amina();
        bram = group.bram();
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
}

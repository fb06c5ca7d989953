package be.brugwerk.roles;

import static be.brugwerk.support.Keyboard.focusedId;
import static be.brugwerk.support.Keyboard.shiftTabTo;
import static be.brugwerk.support.Keyboard.stopsInMain;
import static be.brugwerk.support.Keyboard.tabTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coordinator proposes a collective role to two participants from the role's group page with the keyboard alone
 * (Tab, Shift+Tab, Enter, Space and typing; no mouse), on a wide screen (1280 px) and on a phone (360 px): the skip
 * link leads to the main content, whose stops come in the order they are read, each with a focus ring; proposing with
 * nobody ticked brings the focus to the message, whose link leads to the first tick; a search by name narrows the
 * list; a proposal refused because the role was closed meanwhile brings the focus to its reason; then both ticked with
 * Space are proposed to. Axe checks every state.
 */
@FullStackTest
class RoleGroupKeyboardBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    BrowserContext context;
    CollectiveRoleGroup group;

    @BeforeEach
    void aCollectiveRoleAndTwoParticipants() {
        Browsers.chromium(); // skips before the data is made where no browser can start
        group = CollectiveRoleGroup.made(accounts, port, "Role group keyboard organisation");
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 360})
    void aCoordinatorProposesACollectiveRoleToTwoParticipantsWithTheKeyboardAlone(int width) {
        context = Browsers.window(port, width);
        Page page = Browsers.signIn(context.newPage(), group.coordinator().email());
        String actor = group.actor();
        String role = group.role();
        String amina = "participant-" + group.amina();
        String bram = "participant-" + group.bram();

        // from the actor's roles to the role's group
        page.navigate("/roles/actors/" + actor);
        Browsers.assertAccessibleOnce(page);
        tabTo(page, "group-" + role);
        page.keyboard().press("Enter");
        page.waitForURL("**/roles/" + role + "/group");
        assertThat(page.locator("#no-members")).isVisible();
        Browsers.assertAccessible(page);
        assertThat(stopsInMain(page))
                .containsExactly(
                        "actor-roles-link", "participant-search", "participant-search-submit", amina, bram, "propose");

        // proposing with nobody ticked: the focus on the message, whose link leads to the first tick
        shiftTabTo(page, "propose");
        page.keyboard().press("Enter");
        assertThat(page.locator("#participants-error")).hasText("Kies minstens één deelnemer.");
        assertErrorSummaryFocused(page);
        Browsers.assertAccessible(page);
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(focusedId(page)).isEqualTo(amina);

        // a search by name, typed and sent with Enter
        shiftTabTo(page, "participant-search");
        page.keyboard().type("bram");
        page.keyboard().press("Enter");
        page.waitForURL("**/roles/" + role + "/group?q=bram");
        assertThat(page.locator("#participant-search")).hasValue("bram");
        assertThat(page.locator("#propose-form input[type=checkbox]")).hasCount(1);
        Browsers.assertAccessible(page);
        assertThat(stopsInMain(page))
                .containsExactly(
                        "actor-roles-link", "participant-search", "participant-search-submit", bram, "propose");

        // the role closed meanwhile: the reason has the focus, and there is no form left to send
        shiftTabTo(page, bram);
        page.keyboard().press("Space");
        assertThat(page.locator("#" + bram)).isChecked();
        group.setRoleStatus("close");
        page.keyboard().press("Tab");
        assertThat(focusedId(page)).isEqualTo("propose");
        page.keyboard().press("Enter");
        assertThat(page.locator("#propose-problem")).hasText("Deze rol is gesloten.");
        assertThat(page.locator("#propose-problem")).isFocused();
        assertThat(page.locator("#propose-form")).hasCount(0);
        Browsers.assertAccessible(page);
        group.setRoleStatus("reopen");

        // a search that finds both, each ticked with Space, and proposed to with Enter
        page.navigate("/roles/" + role + "/group");
        tabTo(page, "participant-search");
        page.keyboard().type("groep");
        page.keyboard().press("Enter");
        page.waitForURL("**/roles/" + role + "/group?q=groep");
        assertThat(page.locator("#propose-form input[type=checkbox]")).hasCount(2);
        tabTo(page, amina);
        page.keyboard().press("Space");
        page.keyboard().press("Tab");
        assertThat(focusedId(page)).isEqualTo(bram);
        page.keyboard().press("Space");
        assertThat(page.locator("#" + amina)).isChecked();
        assertThat(page.locator("#" + bram)).isChecked();
        Browsers.assertAccessible(page);
        page.keyboard().press("Tab");
        assertThat(focusedId(page)).isEqualTo("propose");
        page.keyboard().press("Enter");
        assertThat(page.locator("[role=status]")).hasText("De rol is voorgesteld aan elke deelnemer die je aanvinkte.");
        assertThat(page.locator("#members tbody tr")).hasCount(2);
        assertThat(page.locator("#none-proposable")).isVisible();
        Browsers.assertAccessible(page);

        // the members, each a link to their taking, reached by Tab
        tabTo(page, "actor-roles-link");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        page.waitForURL("**/roles/takings/*");
        assertThat(page.locator("#taking-group-state")).containsText("0 van minstens 3");
        Browsers.assertAccessible(page);
    }

    /** A refused form: the focus is on its summary of what to correct (announced, as an alert). */
    private static void assertErrorSummaryFocused(Page page) {
        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.locator("[data-error-summary]")).hasAttribute("role", "alert");
    }
}

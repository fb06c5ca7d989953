package be.brugwerk.roles;

import static be.brugwerk.support.Keyboard.focusedId;
import static be.brugwerk.support.Keyboard.shiftTabTo;
import static be.brugwerk.support.Keyboard.stopsInMain;
import static be.brugwerk.support.Keyboard.tabTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Taking a valued role with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows and typing; no mouse): the coach
 * proposes the repair café's role from the participant's roles and records the participant's choice; the coordinator
 * records the actor's agreement (first refused, the role being closed meanwhile), the start, a check-in and the end.
 * On every page the skip link leads to the main content, whose stops come in the order they are read, each with a
 * focus ring; a refused step brings the focus to its message, whose link leads to the field, and keeps what was typed.
 * Axe checks every page and every refusal.
 */
@FullStackTest
class RoleTakingKeyboardBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    final List<BrowserContext> contexts = new ArrayList<>();
    Account coordinator;
    Account coach;
    UUID participant;
    WebSession api;
    String role;

    @BeforeEach
    void aRepairCafesRoleAndAParticipantOfTheCoach() {
        Browsers.chromium(); // skips before the data is made where no browser can start
        UUID organisation = accounts.organisation("Role taking keyboard organisation");
        coordinator = accounts.account(organisation, Role.COORDINATOR);
        coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        participant = ApproachableParticipants.approachable(
                accounts, ownerDataSource, organisation, "Jonas Toetsenbord", coordinator, coach);
        api = new WebSession(port);
        assertThat(api.signIn(coordinator.email(), TestAccounts.PASSWORD)).isTrue();
        String cafe = read(api.sendJson(
                                "POST", "/api/v1/neighbourhood/actors", RoleProposalsIntegrationTests.REPAIR_CAFE)
                        .body())
                .get("id")
                .asString();
        role = read(api.sendJson(
                                "POST",
                                "/api/v1/neighbourhood/actors/" + cafe + "/roles",
                                RoleProposalsIntegrationTests.HELPER)
                        .body())
                .get("id")
                .asString();
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
    }

    @Test
    void aCoachAndACoordinatorTakeARoleThroughAllItsStepsWithTheKeyboardAlone() {
        Page coaching = signedIn(coach);

        // from the participant to their roles
        coaching.navigate("/participants/" + participant);
        Browsers.assertAccessibleOnce(coaching);
        tabTo(coaching, "valued-roles-link");
        coaching.keyboard().press("Enter");
        coaching.waitForURL("**/roles/participants/" + participant);
        assertThat(coaching.locator("#no-takings")).isVisible();
        Browsers.assertAccessible(coaching);
        assertThat(stopsInMain(coaching)).containsExactly("participant-link", "role", "propose");

        // proposing without a role: the focus on the message, whose link leads to the list
        shiftTabTo(coaching, "propose");
        coaching.keyboard().press("Enter");
        assertThat(coaching.locator("#role-error")).hasText("Zeg welke rol je voorstelt.");
        assertThat(coaching.locator("#role")).hasAttribute("aria-invalid", "true");
        assertErrorSummaryFocused(coaching);
        Browsers.assertAccessible(coaching);
        coaching.keyboard().press("Tab");
        coaching.keyboard().press("Enter");
        assertThat(focusedId(coaching)).isEqualTo("role");
        coaching.keyboard().press("ArrowDown");
        assertThat(coaching.locator("#role")).hasValue(role);
        coaching.keyboard().press("Tab");
        assertThat(focusedId(coaching)).isEqualTo("propose");
        coaching.keyboard().press("Enter");

        // the proposed role: the participant's choice, first without their yes or no to the map
        assertThat(coaching.locator("p.message[role=status]")).hasText("De rol is voorgesteld.");
        assertThat(coaching.locator("#taking-status")).hasText("voorgesteld");
        Browsers.assertAccessible(coaching);
        String taking = coaching.url().replaceAll(".*/roles/takings/", "");
        assertThat(stopsInMain(coaching))
                .containsExactly("participant-roles-link", "onMap-yes", "choose", "decline-reason", "decline");
        shiftTabTo(coaching, "choose");
        coaching.keyboard().press("Enter");
        assertThat(coaching.locator("#onMap-error"))
                .hasText("Zeg of de deelnemer wil dat de rol op de netwerkkaart komt: ja of nee.");
        assertErrorSummaryFocused(coaching);
        Browsers.assertAccessible(coaching);
        coaching.keyboard().press("Tab");
        coaching.keyboard().press("Enter");
        assertThat(focusedId(coaching)).isEqualTo("onMap-yes");
        coaching.keyboard().press("Space");
        assertThat(coaching.locator("#onMap-yes")).isChecked();
        coaching.keyboard().press("Tab");
        assertThat(focusedId(coaching)).as("the radio buttons are one stop").isEqualTo("choose");
        coaching.keyboard().press("Enter");
        assertThat(coaching.locator("p.message[role=status]")).hasText("De keuze van de deelnemer is genoteerd.");
        assertThat(coaching.locator("#taking-status")).hasText("gekozen door de deelnemer");
        assertThat(coaching.locator("#taking-on-map")).hasText("ja");
        Browsers.assertAccessible(coaching);
        // the actor's agreement is the coordinator's to record: the coach has no button for it
        assertThat(stopsInMain(coaching)).containsExactly("participant-roles-link", "decline-reason", "decline");

        // the coordinator's agreement, refused while the role is closed: the message has the focus
        Page organiser = signedIn(coordinator);
        organiser.navigate("/roles/takings/" + taking);
        Browsers.assertAccessibleOnce(organiser);
        assertThat(stopsInMain(organiser))
                .containsExactly("participant-roles-link", "agree", "decline-reason", "decline");
        closeTheRole();
        shiftTabTo(organiser, "agree");
        organiser.keyboard().press("Enter");
        assertThat(organiser.locator("#agree-problem")).hasText("Deze rol is gesloten.");
        assertThat(organiser.locator("#agree-problem")).isFocused();
        Browsers.assertAccessible(organiser);
        reopenTheRole();
        tabTo(organiser, "agree");
        organiser.keyboard().press("Enter");
        assertThat(organiser.locator("p.message[role=status]")).hasText("Het akkoord van de actor is genoteerd.");
        Browsers.assertAccessible(organiser);

        // the start, first without a date
        assertThat(stopsInMain(organiser))
                .containsExactly(
                        "participant-roles-link",
                        "start-date",
                        "start-checkInIntervalDays",
                        "start",
                        "decline-reason",
                        "decline");
        shiftTabTo(organiser, "start");
        organiser.keyboard().press("Enter");
        assertThat(organiser.locator("#start-date-error")).isVisible();
        assertThat(organiser.locator("#start-date")).hasAttribute("aria-invalid", "true");
        assertErrorSummaryFocused(organiser);
        Browsers.assertAccessible(organiser);
        organiser.keyboard().press("Tab");
        organiser.keyboard().press("Enter");
        assertThat(focusedId(organiser)).isEqualTo("start-date");
        LocalDate day = dayAsMonth(LocalDate.now(clock));
        typeDate(organiser, day);
        assertThat(organiser.locator("#start-date")).hasValue(day.toString());
        tabTo(organiser, "start");
        organiser.keyboard().press("Enter");
        assertThat(organiser.locator("#taking-status")).hasText("lopend");
        Browsers.assertAccessible(organiser);

        // a check-in, first without its note: the date typed stays
        assertThat(stopsInMain(organiser))
                .containsExactly(
                        "participant-roles-link",
                        "check-ins-date",
                        "check-ins-note",
                        "check-in",
                        "end-date",
                        "end-reason",
                        "end");
        shiftTabTo(organiser, "participant-roles-link");
        tabTo(organiser, "check-ins-date");
        typeDate(organiser, day);
        tabTo(organiser, "check-in");
        organiser.keyboard().press("Enter");
        assertThat(organiser.locator("#check-ins-note-error")).isVisible();
        assertThat(organiser.locator("#check-ins-date")).hasValue(day.toString());
        assertErrorSummaryFocused(organiser);
        Browsers.assertAccessible(organiser);
        organiser.keyboard().press("Tab");
        organiser.keyboard().press("Enter");
        assertThat(focusedId(organiser)).isEqualTo("check-ins-note");
        organiser.keyboard().type("Eerste zaterdag: twee fietsen hersteld.");
        organiser.keyboard().press("Tab");
        assertThat(focusedId(organiser)).isEqualTo("check-in");
        organiser.keyboard().press("Enter");
        assertThat(organiser.locator("#check-ins")).containsText("Eerste zaterdag: twee fietsen hersteld.");
        Browsers.assertAccessible(organiser);

        // the end, first without its reason
        tabTo(organiser, "end-date");
        typeDate(organiser, day);
        tabTo(organiser, "end");
        organiser.keyboard().press("Enter");
        assertThat(organiser.locator("#end-reason-error")).isVisible();
        assertThat(organiser.locator("#end-date")).hasValue(day.toString());
        assertErrorSummaryFocused(organiser);
        Browsers.assertAccessible(organiser);
        organiser.keyboard().press("Tab");
        organiser.keyboard().press("Enter");
        assertThat(focusedId(organiser)).isEqualTo("end-reason");
        organiser.keyboard().type("Verhuisd naar een andere stad.");
        organiser.keyboard().press("Tab");
        organiser.keyboard().press("Enter");
        assertThat(organiser.locator("#taking-status")).hasText("beëindigd");
        assertThat(organiser.locator("#taking-reason")).hasText("Verhuisd naar een andere stad.");
        Browsers.assertAccessible(organiser);
        assertThat(stopsInMain(organiser)).containsExactly("participant-roles-link");

        // back to the participant's roles, where the ended one is listed as a link
        organiser.keyboard().press("Shift+Tab");
        shiftTabTo(organiser, "participant-roles-link");
        organiser.keyboard().press("Enter");
        assertThat(organiser.locator("#takings tbody tr .status")).hasText("beëindigd");
        Browsers.assertAccessible(organiser);
    }

    /** A refused form: the focus is on its summary of what to correct (announced, as an alert). */
    private static void assertErrorSummaryFocused(Page page) {
        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.locator("[data-error-summary]")).hasAttribute("role", "alert");
    }

    /**
     * The latest day on or before this one whose number is that of its month (the 3rd of March): its digits typed
     * are the same whichever order the browser shows a date field in, which follows the machine's language rather than
     * the page's.
     */
    private static LocalDate dayAsMonth(LocalDate today) {
        LocalDate day = today.withDayOfMonth(today.getMonthValue());
        return day.isAfter(today) ? day.minusMonths(1).withDayOfMonth(today.getMonthValue() - 1) : day;
    }

    /** Types a date in the focused date field (its first part), as day, month and year. */
    private static void typeDate(Page page, LocalDate date) {
        page.keyboard().type(String.format("%02d%02d%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
    }

    private void closeTheRole() {
        int version =
                read(api.getJson("/api/v1/roles/" + role).body()).get("version").asInt();
        assertThat(api.sendJson("POST", "/api/v1/roles/" + role + "/close", "{\"version\":" + version + "}")
                        .statusCode())
                .isEqualTo(200);
    }

    private void reopenTheRole() {
        int version =
                read(api.getJson("/api/v1/roles/" + role).body()).get("version").asInt();
        assertThat(api.sendJson("POST", "/api/v1/roles/" + role + "/reopen", "{\"version\":" + version + "}")
                        .statusCode())
                .isEqualTo(200);
    }

    private static JsonNode read(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    private Page signedIn(Account account) {
        BrowserContext context = Browsers.window(port, 1280);
        contexts.add(context);
        return Browsers.signIn(context.newPage(), account.email());
    }
}

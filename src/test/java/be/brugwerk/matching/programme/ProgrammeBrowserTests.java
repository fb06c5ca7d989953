package be.brugwerk.matching.programme;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.TestMail;
import be.brugwerk.system.Role;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole programme in a real browser: a coordinator creates a programme, registers six participants and approves
 * four buddies (one came through the public form), runs the matching, reads why a pair was proposed, rejects one pair
 * and accepts the others; both sides agree (the buddy in their own account), the buddy logs a meeting, and one pair
 * stops early: its participant waits again with their original date. Pages are checked with axe-core.
 */
@FullStackTest
class ProgrammeBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    BrowserContext coordinatorContext;
    BrowserContext publicContext;
    BrowserContext buddyContext;
    String lotteLink;

    @AfterEach
    void closeContexts() {
        for (BrowserContext context : new BrowserContext[] {coordinatorContext, publicContext, buddyContext}) {
            if (context != null) {
                context.close();
            }
        }
    }

    @Test
    void aCoordinatorRunsAProgrammeFromIntakeToAPairThatStopsEarly() {
        Account coordinator = accounts.account(accounts.organisation("Programme browser"), Role.COORDINATOR);
        coordinatorContext = context();
        Page page = coordinatorContext.newPage();
        signIn(page, coordinator.email(), TestAccounts.PASSWORD);

        page.navigate("/programmes?lang=en");
        Browsers.assertAccessible(page);
        page.getByText("New programme").click();
        page.getByLabel("Name of the programme").fill("Buddies for newcomers – practise Dutch");
        Browsers.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create programme"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Buddies for newcomers – practise Dutch")))
                .isVisible();
        String programmeUrl = page.url();
        String programmeId = programmeUrl.substring(programmeUrl.lastIndexOf('/') + 1);
        LocalDate entered = LocalDate.now(clock);

        List<String> participants = List.of("Amina", "Bilal", "Chen", "Dina", "Emre", "Fatou");
        for (String name : participants) {
            page.navigate("/participants/new");
            Browsers.assertAccessibleOnce(page);
            page.getByLabel("Name or pseudonym").fill(name);
            page.getByLabel("Process their data to work on the network together")
                    .check();
            page.getByLabel("Be approached for a buddy or pair").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register"))
                    .click();
            page.waitForURL(Pattern.compile(".*/participants/[0-9a-f-]{36}"));
            Browsers.assertAccessibleOnce(page);
            page.navigate(programmeUrl + "/waiting/new");
            Browsers.assertAccessibleOnce(page);
            page.getByLabel("Participant", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel(name));
            language(page, 1, "nl", "A2 – a little");
            language(page, 2, "ar", "native");
            page.getByLabel("Age", new Page.GetByLabelOptions().setExact(true)).fill("30");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the waiting list"))
                    .click();
            assertThat(page.getByText("The participant is on the waiting list."))
                    .isVisible();
        }
        Browsers.assertAccessible(page);

        String lotteEmail = "lotte-" + UUID.randomUUID() + "@test.brugwerk";
        for (String name : List.of("Jan", "Karim", "Lotte")) {
            page.navigate(programmeUrl + "/buddies/new");
            Browsers.assertAccessibleOnce(page);
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
            page.getByLabel("E-mail address")
                    .fill(
                            name.equals("Lotte")
                                    ? lotteEmail
                                    : name.toLowerCase() + "-" + UUID.randomUUID() + "@test.brugwerk");
            language(page, 1, "nl", "native");
            page.getByLabel("Age", new Page.GetByLabelOptions().setExact(true)).fill("50");
            page.getByLabel("I agree that the programme keeps these details to find a pair for me.")
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register a buddy"))
                    .click();
            assertThat(page.getByText("The buddy is registered as an applicant."))
                    .isVisible();
        }
        Browsers.assertAccessible(page);

        publicContext = context();
        Page form = publicContext.newPage();
        form.navigate("/join/" + programmeId + "?lang=en");
        Browsers.assertAccessible(form);
        form.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Mira");
        form.getByLabel("E-mail address").fill("mira-" + UUID.randomUUID() + "@test.brugwerk");
        form.getByLabel("How many participants at once (1 to 1)").fill("0");
        language(form, 1, "nl", "C1 – very good");
        form.getByLabel("Age", new Page.GetByLabelOptions().setExact(true)).fill("41");
        form.getByLabel("I agree that the programme keeps these details to find a pair for me.")
                .check();
        form.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply"))
                .click();
        assertThat(form.locator("#capacity-error"))
                .hasText("A buddy takes at least 1 and at most 1 participants at once.");
        assertThat(form.locator(".error-summary a[data-field=capacity]"))
                .hasText("A buddy takes at least 1 and at most 1 participants at once.");
        assertThat(form.getByLabel("Language 1", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("nl");
        assertThat(form.getByLabel("Level of language 1")).hasValue("C1");
        form.getByLabel("How many participants at once (1 to 1)").fill("1");
        form.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply"))
                .click();
        assertThat(form.locator("#signup-answer")).isVisible();
        Browsers.assertAccessible(form);

        page.navigate(programmeUrl + "/buddies");
        for (String name : List.of("Jan", "Karim", "Lotte", "Mira")) {
            page.getByLabel("Intake held with " + name).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve " + name))
                    .click();
            assertThat(page.getByText("The buddy is approved.")).isVisible();
            if (name.equals("Lotte")) {
                assertThat(page.locator("body")).not().containsText("token="); // the coordinator never sees the link
                lotteLink = TestMail.linkTo(lotteEmail); // Lotte's own mail
            }
        }
        Browsers.assertAccessible(page);

        page.navigate(programmeUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run matching"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("4 pairs proposed.");
        Locator proposals = page.locator("#proposals > li");
        assertThat(proposals).hasCount(4);
        Locator firstWhy = proposals.first().locator("summary");
        firstWhy.click();
        assertThat(proposals.first().locator(".explanation li")).hasCount(6);
        assertThat(proposals.first().locator(".explanation")).containsText("Waiting time");
        Browsers.assertAccessible(page);

        Locator notLotte = proposals
                .filter(new Locator.FilterOptions().setHasNotText("Lotte"))
                .first();
        String rejected = notLotte.locator("strong").textContent();
        notLotte.getByLabel("Reason to reject", new Locator.GetByLabelOptions()).fill("They live in the same building");
        notLotte.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reject"))
                .click();
        assertThat(page.getByText("The pair is rejected and will not be proposed again."))
                .isVisible();
        while (page.locator("#proposals > li").count() > 0) {
            page.locator("#proposals > li")
                    .first()
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept"))
                    .click();
            assertThat(page.getByText("The pair is accepted.")).isVisible();
        }
        assertThat(page.locator("#pairs")).containsText(rejected);
        while (page.locator("#pairs button", new Page.LocatorOptions().setHasText("The participant agrees"))
                        .count()
                > 0) {
            page.locator("#pairs button", new Page.LocatorOptions().setHasText("The participant agrees"))
                    .first()
                    .click();
        }
        Browsers.assertAccessible(page);

        buddyContext = context();
        Page buddy = buddyContext.newPage();
        buddy.navigate(lotteLink);
        Browsers.assertAccessible(buddy);
        buddy.getByLabel("New password").fill(TestAccounts.PASSWORD);
        buddy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the password"))
                .click();
        buddy.waitForURL("**/login?activated");
        Browsers.assertAccessible(buddy);
        signIn(buddy, lotteEmail, TestAccounts.PASSWORD);
        buddy.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My pairs"))
                .click();
        assertThat(buddy.locator("#own-pairs > li")).hasCount(1);
        buddy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I agree to the pair with"))
                .click();
        assertThat(buddy.locator("#own-pairs")).containsText("running");
        buddy.getByLabel("Date of the meeting").fill(LocalDate.now(clock).toString());
        buddy.getByLabel("Note (optional)").fill("Coffee at the library");
        buddy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log meeting"))
                .click();
        assertThat(buddy.getByText("The meeting is logged.")).isVisible();
        assertThat(buddy.locator(".meetings")).containsText("Coffee at the library");
        Browsers.assertAccessible(buddy);

        clock.advance(Duration.ofDays(20)); // the coordinator's session has ended meanwhile
        signIn(page, coordinator.email(), TestAccounts.PASSWORD);
        page.navigate(programmeUrl);
        assertThat(page.locator("#signals")).containsText("no contact logged for 20 days");
        Locator lottePair = page.locator("#pairs > li").filter(new Locator.FilterOptions().setHasText("Lotte"));
        assertThat(lottePair).containsText("running");
        String participant = lottePair.locator("strong").textContent().split(" – ")[0];
        lottePair
                .getByLabel("Reason", new Locator.GetByLabelOptions().setExact(true))
                .fill("Moved to another city");
        lottePair
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("End the pair"))
                .click();
        assertThat(page.getByText("The pair stopped early.")).isVisible();
        Locator row = page.locator("#waiting tr").filter(new Locator.FilterOptions().setHasText(participant));
        assertThat(row).containsText("waiting");
        assertThat(row)
                .containsText(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
                        .format(entered)); // English pages: 2 Mar 2026
        assertThat(page.locator("#figures")).containsText("1");
        Browsers.assertAccessible(page);
        assertThat(participants).contains(participant);

        // back on the waiting list, the intake can be corrected
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Correct the intake of " + participant))
                .click();
        assertThat(page.getByText("The date of entry on the waiting list stays the same."))
                .isVisible();
        Browsers.assertAccessible(page);

        // and a pair made by hand from their row, with the keyboard: the link, a search, the buddy's radio button
        page.navigate(programmeUrl);
        Locator makeAPair = page.locator("#waiting tr")
                .filter(new Locator.FilterOptions().setHasText(participant))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Make a pair for " + participant));
        makeAPair.focus();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Make a pair for " + participant)))
                .isVisible();
        Browsers.assertAccessible(page);
        page.getByLabel("Buddy’s name contains").fill("lot");
        page.getByLabel("Buddy’s name contains").press("Enter");
        Locator lotte = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Lotte (free places: 1)"));
        assertThat(page.getByRole(AriaRole.RADIO)).hasCount(1);
        assertThat(lotte).isChecked();
        Browsers.assertAccessible(page);
        lotte.focus();
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(page.locator("#proposals")).containsText(participant + " – Lotte");
        assertThat(page.locator("#proposals li").filter(new Locator.FilterOptions().setHasText("Lotte")))
                .containsText("made by hand");
    }

    private BrowserContext context() {
        return Browsers.chromium()
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL("http://localhost:" + port)
                        .setLocale("en-GB")
                        .setViewportSize(360, 800));
    }

    static void signIn(Page page, String email, String password) {
        page.navigate("/login?lang=en");
        Browsers.assertAccessibleOnce(page);
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL("**/");
        Browsers.assertAccessibleOnce(page);
    }

    /** Fills a language line of an intake form: the code typed, the level picked from the list by its label. */
    private static void language(Page page, int line, String code, String level) {
        page.getByLabel("Language " + line, new Page.GetByLabelOptions().setExact(true))
                .fill(code);
        page.getByLabel("Level of language " + line).selectOption(new SelectOption().setLabel(level));
    }
}

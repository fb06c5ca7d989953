package be.brugwerk.coaching;

import static be.brugwerk.coaching.CoachingFixtures.map;
import static be.brugwerk.coaching.CoachingFixtures.participant;
import static be.brugwerk.coaching.CoachingFixtures.signInThroughThePage;
import static be.brugwerk.coaching.CoachingFixtures.signedIn;
import static be.brugwerk.coaching.CoachingFixtures.today;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The must-show walk: a volunteer coach runs a trajectory from getting acquainted to closing, with two De Jong
 * Gierveld 6-item measurements and two versions of the map (one per session), and sees before and after side by
 * side. Every page is checked with axe-core, at 360 px wide.
 */
@FullStackTest
class TrajectoryBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    BrowserContext context;
    Account coach;
    Account coordinatorAccount;
    WebSession coachApi;
    UUID participant;
    String name;
    final UUID sister = UUID.randomUUID();

    @BeforeEach
    void aParticipantWithAMapAndAVolunteerCoach() {
        UUID organisation = accounts.organisation("Browser coaching");
        coordinatorAccount = accounts.account(organisation, Role.COORDINATOR);
        WebSession coordinator = signedIn(port, coordinatorAccount);
        coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        name = "Amina " + UUID.randomUUID().toString().substring(0, 6);
        participant = participant(coordinator, coach.id(), name);
        coachApi = signedIn(port, coach);
        map(coachApi, participant, 0, Map.of(sister, "Zus"));
        context = Browsers.chromium()
                .newContext(new Browser.NewContextOptions()
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
    void aVolunteerCoachRunsATrajectoryFromAcquaintanceToClosingAndSeesBeforeAndAfter() {
        Page page = context.newPage();
        signInThroughThePage(page, coach);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trajecten"))
                .first()
                .click();
        Browsers.assertAccessible(page);
        page.getByText("Traject starten").first().click();
        Browsers.assertAccessible(page);
        page.getByLabel("Deelnemer", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(name));
        page.getByLabel("Begeleider")
                .selectOption(new SelectOption().setValue(coach.id().toString()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Traject starten"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Traject van " + name)))
                .isVisible();
        String trajectoryUrl = page.url();
        Browsers.assertAccessible(page);

        // Step 1, getting acquainted, and the first session: the map as it is becomes version one.
        Locator acquaintance = page.locator("#step-1");
        assertThat(acquaintance).containsText("Kennismaking");
        page.locator("#status-1").selectOption("DONE");
        page.locator("#notes-1").fill("Kennisgemaakt bij Amina thuis");
        acquaintance
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stap bewaren"))
                .click();
        assertThat(page.locator("#step-1")).containsText("gedaan");
        logSession(page, "Bij Amina thuis");
        Browsers.assertAccessible(page);

        // The first De Jong Gierveld 6-item measurement, yesterday: lonely on every item.
        LocalDate today = today(clock);
        measure(
                page,
                today.minusDays(1),
                Map.of(
                        "SENSE_OF_EMPTINESS",
                        "YES",
                        "MISSES_PEOPLE_AROUND",
                        "YES",
                        "OFTEN_FEELS_REJECTED",
                        "YES",
                        "PLENTY_TO_LEAN_ON",
                        "NO",
                        "MANY_TO_TRUST",
                        "NO",
                        "ENOUGH_TO_FEEL_CLOSE_TO",
                        "NO"));
        assertThat(page.locator("#result")).containsText("totaal: 6");

        // The network grows (the map is drawn elsewhere); the second session keeps it as version two.
        Map<UUID, String> grown = new LinkedHashMap<>();
        grown.put(sister, "Zus");
        grown.put(UUID.randomUUID(), "Buurvrouw Rita");
        grown.put(UUID.randomUUID(), "Koor");
        map(coachApi, participant, 1, grown);
        clock.advance(Duration.ofMinutes(10));
        page.navigate(trajectoryUrl);
        logSession(page, "Bibliotheek");

        measure(
                page,
                today,
                Map.of(
                        "SENSE_OF_EMPTINESS",
                        "NO",
                        "MISSES_PEOPLE_AROUND",
                        "NO",
                        "OFTEN_FEELS_REJECTED",
                        "NO",
                        "PLENTY_TO_LEAN_ON",
                        "YES",
                        "MANY_TO_TRUST",
                        "YES",
                        "ENOUGH_TO_FEEL_CLOSE_TO",
                        "YES"));
        assertThat(page.locator("#result")).containsText("totaal: 0");

        page.getByText("Terug naar de metingen").click();
        Locator scores = page.locator("#before-after-de-jong-gierveld-6");
        assertThat(scores).containsText("Voor (" + shown(today.minusDays(1)) + ")");
        assertThat(scores).containsText("Na (" + shown(today) + ")");
        assertThat(scores).containsText("totaal -6");
        assertThat(scores).containsText("1 netwerkleden");
        assertThat(scores).containsText("3 netwerkleden");
        Browsers.assertAccessible(page);

        // Closing: the network and the scores before and after, side by side, and the participant's own words.
        page.navigate(trajectoryUrl);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Traject afsluiten"))
                .click();
        Locator network = page.locator("#network-before-after");
        assertThat(network.locator("tbody tr").first()).containsText("1");
        assertThat(network.locator("tbody tr").first()).containsText("3");
        assertThat(page.getByText("Buurvrouw Rita kwam erbij")).isVisible();
        assertThat(page.locator("#before-after-de-jong-gierveld-6")).containsText("totaal -6");
        Browsers.assertAccessible(page);
        page.getByLabel("In de eigen woorden van de deelnemer").fill("Ik ga nu elke week naar het koor.");
        page.getByLabel("Datum voor opvolging").fill(today.plusYears(6).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Traject afsluiten"))
                .click();
        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.locator("[data-error-summary]")).containsText("Deze datum ligt meer dan 5 jaar vooruit.");
        assertThat(page.getByLabel("In de eigen woorden van de deelnemer"))
                .hasValue("Ik ga nu elke week naar het koor.");
        Browsers.assertAccessible(page);
        page.getByLabel("Datum voor opvolging").fill(today.plusMonths(3).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Traject afsluiten"))
                .click();
        assertThat(page.locator("#trajectory-status")).containsText("Afgesloten op " + shown(today));
        assertThat(page.locator("#evaluation")).containsText("Ik ga nu elke week naar het koor.");
        Browsers.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Afdruk voor de deelnemer"))
                .click();
        assertThat(page.getByText("Ik ga nu elke week naar het koor.")).isVisible();
        Browsers.assertAccessible(page);
    }

    @Test
    void aCoordinatorAdaptsTheStepPlanAndReadsTheOrganisationView() {
        Page page = context.newPage();
        signInThroughThePage(page, coordinatorAccount);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Coaching in de organisatie"))
                .click();
        assertThat(page.locator("#score-changes")).containsText("minder dan 5");
        assertThat(page.locator("#supervision")).containsText("Test VOLUNTEER_COACH");
        Browsers.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stappenplan van de organisatie"))
                .click();
        Browsers.assertAccessible(page);
        page.getByLabel("Naam van stap 1", new Page.GetByLabelOptions().setExact(true))
                .fill("Eerste ontmoeting");
        page.getByLabel("Nieuwe stap", new Page.GetByLabelOptions().setExact(true))
                .fill("Samen naar de markt");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stappenplan bewaren"))
                .click();
        assertThat(page.getByText("Het stappenplan is bewaard.")).isVisible();
        assertThat(page.getByLabel("Naam van stap 1", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Eerste ontmoeting");
        assertThat(page.getByLabel("Naam van stap 11")).hasValue("Samen naar de markt");
        Browsers.assertAccessible(page);
    }

    /**
     * The trajectory page as a coach meets it: only the current step open, its status one click away; a refused form
     * leads to an address of its own, so switching the language shows the same error and what was typed, in French.
     * Kept as screenshots at 360 and 1280 px under {@code target/screenshots/}.
     */
    @Test
    void aCoachMarksTheCurrentStepDoneAndSwitchesLanguageAfterARefusedAction() {
        UUID trajectory = CoachingFixtures.trajectory(coachApi, participant, coach.id());
        Page page = context.newPage();
        signInThroughThePage(page, coach);
        page.navigate("/trajectories/" + trajectory);
        Locator openSteps = page.locator("details.step[open]");
        assertThat(openSteps).hasCount(1);
        assertThat(page.locator("#step-1 details.step[open]")).hasCount(1);
        assertThat(page.locator("#step-2 summary")).containsText("nog niet begonnen");
        Browsers.assertAccessible(page);
        theCurrentStepAndItsStatusChangeFillTheFirstScreenOfALaptop(page, "Kennismaking");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Klaar: Kennismaking"))
                .click();
        assertThat(page.getByText("De stap is bewaard.")).isVisible();
        assertThat(page.locator("#step-1 summary")).containsText("gedaan");
        assertThat(openSteps).hasCount(1);
        assertThat(page.locator("#step-2 details.step[open]")).hasCount(1);
        Browsers.assertAccessible(page);

        String tooFar = today(clock).plusYears(6).toString();
        assertThat(page.locator("#action-description")).isHidden();
        unfoldWithTheKeyboard(page, "#action-fold");
        page.locator("#action-description").fill("Zus bellen over de verhuis");
        page.locator("#action-due").fill(tooFar);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actie toevoegen"))
                .click();
        assertThat(page.locator("#action-fold")).hasJSProperty("open", true);
        assertThat(page.locator("#action-form [data-error-summary]")).isFocused();
        assertThat(page.locator("#action-form [data-error-summary]")).containsText("meer dan 5 jaar vooruit");
        assertThat(page.locator("details.fold[open]")).hasCount(1);
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("?refused=");
        Browsers.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Français"))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Plan par étapes")))
                .isVisible();
        assertThat(page.locator("#action-form [data-error-summary]")).containsText("Cette date est à plus de 5 ans");
        assertThat(page.locator("#action-form [data-error-summary]")).isFocused();
        assertThat(page.locator("#action-description")).isVisible();
        assertThat(page.locator("#action-description")).hasValue("Zus bellen over de verhuis");
        assertThat(page.locator("#action-due")).hasValue(tooFar);
        Browsers.assertAccessible(page);
        for (int width : new int[] {360, 1280}) {
            page.setViewportSize(width, 800);
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(Path.of("target", "screenshots", "trajectory-refused-fr-" + width + ".png")));
        }

        page.reload();
        assertThat(page.locator("#action-description")).hasValue("Zus bellen over de verhuis");
        page.locator("#action-due").fill(today(clock).plusDays(7).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter l’action"))
                .click();
        assertThat(page.locator("#action-list")).containsText("Zus bellen over de verhuis");
        assertThat(page.locator("[data-error-summary]")).hasCount(0);
        assertThat(page.locator("details.fold[open]")).hasCount(0);
    }

    /**
     * At 1280 × 720 px (a laptop's window) the current step, its content and its one-click status change show without
     * scrolling; no form field shows but the current step's, the other forms are folded; and the page is at most four
     * such screens long (2,530 px with the fonts of Debian's Chromium). Before the forms were folded, a fresh
     * trajectory's page was 6,107 px long there, with seven forms open below the step plan.
     */
    private static void theCurrentStepAndItsStatusChangeFillTheFirstScreenOfALaptop(Page page, String step) {
        page.setViewportSize(1280, 720);
        page.evaluate("() => window.scrollTo(0, 0)");
        Locator markDone = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Klaar: " + step));
        org.assertj.core.api.Assertions.assertThat(markDone.boundingBox().y + markDone.boundingBox().height)
                .as("bottom of the one-click status change, in a window 720 px high")
                .isLessThanOrEqualTo(720);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("""
                        () => [...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea')]
                            .filter(field => field.checkVisibility() && !field.closest('li.current-step'))
                            .map(field => field.id || field.name)"""))
                .as("form fields shown outside the current step")
                .asList()
                .isEmpty();
        double height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).doubleValue();
        org.assertj.core.api.Assertions.assertThat(height)
                .as("height of the trajectory page at 1280 px")
                .isLessThanOrEqualTo(4 * 720);
        page.setViewportSize(360, 800);
    }

    /** Opens a folded form as a keyboard user does: the focus on its summary, then Enter. */
    private static void unfoldWithTheKeyboard(Page page, String fold) {
        assertThat(page.locator(fold)).hasJSProperty("open", false);
        page.locator(fold + " > summary").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator(fold)).hasJSProperty("open", true);
    }

    private static String shown(LocalDate date) {
        return DateTimeFormatter.ofPattern("d/MM/yyyy").format(date); // how the Dutch pages show a date
    }

    private void logSession(Page page, String place) {
        unfoldWithTheKeyboard(page, "#session-fold");
        page.locator("#session-held-on").fill(today(clock).toString());
        page.locator("#session-duration").fill("60");
        page.locator("#session-place").fill(place);
        page.locator("#session-note").fill("Gesprek in " + place);
        page.locator("#session-form").getByLabel("gedeeld met de deelnemer").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gesprek noteren"))
                .click();
        assertThat(page.getByText("Het gesprek is genoteerd")).isVisible();
        assertThat(page.locator("#session-list")).containsText(place);
    }

    private void measure(Page page, LocalDate on, Map<String, String> answers) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Metingen en scores"))
                .first()
                .click();
        Browsers.assertAccessible(page);
        page.getByLabel("Vragenlijst").selectOption("DE_JONG_GIERVELD_6");
        page.getByLabel("Antwoordformaat").selectOption("THREE_CATEGORIES");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vragenlijst openen"))
                .click();
        Browsers.assertAccessible(page);
        page.getByLabel("Datum van de meting").fill(on.toString());
        answers.forEach(
                (item, answer) -> page.locator("#" + item + "-" + answer).check());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afronden"))
                .click();
        assertThat(page.getByText("De vragenlijst is afgerond")).isVisible();
        Browsers.assertAccessible(page);
    }
}

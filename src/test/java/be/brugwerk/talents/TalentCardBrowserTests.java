package be.brugwerk.talents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.Browsers;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.system.Role;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coach fills in a talent card with a participant, on a phone (360 px) and on a laptop (1280 px): from the
 * participant's page to the form; a line without head, heart or hands comes back with everything typed and the message
 * beside the field; saved, the card shows it, and the printout puts strengths first in the participant's language.
 * Neither page scrolls sideways, and axe-core finds no violation on the form (also with its error), the card or the
 * printout.
 */
@FullStackTest
class TalentCardBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    final List<BrowserContext> contexts = new ArrayList<>();
    Account coach;
    UUID participant;

    @BeforeEach
    void aCoachWithAParticipantWhoSpeaksFrench() {
        Browsers.chromium(); // skips before the data is made where no browser can start
        UUID organisation = accounts.organisation("Talent browser organisation");
        Account coordinator = accounts.account(organisation, Role.COORDINATOR);
        coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        participant = accounts.consentedParticipant(organisation, "Yasmina Talents", "{Français}", coordinator, coach);
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {360, 1280})
    void aCoachFillsInTheCardAndPrintsItStrengthsFirst(int width) {
        Page page = signedIn(width);
        page.navigate("/participants/" + participant);
        Browsers.assertAccessibleOnce(page);
        page.locator("#talent-card-link").click();
        assertThat(page.locator("#no-card")).isVisible();
        page.locator("#edit-talents").click();

        assertThat(page.locator("fieldset.talent-entry")).hasCount(3);
        Browsers.assertAccessibleOnce(page);
        page.locator("#kind-0").selectOption("SKILL");
        page.locator("#talent-0").selectOption("COOKING");
        page.locator("#text-0").fill("Syrische gerechten voor twintig");
        page.locator("#frame-0").selectOption("HANDS");
        page.locator("#lifeArea-0").selectOption("SOCIAL_INCLUSION");
        page.locator("#share-0").check();
        page.locator("#kind-1").selectOption("STRENGTH");
        page.locator("#text-1").fill("Geduldig met kinderen");
        // no head, heart or hands on the second line
        page.locator("#learn-1").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bewaren"))
                .click();

        assertThat(page.locator(".error-summary")).containsText("Regel 2: Kies hoofd, hart of handen.");
        assertThat(page.locator("#frame-1-error")).hasText("Kies hoofd, hart of handen.");
        assertThat(page.locator("#frame-1")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#text-0")).hasValue("Syrische gerechten voor twintig");
        assertThat(page.locator("#talent-0")).hasValue("COOKING");
        assertThat(page.locator("#share-0")).isChecked();
        assertThat(page.locator("#text-1")).hasValue("Geduldig met kinderen");
        assertThat(page.locator("#learn-1")).isChecked();
        Browsers.assertNoSidewaysScrolling(page, "the form with its error at " + width + " px");
        Browsers.assertNoViolation(page);

        page.locator("#frame-1").selectOption("HEART");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bewaren"))
                .click();

        assertThat(page.locator("p.message[role=status]")).hasText("De talentenkaart is bewaard als nieuwe versie.");
        assertThat(page.locator("#talent-entries tbody tr")).hasCount(2);
        assertThat(page.locator("#talent-entries")).containsText("Syrische gerechten voor twintig");
        assertThat(page.locator("#talent-versions li")).hasCount(1);
        Browsers.assertNoSidewaysScrolling(page, "the card at " + width + " px");
        Browsers.assertNoViolation(page);

        page.locator("#print-talents").click();
        assertThat(page.locator("#print-language")).hasValue("fr");
        assertThat(page.locator("#printed-heading")).hasText("Ce que Yasmina Talents apporte");
        assertThat(page.locator("#printed-card h3")).hasText(new String[] {"Vos forces", "Ce que vous savez faire"});
        assertThat(page.locator("#printed-card")).containsText("cuisiner");
        assertThat(page.locator("#printed-card")).containsText("vous aimeriez partager ceci");
        assertThat(page.locator("#printed-card")).hasAttribute("lang", "fr");
        Browsers.assertNoSidewaysScrolling(page, "the printout at " + width + " px");
        Browsers.assertNoViolation(page);
    }

    private Page signedIn(int width) {
        BrowserContext context = Browsers.window(port, width);
        contexts.add(context);
        return Browsers.signIn(context.newPage(), coach.email());
    }
}

package be.brugwerk.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each role's home on real PostgreSQL: what it shows, and that another coach's participants and another
 * organisation's never appear.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    JdbcClient jdbc;

    HomeWorld world;
    HomeFixtures fixtures;

    @BeforeAll
    void aWorldWithSomethingToShow() {
        jdbc = JdbcClient.create(ownerDataSource);
        world = new HomeWorld(port, accounts, clock);
        fixtures = new HomeFixtures(port);
    }

    @Test
    void showsAVolunteerCoachHerParticipantsOverdueAndNextActionsSignalsMeetingsAndChanges() {
        String home = home(fixtures.signedIn(world.vera));

        assertThat(part(home, "home-participants")).contains(world.amina).contains("Traject van " + world.amina);
        assertThat(part(home, "home-overdue")).contains(world.overdueAction).contains("18 dagen te laat");
        assertThat(part(home, "home-next")).contains(world.nextAction);
        assertThat(part(home, "home-signals"))
                .contains("Al 20 dagen geen contact met " + world.amina)
                .contains("data-signal=\"NO_CONTACT_14\"")
                .doesNotContain("STALLED");
        assertThat(part(home, "home-upcoming")).contains("Rondetafelgesprek met " + world.amina);
        assertThat(part(home, "home-changes"))
                .as("the map was changed 20 days ago, out of the 14-day window")
                .contains("Geen netwerkkaart gewijzigd");
    }

    @Test
    void neverShowsACoachAnotherCoachsOrAnotherOrganisationsParticipants() {
        String vera = home(fixtures.signedIn(world.vera));
        String walter = home(fixtures.signedIn(world.walter));

        assertThat(vera)
                .doesNotContain(world.bert)
                .doesNotContain(world.bertsAction)
                .doesNotContain(world.zora)
                .doesNotContain(world.zorasAction)
                .doesNotContain(world.kim);
        assertThat(walter)
                .contains(world.bert)
                .contains(world.bertsAction)
                .doesNotContain(world.amina)
                .doesNotContain(world.overdueAction)
                .doesNotContain(world.zora)
                .doesNotContain(world.zorasAction);
    }

    @Test
    void showsAProfessionalTheirCaseloadOnlyEvenWhereTheySeeTheWholeOrganisation() {
        jdbc.sql("update organisation set professionals_see_organisation = true where id = ?")
                .param(world.professional.organisation())
                .update();
        try {
            String home = home(fixtures.signedIn(world.professional));

            assertThat(part(home, "home-participants")).contains(world.kim).contains("nog geen traject");
            assertThat(home)
                    .doesNotContain(world.amina)
                    .doesNotContain(world.bert)
                    .doesNotContain(world.overdueAction);
        } finally {
            jdbc.sql("update organisation set professionals_see_organisation = false where id = ?")
                    .param(world.professional.organisation())
                    .update();
        }
    }

    @Test
    void showsTheCoordinatorTheWaitingListAndTheProposalToDecide() {
        String home = home(fixtures.signedIn(world.coordinator));

        assertThat(part(home, "home-proposals"))
                .contains(world.lena)
                .contains(world.programmeName)
                .contains("/programmes/" + world.programme + "#proposals")
                .as("an accepted pair is decided already")
                .doesNotContain(world.amina);
        assertThat(part(home, "home-waiting"))
                .contains(world.programmeName)
                .contains("2 wachtend, de langste al 20 dagen")
                .doesNotContain("Elders " + world.suffix);
        assertThat(home).doesNotContain(world.zora).doesNotContain(world.overdueAction);
    }

    @Test
    void showsTheOrganisationAdminAccountsAndAuditHighlightsWithoutParticipantData() {
        fixtures.signedIn(world.coordinator).get("/participants"); // a read within the last seven days
        String home = home(fixtures.signedIn(world.admin));

        assertThat(part(home, "home-accounts"))
                .contains("vrijwillige netwerkcoach: 2")
                .contains("coördinator: 1");
        assertThat(part(home, "home-audit")).contains("data-action=\"LIST\"");
        assertThat(home).doesNotContain(world.amina).doesNotContain(world.lena).doesNotContain(world.overdueAction);
    }

    @Test
    void showsTheBuddyTheirAcceptedPairAndNeverAProposal() {
        WebSession buddy = new WebSession(port);
        assertThat(buddy.signIn(world.buddyEmail, TestAccounts.PASSWORD)).isTrue();

        String home = home(buddy);

        assertThat(part(home, "home-pairs"))
                .contains(world.amina)
                .contains(world.programmeName)
                .contains("data-pair-id=\"" + world.accepted + "\"")
                .contains("Laat op je buddypagina weten");
        assertThat(home).doesNotContain(world.lena).doesNotContain(world.proposal.toString());
    }

    @Test
    void auditsWhatTheCoachHomeShowsOfParticipants() {
        WebSession vera = fixtures.signedIn(world.vera);
        home(vera);
        List<String> subjects = jdbc.sql("""
                select subject_type from audit_event where account_id = ? and action = 'LIST'
                  and ? = any (subject_ids) order by id desc limit 2""")
                .params(world.vera.id(), world.aminaId)
                .query(String.class)
                .list();

        assertThat(subjects).containsExactlyInAnyOrder("participant", "trajectory");
    }

    @Test
    void showsThePlatformAdminTheIntroOnly() {
        String home = home(fixtures.signedIn(accounts.account(null, Role.PLATFORM_ADMIN)));

        assertThat(home).contains("Brugwerk helpt je").doesNotContain("home-part");
    }

    private static String home(WebSession session) {
        var response = session.get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The part of the home with this id, up to the next part. */
    private static String part(String home, String id) {
        int start = home.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id + " on the home").isNotNegative();
        int end = home.indexOf("class=\"home-part\"", start);
        return home.substring(start, end < 0 ? home.length() : end);
    }
}

package be.brugwerk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.TestMail;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import be.brugwerk.system.Secrets;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Invitations, resets and deactivation, as an organisation admin and the invited person live them: links arrive by
 * mail at the test SMTP server, and no page shows them to the admin.
 */
@FullStackTest
class AccountIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    WebSession admin;
    UUID organisation;

    @BeforeEach
    void anOrganisationAdmin() {
        organisation = accounts.organisation("Account tests");
        admin = new WebSession(port);
        assertThat(admin.signIn(
                        accounts.account(organisation, Role.ORGANISATION_ADMIN).email(), TestAccounts.PASSWORD))
                .isTrue();
    }

    @Test
    void anInvitedCoordinatorGetsTheLinkByMailAndTheAdminNeverSeesIt() {
        String email = "new-" + UUID.randomUUID() + "@test.brugwerk";

        HttpResponse<String> invited = admin.post(
                "/accounts", Map.of("displayName", "Nieuwe coördinator", "email", email, "role", "COORDINATOR"));

        assertThat(invited.statusCode()).isEqualTo(302);
        assertThat(invited.body()).doesNotContain("token=");
        HttpResponse<String> shown = admin.get("/accounts");
        assertThat(shown.body())
                .doesNotContain("token=")
                .contains("De uitnodiging is per e-mail verstuurd.")
                .contains(email);
        assertThat(TestMail.to(email)).hasSize(1);
        assertThat(TestMail.subject(TestMail.to(email).get(0))).isEqualTo("Je account bij Account tests in Brugwerk");

        String link = TestMail.linkTo(email);
        WebSession person = new WebSession(port);
        assertThat(person.get(link).body()).contains("name=\"password\"");
        String longest = "x".repeat(127) + "y"; // the most characters a password may have
        HttpResponse<String> set = person.post("/activate", Map.of("token", token(link), "password", longest));

        assertThat(set.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?activated"));
        WebSession coordinator = new WebSession(port);
        assertThat(coordinator.signIn(email, longest)).isTrue();
        assertThat(coordinator.get("/programmes").statusCode()).isEqualTo(200);
    }

    @Test
    void writesTheMailInTheLanguageTheAdminChose() {
        String email = "fr-" + UUID.randomUUID() + "@test.brugwerk";

        admin.post(
                "/accounts",
                Map.of(
                        "displayName",
                        "Nouvelle collègue",
                        "email",
                        email,
                        "role",
                        "VOLUNTEER_COACH",
                        "language",
                        "FR"));

        assertThat(TestMail.subject(TestMail.to(email).get(0)))
                .isEqualTo("Votre compte chez Account tests dans Brugwerk");
        assertThat(TestMail.lastTextTo(email)).startsWith("Bonjour Nouvelle collègue,");
    }

    @Test
    void refusesAPasswordOfOneHundredTwentyNineCharactersWithAClearMessage() {
        String link = invite("long-" + UUID.randomUUID() + "@test.brugwerk");
        WebSession invited = new WebSession(port);
        invited.get(link);

        HttpResponse<String> refused =
                invited.post("/activate", Map.of("token", token(link), "password", "x".repeat(129)));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Je wachtwoord mag hoogstens 128 tekens lang zijn.");
        assertThat(invited.get(link).body())
                .as("the link still works after a refused password")
                .contains("name=\"password\"");
    }

    @Test
    void aLinkWorksOnceAndNotAfterItExpires() {
        String email = "once-" + UUID.randomUUID() + "@test.brugwerk";
        String link = invite(email);
        WebSession invited = new WebSession(port);
        invited.get(link);
        invited.post("/activate", Map.of("token", token(link), "password", "first chosen password"));

        HttpResponse<String> again =
                invited.post("/activate", Map.of("token", token(link), "password", "second chosen password"));
        assertThat(again.body()).contains("Deze link werkt niet (meer).");

        String expiring = invite("late-" + UUID.randomUUID() + "@test.brugwerk");
        clock.advance(Duration.ofHours(73));
        assertThat(new WebSession(port).get(expiring).body()).contains("Deze link werkt niet (meer).");
        assertThat(new WebSession(port).signIn(email, "second chosen password")).isFalse();
    }

    @Test
    void aResetLinkGoesByMailAndReplacesTheOldPassword() {
        Account coach = accounts.account(organisation, Role.VOLUNTEER_COACH);

        HttpResponse<String> reset = admin.post("/accounts/" + coach.id() + "/reset", Map.of());

        assertThat(reset.statusCode()).isEqualTo(302);
        assertThat(admin.get("/accounts").body())
                .doesNotContain("token=")
                .contains("Er is een link per e-mail verstuurd");
        assertThat(TestMail.subject(TestMail.to(coach.email()).get(0))).isEqualTo("Een nieuw wachtwoord voor Brugwerk");
        String link = TestMail.linkTo(coach.email());
        WebSession person = new WebSession(port);
        person.get(link);

        person.post("/activate", Map.of("token", token(link), "password", "een nieuw en lang wachtwoord"));

        assertThat(new WebSession(port).signIn(coach.email(), TestAccounts.PASSWORD))
                .isFalse();
        assertThat(new WebSession(port).signIn(coach.email(), "een nieuw en lang wachtwoord"))
                .isTrue();
    }

    @Test
    void settingANewPasswordEndsTheSessionsThatBeganBefore() {
        Account coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        WebSession earlier = new WebSession(port);
        assertThat(earlier.signIn(coach.email(), TestAccounts.PASSWORD)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        admin.post("/accounts/" + coach.id() + "/reset", Map.of());
        String link = TestMail.linkTo(coach.email());
        WebSession person = new WebSession(port);
        person.get(link);

        person.post("/activate", Map.of("token", token(link), "password", "een heel ander wachtwoord"));

        assertThat(earlier.get("/").statusCode()).isEqualTo(302);
        WebSession later = new WebSession(port);
        assertThat(later.signIn(coach.email(), "een heel ander wachtwoord")).isTrue();
        assertThat(later.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void answersAnInvitationToAnAddressWithAnAccountElsewhereExactlyLikeAnyOther() {
        Account elsewhere = accounts.account(accounts.organisation("Elders"), Role.COORDINATOR);
        String fresh = "fresh-" + UUID.randomUUID() + "@test.brugwerk";

        HttpResponse<String> toFresh =
                admin.post("/accounts", Map.of("displayName", "Nieuw", "email", fresh, "role", "COORDINATOR"));
        String afterFresh = admin.get("/accounts").body();
        HttpResponse<String> toTaken = admin.post(
                "/accounts", Map.of("displayName", "Bestaand", "email", elsewhere.email(), "role", "COORDINATOR"));
        String afterTaken = admin.get("/accounts").body();

        assertThat(toTaken.statusCode()).isEqualTo(toFresh.statusCode());
        assertThat(toTaken.headers().firstValue("Location"))
                .isEqualTo(toFresh.headers().firstValue("Location"));
        assertThat(notice(afterTaken))
                .isEqualTo(notice(afterFresh))
                .contains("De uitnodiging is per e-mail verstuurd.");
        assertThat(row(afterTaken, elsewhere.email(), "Bestaand")).isEqualTo(row(afterTaken, fresh, "Nieuw"));
        // its owner is told, gets no link, and keeps their own account as it was
        assertThat(TestMail.subject(TestMail.to(elsewhere.email()).get(0))).isEqualTo("Een uitnodiging voor Brugwerk");
        assertThat(TestMail.lastTextTo(elsewhere.email()))
                .contains("bestaat al een account")
                .doesNotContain("token=");
        WebSession owner = new WebSession(port);
        assertThat(owner.signIn(elsewhere.email(), TestAccounts.PASSWORD)).isTrue();
        assertThat(owner.get("/accounts").statusCode()).isEqualTo(403);

        String listed = idOfRow(afterTaken, elsewhere.email());
        HttpResponse<String> resentTaken = admin.post("/accounts/" + listed + "/reset", Map.of());
        String afterResentTaken = admin.get("/accounts").body();
        HttpResponse<String> resentFresh = admin.post("/accounts/" + idOfRow(afterTaken, fresh) + "/reset", Map.of());
        assertThat(resentTaken.statusCode()).isEqualTo(resentFresh.statusCode());
        assertThat(notice(afterResentTaken))
                .isEqualTo(notice(admin.get("/accounts").body()));
        assertThat(TestMail.to(elsewhere.email())).hasSize(2);
        assertThat(TestMail.to(fresh)).hasSize(2);
    }

    @Test
    void redeemsNoLinkThatPointsAtAnAccountOfAnotherOrganisation() {
        Account victim = accounts.account(accounts.organisation("Link victims"), Role.COORDINATOR);
        String forged = "forged-" + UUID.randomUUID();
        // a link row in one organisation naming another's account: the key on (organisation, account) refuses it
        assertThatThrownBy(() -> JdbcClient.create(ownerDataSource)
                        .sql("""
                insert into one_time_link (token_hash, account_id, organisation_id, purpose, created_at, expires_at)
                values (?, ?, ?, 'PASSWORD_RESET', now(), now() + interval '1 day')""")
                        .params(Secrets.sha256(forged), victim.id(), organisation)
                        .update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        WebSession attacker = new WebSession(port);
        attacker.get("/login");

        HttpResponse<String> redeemed =
                attacker.post("/activate", Map.of("token", forged, "password", "taken over now"));

        assertThat(redeemed.body()).contains("Deze link werkt niet (meer).");
        assertThat(new WebSession(port).signIn(victim.email(), "taken over now"))
                .isFalse();
    }

    @Test
    void deactivationEndsTheSessionAndCountsTheCaseloadForReassignment() {
        Account coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        WebSession coachSession = new WebSession(port);
        assertThat(coachSession.signIn(coach.email(), TestAccounts.PASSWORD)).isTrue();

        HttpResponse<String> done = admin.post("/accounts/" + coach.id() + "/deactivate", Map.of());
        assertThat(done.statusCode()).isEqualTo(302);

        assertThat(coachSession.get("/").statusCode()).isEqualTo(302);
        assertThat(admin.get("/accounts").body()).contains("gedeactiveerd");
    }

    @Test
    void refusesASecondAccountWithTheSameAddressAndKeepsWhatWasTyped() {
        String email = "twice-" + UUID.randomUUID() + "@test.brugwerk";
        invite(email);

        HttpResponse<String> second =
                admin.post("/accounts", Map.of("displayName", "Tweede", "email", email, "role", "COORDINATOR"));

        assertThat(second.body())
                .contains("Er bestaat al een account met dit e-mailadres.")
                .contains("value=\"Tweede\"");
    }

    @Test
    void aPlatformAdminCreatesAnOrganisationWhoseAdminGetsTheLinkByMail() {
        WebSession platform = new WebSession(port);
        assertThat(platform.signIn(accounts.account(null, Role.PLATFORM_ADMIN).email(), TestAccounts.PASSWORD))
                .isTrue();
        String email = "first-admin-" + UUID.randomUUID() + "@test.brugwerk";

        HttpResponse<String> created = platform.post(
                "/organisations", Map.of("name", "Nieuwe vzw", "adminName", "Eerste beheerder", "adminEmail", email));

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(platform.get("/organisations").body())
                .doesNotContain("token=")
                .contains("Nieuwe vzw")
                .contains("De organisatie is aangemaakt");
        String link = TestMail.linkTo(email);
        WebSession firstAdmin = new WebSession(port);
        firstAdmin.get(link);
        firstAdmin.post("/activate", Map.of("token", token(link), "password", "beheer van de nieuwe vzw"));

        assertThat(firstAdmin.signIn(email, "beheer van de nieuwe vzw")).isTrue();
        assertThat(firstAdmin.get("/accounts").body()).contains("Eerste beheerder");
        assertThat(platform.get("/participants").statusCode()).isEqualTo(403);
    }

    @Test
    void theAuditTrailNamesIdsNotPeople() {
        WebSession coordinator = new WebSession(port);
        assertThat(coordinator.signIn(
                        accounts.account(organisation, Role.COORDINATOR).email(), TestAccounts.PASSWORD))
                .isTrue();
        HttpResponse<String> created = coordinator.sendJson(
                "POST",
                "/api/v1/participants",
                "{\"name\":\"Zeer Herkenbaar\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");

        String trail = admin.get("/audit").body();

        assertThat(trail).contains(id).contains("ingeschreven").doesNotContain("Zeer Herkenbaar");
    }

    @Test
    void recordsWhoHandedOutAResetLinkAndChangedTheSettings() {
        Account coach = accounts.account(organisation, Role.VOLUNTEER_COACH);

        admin.post("/accounts/" + coach.id() + "/reset", Map.of());
        admin.post("/accounts/settings", Map.of("professionalsSeeOrganisation", "true"));

        String trail = admin.get("/audit").body();
        assertThat(trail)
                .contains(coach.id().toString())
                .contains("account van een medewerker")
                .contains(organisation.toString())
                .contains("instellingen van de organisatie");
    }

    @Test
    void writesNoSettingWhenTheSettingsPageSendsABasisThatDoesNotFit() {
        HttpResponse<String> refused = admin.post(
                "/accounts/settings",
                Map.of(
                        "professionalsSeeOrganisation",
                        "true",
                        "basis.MATCHING",
                        "PUBLIC_TASK", // fits, but comes with one that does not
                        "basis.SHARING",
                        "PUBLIC_TASK"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(admin.getJson("/api/v1/accounts/settings").body())
                .as("all or nothing: the basis that fits and the other setting of the same form stay as they were")
                .contains("\"professionalsSeeOrganisation\":false")
                .contains("\"MATCHING\":\"CONSENT\"")
                .contains("\"SHARING\":\"CONSENT\"");
    }

    private String invite(String email) {
        HttpResponse<String> invited = admin.post(
                "/accounts", Map.of("displayName", "Nieuwe collega", "email", email, "role", "VOLUNTEER_COACH"));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(302);
        return TestMail.linkTo(email);
    }

    private static String notice(String page) {
        Matcher notice = Pattern.compile("<p class=\"message\" role=\"status\">([^<]*)</p>")
                .matcher(page);
        return notice.find() ? notice.group(1) : "";
    }

    /** The accounts table's row of an address as the admin sees it, without its address, name and ids. */
    private static String row(String page, String email, String name) {
        Matcher row = Pattern.compile(
                        "<tr>(?:(?!</tr>).)*" + Pattern.quote(email) + "(?:(?!</tr>).)*</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as(email + " listed").isTrue();
        return row.group()
                .replace(email, "ADDRESS")
                .replace(">" + name + "<", ">NAME<")
                .replaceAll("[0-9a-f-]{36}", "ID");
    }

    private static String idOfRow(String page, String email) {
        Matcher row = Pattern.compile(
                        "<tr>(?:(?!</tr>).)*" + Pattern.quote(email) + "(?:(?!</tr>).)*/accounts/([0-9a-f-]{36})/reset",
                        Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as(email + " listed").isTrue();
        return row.group(1);
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }
}

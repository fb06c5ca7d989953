package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.IntakeLanguages;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public sign-up of buddies, without signing in: an applicant enters as applied; the answer never tells whether an
 * address is known; a honeypot stores nothing; too many attempts from one address are refused (counted in PostgreSQL).
 */
@FullStackTest
class BuddySignUpIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    UUID programme;
    WebSession anonymous;

    @BeforeEach
    void aProgramme() {
        WebSession coordinator = new WebSession(port);
        assertThat(coordinator.signIn(
                        accounts.account(accounts.organisation("Sign-up"), Role.COORDINATOR)
                                .email(),
                        TestAccounts.PASSWORD))
                .isTrue();
        programme = ProgrammeFixtures.programme(coordinator, "Open to all").programme;
        anonymous = new WebSession(port);
    }

    @Test
    void anApplicantEntersAsAppliedAndIsNotMatchable() {
        String email = unique();
        HttpResponse<String> answer = apply(email, Map.of());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(statusesOf(email)).containsExactly("APPLIED");
    }

    @Test
    void offersTheLevelsAsAPickListAndStoresThemInTheEnginesFormat() {
        String form = anonymous.get("/join/" + programme + "?lang=fr").body();
        assertThat(form)
                .contains("<option value=\"NATIVE\">langue maternelle</option>")
                .contains("<option value=\"B1\">B1 – se débrouille</option>")
                .contains("name=\"languages[2].level\"");
        String email = unique();

        Map<String, String> languages = new HashMap<>(IntakeLanguages.lines("NL", "native", "fr", "B2"));
        languages.put("languages[2].code", "");
        languages.put("languages[2].level", "");
        assertThat(apply(email, languages).statusCode()).isEqualTo(200);

        assertThat(JdbcClient.create(ownerDataSource)
                        .sql("""
                select array_to_string(i.languages, ',') from buddy b join intake i on i.id = b.intake_id
                where lower(b.email) = lower(?)""")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("nl:NATIVE,fr:B2");
    }

    @Test
    void refusesALevelOffTheListNamingTheFieldAndKeepsWhatWasTyped() {
        String email = unique();
        anonymous.get("/join/" + programme + "?lang=nl");
        Map<String, String> typed = new HashMap<>(IntakeLanguages.lines("nl", "NATIVE", "ti", "fluent"));
        typed.put("goals", "Samen koken");

        HttpResponse<String> answer = apply(email, typed);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("Niveau van taal 2 (ti): „fluent” bestaat niet; kies moedertaal of A1 tot C2.")
                .contains("data-field=\"languages[1].level\"")
                .contains("value=\"" + email + "\"")
                .contains("Samen koken");
        assertThat(IntakeLanguages.shownIn(answer.body())).isEqualTo("nl NATIVE, ti ?");
        assertThat(statusesOf(email)).isEmpty();
    }

    @Test
    void refusesALevelWithoutALanguageAndALanguageListedTwice() {
        String email = unique();
        anonymous.get("/join/" + programme + "?lang=en");
        Map<String, String> typed = new HashMap<>(IntakeLanguages.lines("nl", "NATIVE", "", "B1", "NL", "A2"));

        HttpResponse<String> answer = apply(email, typed);

        assertThat(answer.body())
                .contains("Language 2: fill in a language code next to the level.")
                .contains("Language 3: “NL” is already higher up in the list.");
        assertThat(IntakeLanguages.shownIn(answer.body())).isEqualTo("nl NATIVE,  B1, NL A2");
        assertThat(statusesOf(email)).isEmpty();
    }

    @Test
    void answersAKnownAddressExactlyLikeANewOne() {
        String email = unique();
        String first = apply(email, Map.of()).body();
        String again = apply(email.toUpperCase(), Map.of()).body();
        String other = apply(unique(), Map.of()).body();
        assertThat(withoutToken(again)).isEqualTo(withoutToken(first)).isEqualTo(withoutToken(other));
        assertThat(statusesOf(email)).hasSize(1);
    }

    @Test
    void storesNothingWhenTheHoneypotIsFilledIn() {
        String email = unique();
        HttpResponse<String> answer = apply(email, Map.of("website", "http://spam.example"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(withoutToken(answer.body()))
                .isEqualTo(withoutToken(apply(unique(), Map.of()).body()));
        assertThat(statusesOf(email)).isEmpty();
    }

    @Test
    void refusesTooManyAttemptsFromOneAddress() {
        for (int i = 0; i < BuddySignUp.ATTEMPTS_PER_WINDOW; i++) {
            assertThat(apply(unique(), Map.of()).statusCode()).isEqualTo(200);
        }
        String email = unique();
        assertThat(apply(email, Map.of()).statusCode()).isEqualTo(429);
        assertThat(statusesOf(email)).isEmpty();
        assertThat(JdbcClient.create(ownerDataSource)
                        .sql("select count(*) from signup_attempt where key like '%@%'")
                        .query(Long.class)
                        .single())
                .as("no address is stored")
                .isZero();
    }

    @Test
    void refusesNulInAFieldShowingTheFormAgainAndStoresNothing() {
        String email = unique();
        anonymous.get("/join/" + programme + "?lang=en");

        HttpResponse<String> answer = apply(email, Map.of("name", "Appli\u0000cant", "goals", "Meet people"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body())
                .contains("“name” holds a character that is not text")
                .contains("value=\"" + email + "\"")
                .contains("Meet people");
        assertThat(statusesOf(email)).isEmpty();
    }

    @Test
    void refusesAnAddressWithAnInvisibleCharacterOrANonBreakingSpaceNamingTheField() {
        String name = "applicant-" + UUID.randomUUID();
        anonymous.get("/join/" + programme + "?lang=en");

        for (String address : List.of(name + "\u200b@test.brugwerk", name + "\u00a0x@test.brugwerk")) {
            HttpResponse<String> answer = apply(address, Map.of());

            assertThat(answer.body())
                    .as("no address reaches anyone with it, and approval could not invite it")
                    .contains("data-field=\"email\"")
                    .contains("Fill in an e-mail address such as name@example.be.");
            assertThat(statusesOf(address)).isEmpty();
        }
    }

    @Test
    void showsNoProgrammeThatDoesNotExist() {
        assertThat(anonymous.get("/join/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> apply(String email, Map<String, String> extra) {
        anonymous.get("/join/" + programme);
        Map<String, String> form = new HashMap<>(Map.of(
                "name",
                "Applicant",
                "email",
                email,
                "capacity",
                "1",
                "consent",
                "true",
                "age",
                "45",
                "gender",
                "WOMAN"));
        form.putAll(IntakeLanguages.lines("nl", "NATIVE"));
        form.putAll(extra);
        return anonymous.post("/join/" + programme, form);
    }

    private List<String> statusesOf(String email) {
        return JdbcClient.create(ownerDataSource)
                .sql("select status from buddy where lower(email) = lower(?)")
                .param(email)
                .query(String.class)
                .list();
    }

    private static String withoutToken(String page) {
        return page.replaceAll("name=\"_csrf\" (value|content)=\"[^\"]+\"", "");
    }

    private static String unique() {
        return "applicant-" + UUID.randomUUID() + "@test.brugwerk";
    }
}

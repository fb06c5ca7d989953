package be.brugwerk.coaching;

import static be.brugwerk.coaching.CoachingFixtures.map;
import static be.brugwerk.coaching.CoachingFixtures.participant;
import static be.brugwerk.coaching.CoachingFixtures.refusedPage;
import static be.brugwerk.coaching.CoachingFixtures.signedIn;
import static be.brugwerk.coaching.CoachingFixtures.today;
import static be.brugwerk.coaching.CoachingFixtures.trajectory;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.DateInput;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Dates on the trajectory's forms and in its API: typed as Belgians write them, bounded by what they mean (a session
 * held: 1900 until today; a due date: up to five years ahead), refused by field with what was typed kept and the
 * page brought to the error, and shown in the reader's language. Today is 2 March 2026 on the test clock.
 */
@FullStackTest
class TrajectoryDatesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    WebSession coach;
    UUID trajectory;
    final UUID sister = UUID.randomUUID();

    @BeforeEach
    void aTrajectory() {
        UUID organisation = accounts.organisation("Trajectory dates");
        WebSession coordinator = signedIn(port, accounts.account(organisation, Role.COORDINATOR));
        Account coachAccount = accounts.account(organisation, Role.VOLUNTEER_COACH);
        coach = signedIn(port, coachAccount);
        UUID participant = participant(coordinator, coachAccount.id(), "Amina");
        map(coach, participant, 0, Map.of(sister, "Zus"));
        trajectory = trajectory(coordinator, participant, coachAccount.id());
    }

    @Test
    void takesADueDateTypedAs19Slash12Slash2026AndShowsItInTheReadersLanguage() {
        HttpResponse<String> added = coach.post(path("/actions"), action("Zus bellen", "19/12/2026"));

        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        assertThat(coach.get(path("") + "?lang=nl").body())
                .contains("<span>19/12/2026</span>")
                .contains("value=\"2026-12-19\"");
        assertThat(coach.get(path("") + "?lang=fr").body()).contains("<span>19/12/2026</span>");
        assertThat(coach.get(path("") + "?lang=en").body()).contains("<span>19 Dec 2026</span>");
        assertThat(coach.get(path("/printout") + "?lang=en").body()).contains("19 Dec 2026");
    }

    @Test
    void takesTheOtherWaysOfWritingADateOnPagesAndInTheApi() {
        assertThat(coach.post(path("/actions"), action("Bib", "5-1-2027")).statusCode())
                .isEqualTo(302);
        HttpResponse<String> api = coach.sendJson("POST", "/api/v1/trajectories/" + trajectory + "/actions", """
                {"kind":"OTHER","description":"Bellen","performer":"COACH","dueOn":"2026-12-19"}""");
        assertThat(api.statusCode()).as(api.body()).isEqualTo(201);

        String page = coach.get(path("") + "?lang=nl").body();
        assertThat(page).contains("<span>5/01/2027</span>", "<span>19/12/2026</span>");
    }

    @Test
    void refusesASessionDateBeyondTheCalendarBefore1900OrInTheFutureNamingTheFieldAndKeepingWhatWasTyped() {
        // what was typed comes back as the date input's value: in ISO when it was a date, as typed otherwise
        String tomorrow = today(clock).plusDays(1).toString();
        for (String wrong : new String[] {"+99999-01-01", "-0500-01-01", "31/12/1899", tomorrow}) {
            HttpResponse<String> page = refusedPage(
                    coach,
                    coach.post(
                            path("/sessions") + "?lang=en",
                            Map.of("heldOn", wrong, "durationMinutes", "60", "place", "Park")));

            assertThat(page.statusCode()).as(wrong).isEqualTo(200);
            assertThat(page.body())
                    .as(wrong)
                    .containsPattern("(?s)data-error-summary.*?<a href=\"#heldOn\" data-field=\"heldOn\">")
                    .containsPattern("<input id=\"session-held-on\" name=\"heldOn\" type=\"date\" value=\""
                            + Pattern.quote(DateInput.asTyped(wrong)) + "\"[^>]*aria-invalid=\"true\"")
                    .contains("value=\"Park\"")
                    .containsAnyOf(
                            "Write the date as 19/12/2026",
                            "Choose a date from 1900 on.",
                            "This date lies in the future: choose today or earlier.");

            HttpResponse<String> api =
                    coach.sendJson("POST", "/api/v1/trajectories/" + trajectory + "/sessions", """
                    {"heldOn":"%s","durationMinutes":"60","place":"Park"}""".formatted(wrong));
            assertThat(api.statusCode()).as(wrong).isEqualTo(400);
            assertThat(api.body()).as(wrong).contains("\"field\":\"heldOn\"");
        }
        assertThat(coach.post(
                                path("/sessions"),
                                Map.of("heldOn", today(clock).toString(), "durationMinutes", "60", "place", "Park"))
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void refusesAPlanMoreThanFiveYearsAheadOnThePageAndInTheApi() {
        // relative to the test clock, which other tests in the same context may have moved on
        LocalDate lastAllowed = today(clock).plusYears(5);
        LocalDate tooFar = lastAllowed.plusDays(1);
        HttpResponse<String> page =
                refusedPage(coach, coach.post(path("/actions") + "?lang=en", action("Later", typed(tooFar))));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("This date lies more than 5 years ahead.")
                .contains("value=\"" + tooFar + "\"")
                .contains("data-field=\"dueOn\"");
        HttpResponse<String> api = coach.sendJson("POST", "/api/v1/trajectories/" + trajectory + "/actions", """
                {"kind":"OTHER","description":"Bellen","performer":"COACH","dueOn":"2100-06-01"}""");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"field\":\"dueOn\"").contains("\"code\":\"date.tooFarAhead\"");
        assertThat(coach.post(path("/actions"), action("Over vijf jaar", typed(lastAllowed)))
                        .statusCode())
                .isEqualTo(302);
    }

    /** As a person types it: day/month/year without leading zeros. */
    private static String typed(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    private Map<String, String> action(String description, String dueOn) {
        return Map.of(
                "kind",
                "ASK_PRACTICAL_HELP",
                "description",
                description,
                "performer",
                "PARTICIPANT",
                "dueOn",
                dueOn,
                "memberId",
                sister.toString());
    }

    private String path(String rest) {
        return "/trajectories/" + trajectory + rest;
    }
}

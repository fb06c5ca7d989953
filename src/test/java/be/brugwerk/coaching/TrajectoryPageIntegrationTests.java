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
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.List;
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
 * The trajectory page's forms after a refusal (post/redirect/get): the post answers a redirect to an address of the
 * page that names the refusal; that address shows the error at its form with what was typed, and keeps doing so when
 * it is read again or in another language. And the step plan: only the current step open, its status one click away.
 */
@FullStackTest
class TrajectoryPageIntegrationTests {

    private static final Pattern FOLD = Pattern.compile("<details id=\"([a-z-]+)\" class=\"fold\"( open)?");
    private static final Pattern OPEN_STEPS = Pattern.compile("<details class=\"step\" open");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    WebSession coach;
    UUID trajectory;
    final UUID sister = UUID.randomUUID();

    @BeforeEach
    void aTrajectoryWithAVolunteerCoach() {
        UUID organisation = accounts.organisation("Trajectory page tests");
        WebSession coordinator = signedIn(port, accounts.account(organisation, Role.COORDINATOR));
        Account coachAccount = accounts.account(organisation, Role.VOLUNTEER_COACH);
        coach = signedIn(port, coachAccount);
        UUID participant = participant(coordinator, coachAccount.id(), "Amina");
        map(coach, participant, 0, Map.of(sister, "Zus"));
        trajectory = trajectory(coordinator, participant, coachAccount.id());
    }

    @Test
    void keepsARefusedActionWithItsErrorAcrossReloadAndTheLanguageSwitch() {
        HttpResponse<String> posted = coach.post(
                path("/actions"),
                Map.of(
                        "kind",
                        "ASK_PRACTICAL_HELP",
                        "description",
                        "Zus vragen voor de bib-3v",
                        "performer",
                        "PARTICIPANT",
                        "dueOn",
                        "2026-02-30",
                        "memberId",
                        sister.toString()));
        String address = location(posted);

        String dutch = refusedPage(coach, posted).body();
        assertThat(dutch)
                .contains("Deze datum bestaat niet")
                .contains("value=\"2026-02-30\"")
                .contains("Zus vragen voor de bib-3v")
                .containsPattern("(?s)id=\"action-form\".*?data-error-summary");
        HttpResponse<String> french = coach.get(address + "&lang=fr");
        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(french.body())
                .contains("lang=\"fr\"")
                .contains("Cette date n’existe pas")
                .contains("value=\"2026-02-30\"")
                .contains("Zus vragen voor de bib-3v")
                .containsPattern("(?s)<select id=\"action-member\"[^>]*>.*?<option value=\"" + sister + "\" selected");
        assertThat(coach.get(address).body()).as("read once more").contains("Cette date n’existe pas");
        assertThat(count("coaching_action")).isZero();
    }

    @Test
    void keepsARefusedWishSessionAndNoteEachAtItsOwnForm() {
        String tooLong = "x".repeat(4001);
        String wish = refusedPage(
                        coach,
                        coach.post(path("/wishes"), Map.of("contact", "NEW", "memberId", "", "description", tooLong)))
                .body();
        assertThat(wish)
                .containsPattern("(?s)<textarea id=\"wish-description\"[^>]*aria-invalid=\"true\"[^>]*>" + tooLong
                        + "</textarea>")
                .contains("Dit is te lang.");
        assertThat(openFolds(wish))
                .as("the refused form unfolded, the others folded")
                .containsExactly("wish-fold");

        String session = refusedPage(
                        coach,
                        coach.post(
                                path("/sessions"),
                                Map.of(
                                        "heldOn",
                                        today(clock).plusDays(3).toString(),
                                        "durationMinutes",
                                        "60",
                                        "place",
                                        "Park-7c")))
                .body();
        assertThat(session)
                .contains("Deze datum ligt in de toekomst")
                .contains("value=\"Park-7c\"")
                .containsPattern("(?s)id=\"session-form\".*?data-error-summary.*?data-field=\"heldOn\"");
        assertThat(openFolds(session)).containsExactly("session-fold");

        String note = refusedPage(coach, coach.post(path("/notes"), Map.of("text", "", "visibility", "SHARED")))
                .body();
        assertThat(note)
                .containsPattern("<textarea id=\"note-text\"[^>]*aria-invalid=\"true\"")
                .satisfies(page -> assertThat(openFolds(page)).containsExactly("note-fold"))
                .doesNotContain("id=\"session-held-on\" name=\"heldOn\" type=\"date\" value=\""
                        + today(clock).plusDays(3));
        assertThat(coach.get(location(coach.post(path("/wishes"), Map.of("contact", "NEW", "description", tooLong)))
                                + "&lang=en")
                        .body())
                .contains("This is too long.");
        assertThat(count("coaching_session") + count("coaching_note") + count("coaching_wish"))
                .isZero();
    }

    @Test
    void savesANewContactWishWithoutTheMemberStillChosenInTheDropdown() {
        coach.post(
                path("/wishes"),
                Map.of("contact", "NEW", "memberId", sister.toString(), "description", "Iemand om mee te wandelen"));

        assertThat(owner().sql(
                                "select contact, member_id is null as unnamed from coaching_wish where trajectory_id = ?")
                        .param(trajectory)
                        .query((row, number) -> row.getString("contact") + " " + row.getBoolean("unnamed"))
                        .list())
                .containsExactly("NEW true");
    }

    /** The folded forms of the page shown open, by id. */
    private static List<String> openFolds(String page) {
        return FOLD.matcher(page)
                .results()
                .filter(fold -> fold.group(2) != null)
                .map(fold -> fold.group(1))
                .toList();
    }

    @Test
    void keepsARefusedStepOpenWithItsNotesAsTyped() {
        UUID third = step(3);
        String tooLong = "y".repeat(4001);
        String page = refusedPage(
                        coach,
                        coach.post(
                                path("/steps/" + third),
                                Map.of("status", "IN_PROGRESS", "notes", tooLong, "version", "0")))
                .body();

        assertThat(page)
                .containsPattern("(?s)<li id=\"step-3\"[^>]*>\\s*<details class=\"step\" open")
                .containsPattern("<textarea id=\"notes-3\"[^>]*aria-invalid=\"true\"[^>]*>" + tooLong)
                .contains("Dit is te lang.");
        assertThat(OPEN_STEPS.matcher(page).results().count())
                .as("only the refused step is open")
                .isEqualTo(1);
    }

    @Test
    void showsAnAddressNamingAnUnknownRefusalAsThePlainPage() {
        HttpResponse<String> page = coach.get(path("?refused=" + UUID.randomUUID()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("data-error-summary");
    }

    @Test
    void opensOnlyTheFirstStepNotDoneAndChangesAStatusInOneClick() {
        String fresh = coach.get(path("")).body();
        assertThat(OPEN_STEPS.matcher(fresh).results().count()).isEqualTo(1);
        assertThat(fresh).containsPattern("(?s)<li id=\"step-1\"[^>]*>\\s*<details class=\"step\" open");
        assertThat(FOLD.matcher(fresh).results().count())
                .as("the seven forms below the step plan, folded")
                .isEqualTo(7);
        assertThat(openFolds(fresh)).isEmpty();

        UUID first = step(1);
        assertThat(coach.post(
                                path("/steps/" + first),
                                Map.of("status", "IN_PROGRESS", "notes", "Koffie bij Amina-5d", "version", "0"))
                        .statusCode())
                .isEqualTo(302);
        String working = coach.get(path("")).body();
        // the one-click button sends the status, the version read and the notes as stored
        Matcher done = Pattern.compile(
                        "(?s)<form class=\"inline\" method=\"post\"\\s+action=\"/trajectories/" + trajectory
                                + "/steps/" + first
                                + "\">.*?name=\"version\" value=\"(\\d+)\">\\s*<input type=\"hidden\" name=\"status\""
                                + " value=\"DONE\">\\s*<input type=\"hidden\" name=\"notes\" value=\"([^\"]*)\">")
                .matcher(working);
        assertThat(done.find()).as(working).isTrue();
        assertThat(done.group(2)).isEqualTo("Koffie bij Amina-5d");

        assertThat(coach.post(
                                path("/steps/" + first),
                                Map.of("status", "DONE", "notes", done.group(2), "version", done.group(1)))
                        .statusCode())
                .isEqualTo(302);
        String afterSave = coach.get(path("")).body();
        assertThat(stepStatus(first)).isEqualTo("DONE");
        assertThat(afterSave)
                .contains("Koffie bij Amina-5d")
                .containsPattern("(?s)<li id=\"step-2\"[^>]*>\\s*<details class=\"step\" open")
                .containsPattern("(?s)<li id=\"step-1\"[^>]*>\\s*<details class=\"step\">\\s*<summary>.*?gedaan");
        assertThat(OPEN_STEPS.matcher(afterSave).results().count()).isEqualTo(1);
    }

    private UUID step(int position) {
        return owner().sql("select id from trajectory_step where trajectory_id = ? and position = ?")
                .param(trajectory)
                .param(position)
                .query(UUID.class)
                .single();
    }

    private String stepStatus(UUID step) {
        return owner().sql("select status from trajectory_step where id = ?")
                .param(step)
                .query(String.class)
                .single();
    }

    private static String location(HttpResponse<String> posted) {
        assertThat(posted.statusCode()).isEqualTo(302);
        return posted.headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceFirst("^https?://[^/]+", "")
                .replaceFirst("#.*$", "");
    }

    private long count(String table) {
        return owner().sql("select count(*) from " + table + " where trajectory_id = ?")
                .param(trajectory)
                .query(Long.class)
                .single();
    }

    private String path(String rest) {
        return "/trajectories/" + trajectory + rest;
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }
}

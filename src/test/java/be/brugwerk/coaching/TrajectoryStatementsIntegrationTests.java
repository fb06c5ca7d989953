package be.brugwerk.coaching;

import static be.brugwerk.coaching.CoachingFixtures.map;
import static be.brugwerk.coaching.CoachingFixtures.measuredTwice;
import static be.brugwerk.coaching.CoachingFixtures.participant;
import static be.brugwerk.coaching.CoachingFixtures.signedIn;
import static be.brugwerk.coaching.CoachingFixtures.today;
import static be.brugwerk.coaching.CoachingFixtures.trajectory;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.SqlStatements;
import be.brugwerk.support.SqlStatements.Executed;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The trajectory list, a trajectory's page, its printout for the participant and the page to start one run a fixed
 * number of SQL statements, however many rows they show: the same with 2 as with 20 (no query per trajectory, per
 * participant, per round table, per session, per measurement or per version of the map).
 */
@FullStackTest
class TrajectoryStatementsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    @Autowired
    MutableClock clock;

    /**
     * The printout reads three parts, each behind its own check that the trajectory may be worked on (ADR 0006): the
     * trajectory with everything in it, the network at the start and now (the list of versions, then each of the two
     * maps, each read checked and audited by the network module), and the measurements with their answers. None of
     * it is read per row.
     */
    private static final int PRINTOUT_CEILING = 61;

    WebSession coordinator;
    Account coachAccount;
    WebSession coach;

    @BeforeEach
    void aCoordinatorAndACoach() {
        UUID organisation = accounts.organisation("Statements of trajectory pages");
        coordinator = signedIn(port, accounts.account(organisation, Role.COORDINATOR));
        coachAccount = accounts.account(organisation, Role.VOLUNTEER_COACH);
        coach = signedIn(port, coachAccount);
    }

    @Test
    void listsTwentyTrajectoriesWithTheStatementsOfTwo() {
        startTrajectories(2);
        List<Executed> two = statementsOf(coordinator, "/trajectories");
        startTrajectories(18);
        List<Executed> twenty = statementsOf(coordinator, "/trajectories");

        assertThat(twenty)
                .as("with 20 trajectories:" + SqlStatements.describe(twenty))
                .hasSameSizeAs(two);
        // 9: the coaches' names are one query to people's StaffDirectory, not a join on its account table; which of
        // the page's participants the coordinator may work with and their names are one query to people, that reads
        // names only (not each one's caseload and consents as well), not a check and then the names
        assertThat(two).as("with 2 trajectories:" + SqlStatements.describe(two)).hasSizeLessThanOrEqualTo(9);
    }

    /**
     * The start's choice shows at most {@value TrajectoryManagement#MOST_STARTABLE} participants by name: with 30
     * startable it runs the statements it runs with 2. Those with an open trajectory are named to come after them in
     * name order, so that the first read leaves nobody out (ParticipantChoicesScaleIntegrationTests reads past those
     * left out).
     */
    @Test
    void offersThirtyParticipantsToStartForWithTheStatementsOfTwo() {
        startTrajectories(1, "Zorg ");
        registerParticipants(2);
        List<Executed> two = statementsOf(coordinator, "/trajectories/new");
        startTrajectories(1, "Zorg ");
        registerParticipants(28);
        List<Executed> thirty = statementsOf(coordinator, "/trajectories/new");

        assertThat(thirty)
                .as("with 30 startable:" + SqlStatements.describe(thirty))
                .hasSameSizeAs(two);
        assertThat(two).as("with 2 startable:" + SqlStatements.describe(two)).hasSizeLessThanOrEqualTo(12);
    }

    // The trajectory page's ceiling includes the four statements of the check that runs before any input is read
    // (ADR 0006, "Ordering": the organisation setting, the trajectory, and whether the person may see its participant).
    @Test
    void showsATrajectoryOfTwentyOfEverythingWithTheStatementsOfTwo() {
        UUID member = UUID.randomUUID();
        UUID participant = participant(coordinator, coachAccount.id(), "Amina");
        map(coach, participant, 0, Map.of(member, "Zus"));
        UUID trajectory = trajectory(coordinator, participant, coachAccount.id());
        String page = "/trajectories/" + trajectory;
        work(page, member, 2);
        List<Executed> two = statementsOf(coach, page);
        work(page, member, 18);
        List<Executed> twenty = statementsOf(coach, page);

        assertThat(twenty)
                .as("with 20 of everything:" + SqlStatements.describe(twenty))
                .hasSameSizeAs(two);
        assertThat(two)
                .as("with 2 of everything:" + SqlStatements.describe(two))
                .hasSizeLessThanOrEqualTo(33);
    }

    /**
     * The printout of a trajectory of the ten default steps with two of everything, and of one of twenty steps (the
     * organisation's step plan changed in between) with twenty of everything: sessions (each keeps a version of the
     * map, with a note shared with the participant), finished measurements and the work of {@link #work}.
     */
    @Test
    void printsATrajectoryOfTwentyOfEverythingWithTheStatementsOfTwo() {
        UUID aminasSister = UUID.randomUUID();
        String small = trajectoryWithAMap("Amina", aminasSister);
        everything(small, aminasSister, 2);
        List<Executed> two = statementsOf(coach, small + "/printout");

        Map<String, String> twentySteps = new java.util.HashMap<>(Map.of("version", "0"));
        for (int i = 0; i < 20; i++) {
            twentySteps.put("position." + i, String.valueOf(i + 1));
            twentySteps.put("name." + i, "Stap " + i);
        }
        posted(coordinator, "/coaching/steps", twentySteps);
        UUID noursSister = UUID.randomUUID();
        String large = trajectoryWithAMap("Nour", noursSister);
        assertThat(coach.get(large).body()).contains("Stap 19");
        everything(large, noursSister, 20);
        List<Executed> twenty = statementsOf(coach, large + "/printout");

        assertThat(coach.get(large + "/printout").body())
                .contains("Stap 19")
                .contains("Gedeeld gesprek 19")
                .contains("Zus bellen 19");
        assertThat(twenty)
                .as("with 20 of everything:" + SqlStatements.describe(twenty))
                .hasSameSizeAs(two);
        assertThat(two)
                .as("with 2 of everything:" + SqlStatements.describe(two))
                .hasSizeLessThanOrEqualTo(PRINTOUT_CEILING);
    }

    /** A trajectory of a new participant whose map holds one member, Zus: answers the trajectory's page. */
    private String trajectoryWithAMap(String name, UUID sister) {
        UUID participant = participant(coordinator, coachAccount.id(), name);
        map(coach, participant, 0, Map.of(sister, "Zus"));
        return "/trajectories/" + trajectory(coordinator, participant, coachAccount.id());
    }

    /** {@code count} sessions with a shared note, finished measurements and of everything {@link #work} adds. */
    private void everything(String page, UUID sister, int count) {
        work(page, sister, count);
        UUID trajectory = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
        for (int i = 0; i < count; i++) {
            posted(
                    coach,
                    page + "/sessions",
                    Map.of(
                            "heldOn",
                            today(clock).toString(),
                            "durationMinutes",
                            "45",
                            "note",
                            "Gedeeld gesprek " + i,
                            "noteVisibility",
                            "SHARED"));
            if (i % 2 == 0) { // two measurements at a time
                measuredTwice(coach, trajectory, today(clock).minusDays(i));
            }
        }
    }

    /** Wishes, actions, small successes, notes, support-plan entries and round tables, {@code count} of each. */
    private void work(String page, UUID member, int count) {
        for (int i = 0; i < count; i++) {
            posted(
                    coach,
                    page + "/wishes",
                    Map.of("contact", "EXISTING", "memberId", member.toString(), "description", "Vaker bellen " + i));
            posted(
                    coach,
                    page + "/actions",
                    Map.of(
                            "kind",
                            "OTHER",
                            "description",
                            "Zus bellen " + i,
                            "performer",
                            "PARTICIPANT",
                            "memberId",
                            member.toString()));
            posted(
                    coach,
                    page + "/successes",
                    Map.of("occurredOn", today(clock).toString(), "description", "Samen gegeten " + i));
            posted(coach, page + "/notes", Map.of("text", "Notitie " + i, "visibility", "SHARED"));
            posted(
                    coach,
                    page + "/support-plan",
                    Map.of("memberId", member.toString(), "involve", "true", "purpose", "Boodschappen " + i));
            posted(
                    coach,
                    page + "/round-tables",
                    Map.of(
                            "plannedOn",
                            today(clock).plusDays(3).toString(),
                            "agenda",
                            "Verhuis " + i,
                            "invitees",
                            member.toString(),
                            "participantCentral",
                            "true"));
        }
    }

    private static void posted(WebSession session, String path, Map<String, String> form) {
        assertThat(session.post(path, form).statusCode()).as(path).isEqualTo(302);
    }

    private void startTrajectories(int count) {
        startTrajectories(count, "Deelnemer ");
    }

    private void startTrajectories(int count, String name) {
        for (int i = 0; i < count; i++) {
            trajectory(
                    coordinator,
                    participant(coordinator, coachAccount.id(), name + UUID.randomUUID()),
                    coachAccount.id());
        }
    }

    private void registerParticipants(int count) {
        for (int i = 0; i < count; i++) {
            participant(coordinator, coachAccount.id(), "Wacht " + UUID.randomUUID());
        }
    }

    /** The statements of the page, asked for a second time (the first request after sign-in sets up the session). */
    private List<Executed> statementsOf(WebSession session, String path) {
        assertThat(session.get(path).statusCode()).isEqualTo(200);
        return statements.during(
                () -> assertThat(session.get(path).statusCode()).isEqualTo(200));
    }
}

package be.brugwerk.coaching;

import static be.brugwerk.coaching.CoachingFixtures.participant;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The organisation view, aggregated and without names: the average change in scores appears from five participants
 * on and is suppressed below; the coordinator sees where a coach has overdue actions.
 */
@FullStackTest
class OrganisationViewIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    WebSession coordinator;
    WebSession admin;
    WebSession coach;
    Account coachAccount;
    Account coordinatorAccount;
    Account adminAccount;

    @BeforeEach
    void anOrganisationWithAVolunteerCoach() {
        UUID organisation = accounts.organisation("Organisation view");
        coordinatorAccount = accounts.account(organisation, Role.COORDINATOR);
        adminAccount = accounts.account(organisation, Role.ORGANISATION_ADMIN);
        coordinator = signedIn(port, coordinatorAccount);
        admin = signedIn(port, adminAccount);
        coachAccount = accounts.account(organisation, Role.VOLUNTEER_COACH);
        coach = signedIn(port, coachAccount);
    }

    @Test
    void suppressesTheAverageChangeOverFewerThanFiveParticipantsAndShowsItFromFive() {
        for (int i = 0; i < 4; i++) {
            measuredTwice("Deelnemer " + i);
        }
        assertThat(djg6Change(admin.get("/coaching/organisation").body())).isEqualTo("minder dan 5");
        assertThat(admin.get("/coaching/organisation").body()).doesNotContain("Deelnemer 0");

        measuredTwice("Deelnemer 4");

        assertThat(djg6Change(admin.get("/coaching/organisation").body())).isEqualTo("-6,00 (over 5 deelnemers)");
        assertThat(coordinator.get("/coaching/organisation").body()).doesNotContain("Deelnemer 4");
    }

    @Test
    void showsTheCoordinatorWhereACoachHasOverdueActions() {
        UUID trajectory =
                trajectory(coordinator, participant(coordinator, coachAccount.id(), "Te laat"), coachAccount.id());
        String action = """
                {"kind":"OTHER","description":"Bellen","performer":"COACH","dueOn":"%s"}""";
        assertThat(coach.sendJson(
                                "POST",
                                "/api/v1/trajectories/" + trajectory + "/actions",
                                action.formatted(today(clock)))
                        .statusCode())
                .isEqualTo(201);
        clock.advance(java.time.Duration.ofDays(2)); // sessions idle that long end: sign in anew

        String page =
                signedIn(port, coordinatorAccount).get("/coaching/organisation").body();
        String row = page.substring(page.indexOf("id=\"supervision\""));
        assertThat(row)
                .containsPattern("Test VOLUNTEER_COACH[^<]*</td>\\s*<td>1</td><td>0</td><td>1</td>")
                .contains("Zit vast");
        assertThat(signedIn(port, adminAccount).get("/coaching/organisation").body())
                .doesNotContain("id=\"supervision\"");
    }

    @Test
    void countsNoOverdueActionOfAClosedTrajectory() {
        UUID trajectory =
                trajectory(coordinator, participant(coordinator, coachAccount.id(), "Afgesloten"), coachAccount.id());
        assertThat(coach.sendJson(
                                "POST", "/api/v1/trajectories/" + trajectory + "/actions", """
                {"kind":"OTHER","description":"Bellen","performer":"COACH","dueOn":"%s"}""".formatted(today(clock)))
                        .statusCode())
                .isEqualTo(201);
        clock.advance(java.time.Duration.ofDays(2));
        WebSession later = signedIn(port, coachAccount);
        assertThat(later.getJson("/api/v1/trajectories").body()).contains("\"overdueActions\":1");
        assertThat(later.get("/trajectories/" + trajectory).body()).contains("class=\"badge\">over tijd</span>");

        assertThat(later.post(
                                "/trajectories/" + trajectory + "/close",
                                java.util.Map.of("handoverTo", "Buurtwerk", "version", "0"))
                        .statusCode())
                .isEqualTo(302);

        assertThat(later.getJson("/api/v1/trajectories").body())
                .contains("\"overdueActions\":0")
                .doesNotContain("\"overdueActions\":1");
        assertThat(later.get("/trajectories/" + trajectory).body()).doesNotContain("class=\"badge\">over tijd</span>");
        String page =
                signedIn(port, coordinatorAccount).get("/coaching/organisation").body();
        assertThat(page.substring(page.indexOf("id=\"supervision\"")))
                .containsPattern("Test VOLUNTEER_COACH[^<]*</td>\\s*<td>0</td><td>0</td><td>0</td>");
    }

    @Test
    void showsTheCoordinatorWhichTrajectoryWentWithoutASessionForTheSetNumberOfWeeks() {
        UUID trajectory =
                trajectory(coordinator, participant(coordinator, coachAccount.id(), "Stil traject"), coachAccount.id());
        clock.advance(java.time.Duration.ofDays(7 * 4 + 1)); // four weeks is the default setting

        String page =
                signedIn(port, coordinatorAccount).get("/coaching/organisation").body();
        String stuck = page.substring(page.indexOf("Waar Test VOLUNTEER_COACH"));
        assertThat(stuck)
                .contains("href=\"/trajectories/" + trajectory + "\"")
                .contains("bij stap Kennismaking")
                .contains("nog geen enkel gesprek")
                .doesNotContain("Stil traject");

        WebSession later = signedIn(port, coachAccount);
        assertThat(later.post(
                                "/trajectories/" + trajectory + "/sessions",
                                java.util.Map.of("heldOn", today(clock).toString(), "durationMinutes", "30"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(signedIn(port, coordinatorAccount)
                        .get("/coaching/organisation")
                        .body())
                .doesNotContain("/trajectories/" + trajectory + "\"");
    }

    private UUID measuredTwice(String name) {
        UUID participant = participant(coordinator, coachAccount.id(), name);
        measuredTwice(trajectory(coordinator, participant, coachAccount.id()));
        return participant;
    }

    private void measuredTwice(UUID trajectory) {
        CoachingFixtures.measuredTwice(coach, trajectory, today(clock));
    }

    @Test
    void aParticipantWhoseProcessingConsentWasWithdrawnNoLongerCounts() {
        UUID withdrawing = measuredTwice("Deelnemer 0");
        for (int i = 1; i < 5; i++) {
            measuredTwice("Deelnemer " + i);
        }
        assertThat(djg6Change(admin.get("/coaching/organisation").body())).isEqualTo("-6,00 (over 5 deelnemers)");

        assertThat(coordinator
                        .sendJson("DELETE", "/api/v1/participants/" + withdrawing + "/consents/PROCESSING", "")
                        .statusCode())
                .isEqualTo(204);

        assertThat(djg6Change(admin.get("/coaching/organisation").body())).isEqualTo("minder dan 5");
    }

    @Test
    void aTrajectoryOfAParticipantWhoseProcessingConsentWasWithdrawnIsNotInTheStuckList() {
        UUID participant = participant(coordinator, coachAccount.id(), "Ingetrokken");
        UUID trajectory = trajectory(coordinator, participant, coachAccount.id());
        clock.advance(java.time.Duration.ofDays(7 * 4 + 1));
        WebSession later = signedIn(port, coordinatorAccount);
        assertThat(later.get("/coaching/organisation").body()).contains("/trajectories/" + trajectory + "\"");

        assertThat(later.sendJson("DELETE", "/api/v1/participants/" + participant + "/consents/PROCESSING", "")
                        .statusCode())
                .isEqualTo(204);

        assertThat(later.get("/coaching/organisation").body()).doesNotContain("/trajectories/" + trajectory + "\"");
    }

    @Test
    void countsAParticipantWithTwoTrajectoriesOnceInTheAverage() {
        UUID twice = participant(coordinator, coachAccount.id(), "Deelnemer 0");
        UUID firstTrajectory = trajectory(coordinator, twice, coachAccount.id());
        measuredTwice(firstTrajectory);
        for (int i = 1; i < 4; i++) {
            measuredTwice("Deelnemer " + i);
        }
        assertThat(coach.post(
                                "/trajectories/" + firstTrajectory + "/close",
                                java.util.Map.of("handoverTo", "Buurtwerk", "version", "0"))
                        .statusCode())
                .isEqualTo(302);
        measuredTwice(trajectory(coordinator, twice, coachAccount.id()));

        assertThat(djg6Change(admin.get("/coaching/organisation").body())).isEqualTo("minder dan 5");
    }

    private static String djg6Change(String page) {
        Matcher row = Pattern.compile(
                        "De Jong Gierveld-eenzaamheidsschaal \\(6 vragen\\)</th>\\s*<td[^>]*>([^<]*)</td>")
                .matcher(page);
        assertThat(row.find()).as(page).isTrue();
        return row.group(1);
    }
}

package be.brugwerk.system.web;

import static be.brugwerk.system.web.HomeFixtures.action;
import static be.brugwerk.system.web.HomeFixtures.fix;
import static be.brugwerk.system.web.HomeFixtures.map;
import static be.brugwerk.system.web.HomeFixtures.participant;
import static be.brugwerk.system.web.HomeFixtures.programme;
import static be.brugwerk.system.web.HomeFixtures.roundTable;
import static be.brugwerk.system.web.HomeFixtures.session;
import static be.brugwerk.system.web.HomeFixtures.today;
import static be.brugwerk.system.web.HomeFixtures.trajectory;
import static be.brugwerk.system.web.HomeFixtures.waiting;
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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role's home runs a fixed number of SQL statements, however much it shows: the same with one participant,
 * programme, account or pair as with several (no query per row), and no more than a small ceiling.
 */
@FullStackTest
class HomeStatementsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    @Autowired
    MutableClock clock;

    HomeFixtures fixtures;
    UUID organisation;
    Account coordinator;
    WebSession chris;

    @BeforeEach
    void anOrganisation() {
        fixtures = new HomeFixtures(port);
        organisation = accounts.organisation("Statements of the homes");
        coordinator = accounts.account(organisation, Role.COORDINATOR);
        chris = fixtures.signedIn(coordinator);
    }

    @Test
    void showsACoachsHomeWithTheStatementsOfOneParticipant() {
        Account coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        WebSession vera = fixtures.signedIn(coach);
        coached(vera, coach, 1);
        List<Executed> one = statementsOf(vera);
        coached(vera, coach, 4);
        List<Executed> five = statementsOf(vera);

        assertThat(five)
                .as("with five participants:" + SqlStatements.describe(five))
                .hasSameSizeAs(one);
        // 13: the names of whoever changed the maps come from the people module, in one statement of their own;
        // 4 more: the check-ins due on valued roles (roles' own section: its transaction, whom the coach may see, and
        // the takings due)
        assertThat(one)
                .as("with one participant:" + SqlStatements.describe(one))
                .hasSizeLessThanOrEqualTo(17);
    }

    @Test
    void showsACoordinatorsHomeWithTheStatementsOfOneProposal() {
        UUID programme = programme(chris, "Programma " + UUID.randomUUID());
        UUID[] buddy = new UUID[1];
        fixtures.buddy(chris, programme, "Bart", "bart-" + UUID.randomUUID() + "@test.brugwerk", buddy);
        proposed(programme, buddy[0], 1);
        List<Executed> one = statementsOf(chris);
        proposed(programme, buddy[0], 2);
        programme(chris, "Nog een programma " + UUID.randomUUID());
        List<Executed> three = statementsOf(chris);

        assertThat(three)
                .as("with three proposals:" + SqlStatements.describe(three))
                .hasSameSizeAs(one);
        // 2 of them: the check-ins due on valued roles (roles' own section: its transaction and the takings due)
        assertThat(one).as("with one proposal:" + SqlStatements.describe(one)).hasSizeLessThanOrEqualTo(12);
    }

    @Test
    void showsAnAdminsHomeWithTheStatementsOfAFewAccounts() {
        WebSession admin = fixtures.signedIn(accounts.account(organisation, Role.ORGANISATION_ADMIN));
        participant(chris, null, "Deelnemer " + UUID.randomUUID());
        List<Executed> few = statementsOf(admin);
        for (int i = 0; i < 5; i++) {
            accounts.account(organisation, Role.VOLUNTEER_COACH);
            participant(chris, null, "Deelnemer " + UUID.randomUUID());
        }
        List<Executed> many = statementsOf(admin);

        assertThat(many)
                .as("with many accounts and audit rows:" + SqlStatements.describe(many))
                .hasSameSizeAs(few);
        assertThat(few).as("with a few accounts:" + SqlStatements.describe(few)).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void showsABuddysHomeWithTheStatementsOfOnePair() {
        UUID programme = programme(chris, "Programma " + UUID.randomUUID());
        UUID[] buddy = new UUID[1];
        String email = "bart-" + UUID.randomUUID() + "@test.brugwerk";
        WebSession bart = fixtures.buddy(chris, programme, "Bart", email, buddy);
        HomeFixtures.accept(chris, programme, proposed(programme, buddy[0], 1));
        List<Executed> one = statementsOf(bart);
        HomeFixtures.accept(chris, programme, proposed(programme, buddy[0], 1));
        HomeFixtures.accept(chris, programme, proposed(programme, buddy[0], 1));
        List<Executed> three = statementsOf(bart);

        assertThat(three)
                .as("with three pairs:" + SqlStatements.describe(three))
                .hasSameSizeAs(one);
        assertThat(one).as("with one pair:" + SqlStatements.describe(one)).hasSizeLessThanOrEqualTo(4);
    }

    /** Participants on the coach's caseload, each with a map, a trajectory, a session, two actions and a round table. */
    private void coached(WebSession coach, Account account, int count) {
        for (int i = 0; i < count; i++) {
            UUID participant = participant(chris, account.id(), "Deelnemer " + UUID.randomUUID());
            map(coach, participant);
            UUID trajectory = trajectory(chris, participant, account.id());
            session(coach, trajectory, today(clock));
            action(coach, trajectory, "Bellen", today(clock));
            action(coach, trajectory, "Op bezoek", today(clock).plusDays(3));
            roundTable(coach, trajectory, today(clock).plusDays(7));
        }
    }

    /** Participants put on the waiting list and proposed with the buddy; answers the last proposal. */
    private UUID proposed(UUID programme, UUID buddy, int count) {
        UUID pair = null;
        for (int i = 0; i < count; i++) {
            String name = "Wachtende " + UUID.randomUUID();
            UUID entry = waiting(chris, programme, participant(chris, null, name), name);
            pair = fix(chris, programme, entry, name, buddy);
        }
        return pair;
    }

    /** The statements of the home, asked for a second time (the first request after sign-in sets up the session). */
    private List<Executed> statementsOf(WebSession session) {
        assertThat(session.get("/").statusCode()).isEqualTo(200);
        return statements.during(() -> assertThat(session.get("/").statusCode()).isEqualTo(200));
    }
}

package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.SqlStatements;
import be.brugwerk.support.SqlStatements.Executed;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A programme's page — its waiting list and the proposals of the last run — runs a fixed number of SQL statements,
 * however many people wait or are proposed: the same with 2 as with 20. A matching run reads the intakes of the
 * whole waiting list at once, not one per waiting participant.
 */
@FullStackTest
class ProgrammeStatementsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    WebSession coordinator;
    ProgrammeFixtures programme;
    String page;

    @BeforeEach
    void aProgramme() {
        coordinator = new WebSession(port);
        assertThat(coordinator.signIn(
                        accounts.account(accounts.organisation("Statements of programme pages"), Role.COORDINATOR)
                                .email(),
                        TestAccounts.PASSWORD))
                .isTrue();
        programme = ProgrammeFixtures.programme(coordinator, "Buren");
        page = "/programmes/" + programme.programme;
    }

    // The ceilings include the three statements of the check that runs before any input is read (ADR 0006,
    // "Ordering": its own short transaction, the organisation setting and the access query); the handler's module
    // API checks again inside its own transaction. Caching that first answer for the request is a next step.
    // Since the waiting list and the proposals are paged (issue 9 point 4), their pages are read by one call of their
    // own (its access check, the two page queries, the names of whom they show with one audit row, and the details of
    // the proposals shown: 10 statements, 14 with proposals). Since the decided pairs are paged too and the signals and
    // figures are counted by the database, nothing on the page reads a whole list (ProgrammePageScaleIntegrationTests).
    @Test
    void showsAWaitingListOfTwentyWithTheStatementsOfTwo() {
        waiting(2);
        List<Executed> two = statementsOfPage();
        waiting(18);
        List<Executed> twenty = statementsOfPage();

        assertThat(twenty)
                .as("with 20 waiting:" + SqlStatements.describe(twenty))
                .hasSameSizeAs(two);
        assertThat(two).as("with 2 waiting:" + SqlStatements.describe(two)).hasSizeLessThanOrEqualTo(57);
    }

    @Test
    void showsTwentyProposalsWithTheStatementsOfTwo() {
        waiting(2);
        buddies(2);
        programme.run();
        List<Executed> two = statementsOfPage();
        waiting(18);
        buddies(18);
        programme.run();
        List<Executed> twenty = statementsOfPage();

        assertThat(coordinator.get(page).body().split("data-pair-id", -1))
                .as("20 proposals shown")
                .hasSize(21);
        assertThat(twenty)
                .as("with 20 proposals:" + SqlStatements.describe(twenty))
                .hasSameSizeAs(two);
        assertThat(two).as("with 2 proposals:" + SqlStatements.describe(two)).hasSizeLessThanOrEqualTo(73);
    }

    @Test
    void readsTheIntakesOfTheWholeWaitingListInOneQuery() {
        waiting(2);
        buddies(2);
        List<Executed> two = statements.during(() -> programme.run());
        waiting(18);
        buddies(18);
        List<Executed> twenty = statements.during(() -> programme.run());

        assertThat(intakeReads(twenty))
                .as("intake reads with 20 waiting:" + SqlStatements.describe(twenty))
                .isEqualTo(intakeReads(two));
    }

    private static long intakeReads(List<Executed> statements) {
        return statements.stream().filter(s -> s.sql().contains("from intake")).count();
    }

    private void waiting(int count) {
        for (int i = 0; i < count; i++) {
            programme.waitingParticipant("Nieuwkomer " + UUID.randomUUID(), true);
        }
    }

    private void buddies(int count) {
        for (int i = 0; i < count; i++) {
            String name = "Buddy " + UUID.randomUUID();
            programme.approvedBuddy(name, name.replace(' ', '-').toLowerCase() + "@buddies.test");
        }
    }

    /** The statements of the programme page, asked for a second time (the first after a change may differ). */
    private List<Executed> statementsOfPage() {
        assertThat(coordinator.get(page).statusCode()).isEqualTo(200);
        return statements.during(
                () -> assertThat(coordinator.get(page).statusCode()).isEqualTo(200));
    }
}

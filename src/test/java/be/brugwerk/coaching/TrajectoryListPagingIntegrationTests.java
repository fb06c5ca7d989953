package be.brugwerk.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.PagedList;
import be.brugwerk.support.PagedList.Walk;
import be.brugwerk.support.SqlStatements;
import be.brugwerk.support.SqlStatements.Executed;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.Role;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The trajectory list, as a page and over JSON, in pages of {@link Keyset#PAGE_SIZE}: newest first, every trajectory
 * of a participant one may work with exactly once (not an archived participant's, never another organisation's), and a
 * page deep in the list runs the statements of the first. Three trajectories start on each day, so the tie on the
 * start date is paged too.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrajectoryListPagingIntegrationTests {

    static final Pattern ROW = Pattern.compile("href=\"/trajectories/([0-9a-f-]{36})\"");
    static final Pattern JSON_ROW = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    JdbcClient owner;
    UUID organisation;
    WebSession coordinator;

    @BeforeAll
    void aLongList() {
        owner = accounts.owner();
        organisation = accounts.organisation("Trajectory paging");
        Account coordinatorAccount = accounts.account(organisation, Role.COORDINATOR);
        write(organisation, accounts.account(organisation, Role.PROFESSIONAL), 140);
        UUID other = accounts.organisation("Trajectory paging elsewhere");
        write(other, accounts.account(other, Role.PROFESSIONAL), 60);
        coordinator = accounts.signedIn(coordinatorAccount);
    }

    private void write(UUID organisation, Account coach, int count) {
        TrajectoryListFixtures.write(owner, organisation, coach.id(), count, "g % 13 = 0");
    }

    /** The organisation's trajectories of participants not archived, newest first, as the database orders them. */
    private List<String> expected() {
        return TrajectoryListFixtures.expected(owner, organisation);
    }

    @Test
    void pagesThroughEveryTrajectoryOnceNewestFirst() {
        List<String> expected = expected();
        assertThat(expected).hasSizeGreaterThan(2 * Keyset.PAGE_SIZE);

        Walk walk = PagedList.walk(coordinator, "/trajectories", ROW, PagedList.NEXT);

        assertThat(walk.pages().get(0)).hasSize(Keyset.PAGE_SIZE);
        assertThat(walk.rows()).isEqualTo(expected);
    }

    @Test
    void pagesBackThroughThePreviousLinks() {
        Walk forward = PagedList.walk(coordinator, "/trajectories", ROW, PagedList.NEXT);

        List<List<String>> backward =
                PagedList.backFromTheLastPage(coordinator, forward, PagedList.anywhere(ROW), PagedList.PREVIOUS);

        assertThat(backward).isEqualTo(forward.pages());
    }

    @Test
    void pagesTheJsonListWithLinkHeaders() {
        Walk walk = PagedList.walkApi(coordinator, "/api/v1/trajectories", JSON_ROW);

        assertThat(walk.pages().get(0)).hasSize(Keyset.PAGE_SIZE);
        assertThat(walk.rows()).isEqualTo(expected());
    }

    @Test
    void runsAsManyStatementsDeepInTheListAsOnItsFirstPage() {
        List<String> expected = expected();
        assertThat(coordinator.get("/trajectories").statusCode()).isEqualTo(200);

        List<Executed> first = statements.during(() -> coordinator.get("/trajectories"));
        List<Executed> deeper = statements.during(
                () -> coordinator.get("/trajectories?after=" + expected.get(2 * Keyset.PAGE_SIZE - 1)));

        // every thirteenth participant is archived: the first read (a page, one row and a quarter of a page) keeps
        // enough, whether it is the first page or one deep in the list; a page whose first read left out more than a
        // quarter of a page would read on, three statements more (the trajectories, the organisation setting and the
        // check of their participants)
        assertThat(besidesTheReads(deeper))
                .as("deep in the list:" + SqlStatements.describe(deeper))
                .isEqualTo(besidesTheReads(first));
        // 9: the coaches' names are one query to people's StaffDirectory, not a join on its account table; the check
        // of the participants names them in the same query
        assertThat(first).as("the first page:" + SqlStatements.describe(first)).hasSizeLessThanOrEqualTo(9);
        assertThat(deeper)
                .as("deep in the list:" + SqlStatements.describe(deeper))
                .hasSizeLessThanOrEqualTo(9);
    }

    /** The statements of a page but the reads of trajectories and of their participants, which repeat while rows are left out. */
    private static List<String> besidesTheReads(List<Executed> statements) {
        return statements.stream()
                .map(Executed::sql)
                .filter(sql -> !sql.contains("from (select * from trajectory t")
                        && !sql.contains("from participant p")
                        && !sql.contains("professionals_see_organisation"))
                .toList();
    }
}

package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.PagedList;
import be.brugwerk.support.PagedList.Walk;
import be.brugwerk.support.SqlStatements;
import be.brugwerk.support.SqlStatements.Executed;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.Role;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A programme's waiting list and its proposals, each paged on the programme's page in pages of
 * {@link Keyset#PAGE_SIZE}, in their own order (first come first; as proposed), every row once, paging one keeping
 * the other where it is; pairs already decided never among the proposals, another organisation's programme never on
 * the page. Three people enter the waiting list a day and three pairs are proposed a minute, so ties are paged too.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeListsPagingIntegrationTests {

    static final int WAITING = 130;
    static final int PROPOSED = 110;
    static final Function<String, List<String>> WAITING_ROWS = PagedList.within(
            "<table id=\"waiting\"", "</table>", Pattern.compile("data-participant-id=\"([0-9a-f-]{36})\""));
    static final Function<String, List<String>> PROPOSAL_ROWS = PagedList.within(
            "<ul id=\"proposals\"", "<nav id=\"proposal-pages\"", Pattern.compile("data-pair-id=\"([0-9a-f-]{36})\""));

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    JdbcClient owner;
    WebSession coordinator;
    UUID programme;
    String page;
    UUID otherEntry;

    @BeforeAll
    void aLongWaitingListWithManyProposals() {
        owner = accounts.owner();
        UUID organisation = accounts.organisation("Programme paging");
        coordinator = accounts.signedIn(organisation, Role.COORDINATOR);
        programme = ProgrammeFixtures.programme(coordinator, "Buren op papier").programme;
        page = "/programmes/" + programme;
        write(organisation, programme);
        // another organisation's programme, at the same dates
        UUID other = accounts.organisation("Programme paging elsewhere");
        WebSession otherCoordinator = accounts.signedIn(other, Role.COORDINATOR);
        UUID otherProgramme = ProgrammeFixtures.programme(otherCoordinator, "Buren elders").programme;
        write(other, otherProgramme);
        otherEntry = owner.sql("select id from waiting_entry where programme_id = ? limit 1")
                .param(otherProgramme)
                .query(UUID.class)
                .single();
    }

    /**
     * {@code WAITING} participants processed on a public task, entered three a day; the first {@code PROPOSED} of them
     * proposed with one buddy, three a minute; every tenth of those also in a rejected pair (decided, no proposal).
     */
    private void write(UUID organisation, UUID programme) {
        owner.sql("insert into legal_basis (organisation_id, purpose, basis) values (?, 'PROCESSING', 'PUBLIC_TASK')")
                .param(organisation)
                .update();
        ProgrammeListFixtures.waiting(owner, organisation, programme, WAITING);
        UUID buddy = UUID.randomUUID();
        owner.sql("""
                with buddy_intake as (insert into intake (id, organisation_id, age, gender)
                                      values (gen_random_uuid(), :organisation, 50, 'MAN') returning id)
                insert into buddy (id, organisation_id, programme_id, name, email, status, capacity, intake_id, applied_at,
                                   consent_given_at)
                select :buddy, :organisation, :programme, 'Buddy', :buddy || '@buddies.test', 'APPROVED', 3, id,
                       timestamptz '2026-01-01 00:00Z', timestamptz '2026-01-01 00:00Z' from buddy_intake""")
                .param("organisation", organisation)
                .param("programme", programme)
                .param("buddy", buddy)
                .update();
        owner.sql("""
                insert into buddy_pair (id, organisation_id, programme_id, waiting_entry_id, participant_id, buddy_id,
                                        status, score, fixed_by_coordinator, proposed_at)
                select gen_random_uuid(), w.organisation_id, w.programme_id, w.id, w.participant_id, :buddy, s.status,
                       1, false, timestamptz '2026-02-01 00:00Z' + (n / 3) * interval '1 minute'
                from (select w.*, row_number() over (order by w.entered_on, w.participant_id) as n
                      from waiting_entry w where w.programme_id = :programme) w
                cross join lateral (values ('PROPOSED'), ('REJECTED')) s(status)
                where w.n <= :proposed and (s.status = 'PROPOSED' or w.n % 10 = 0)""")
                .param("programme", programme)
                .param("buddy", buddy)
                .param("proposed", PROPOSED)
                .update();
    }

    private List<String> expectedWaiting() {
        return owner
                .sql(
                        "select participant_id from waiting_entry where programme_id = ? order by entered_on, participant_id")
                .param(programme)
                .query(UUID.class)
                .list()
                .stream()
                .map(UUID::toString)
                .toList();
    }

    private List<String> expectedProposals() {
        return owner.sql("""
                select id from buddy_pair where programme_id = ? and status = 'PROPOSED' order by proposed_at, id""").param(programme).query(UUID.class).list().stream()
                .map(UUID::toString)
                .toList();
    }

    @Test
    void pagesThroughTheWaitingListFirstComeFirst() {
        List<String> expected = expectedWaiting();
        assertThat(expected).hasSize(WAITING);

        Walk walk = PagedList.walk(coordinator, page, WAITING_ROWS, PagedList.next("waiting-pages"));

        assertThat(walk.pages().get(0)).hasSize(Keyset.PAGE_SIZE);
        assertThat(walk.rows()).isEqualTo(expected);
    }

    @Test
    void pagesThroughTheProposalsAsProposed() {
        List<String> expected = expectedProposals();
        assertThat(expected).hasSize(PROPOSED);

        Walk walk = PagedList.walk(coordinator, page, PROPOSAL_ROWS, PagedList.next("proposal-pages"));

        assertThat(walk.pages().get(0)).hasSize(Keyset.PAGE_SIZE);
        assertThat(walk.rows()).isEqualTo(expected);
    }

    @Test
    void pagesBackThroughTheWaitingList() {
        Walk forward = PagedList.walk(coordinator, page, WAITING_ROWS, PagedList.next("waiting-pages"));

        List<List<String>> backward =
                PagedList.backFromTheLastPage(coordinator, forward, WAITING_ROWS, PagedList.previous("waiting-pages"));

        assertThat(backward).isEqualTo(forward.pages());
    }

    @Test
    void keepsTheOtherListWhereItIsWhilePagingOne() {
        Walk proposals = PagedList.walk(coordinator, page, PROPOSAL_ROWS, PagedList.next("proposal-pages"));
        String secondProposals = proposals.links().get(0);

        Walk waiting = PagedList.walk(coordinator, secondProposals, WAITING_ROWS, PagedList.next("waiting-pages"));

        assertThat(waiting.rows()).isEqualTo(expectedWaiting());
        assertThat(waiting.links())
                .allSatisfy(link -> assertThat(link)
                        .contains(secondProposals.substring(secondProposals.indexOf("proposalsAfter="))));
        assertThat(PROPOSAL_ROWS.apply(coordinator.get(waiting.links().get(0)).body()))
                .isEqualTo(proposals.pages().get(1));
    }

    @Test
    void showsNothingOfAnotherOrganisationForItsCursor() {
        List<String> others = owner
                .sql("select participant_id from waiting_entry where programme_id <> ?")
                .param(programme)
                .query(UUID.class)
                .list()
                .stream()
                .map(UUID::toString)
                .toList();
        assertThat(others).hasSizeGreaterThanOrEqualTo(WAITING);

        String answer = coordinator.get(page + "?waitingAfter=" + otherEntry).body();

        assertThat(WAITING_ROWS.apply(answer)).isEmpty();
        assertThat(answer).doesNotContain(others);
        assertThat(PagedList.walk(coordinator, page, WAITING_ROWS, PagedList.next("waiting-pages"))
                        .rows())
                .doesNotContainAnyElementsOf(others);
    }

    @Test
    void runsAsManyStatementsDeepInBothListsAsOnTheirFirstPages() {
        Walk proposals = PagedList.walk(coordinator, page, PROPOSAL_ROWS, PagedList.next("proposal-pages"));
        Walk waitingList = PagedList.walk(coordinator, page, WAITING_ROWS, PagedList.next("waiting-pages"));
        String deep = waitingList.links().get(1) + "&proposalsAfter="
                + proposals.pages().get(1).get(Keyset.PAGE_SIZE - 1);

        List<Executed> first = statements.during(() -> coordinator.get(page));
        List<Executed> deeper = statements.during(() -> coordinator.get(deep));

        assertThat(PROPOSAL_ROWS.apply(coordinator.get(deep).body()))
                .isEqualTo(proposals.pages().get(2));
        assertThat(deeper)
                .as("deep in both lists:" + SqlStatements.describe(deeper))
                .hasSameSizeAs(first);
    }
}

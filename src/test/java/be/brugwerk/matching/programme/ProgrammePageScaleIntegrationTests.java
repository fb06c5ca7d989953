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
import be.brugwerk.system.database.DatabaseConnections;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A programme's page costs what the page shows, not what the programme holds (issue 9 point 4): a small programme (9
 * on the waiting list, 3 buddies, 3 running pairs, 3 proposals) and a big one (300 waiting, 100 buddies, 100 running pairs, 60
 * proposals) run the same statements, none given more ids than a page has rows, and show at most a page of each list
 * and of the signals (every running pair of both has gone without contact for weeks). The decided pairs are paged like
 * the waiting list. The big programme's organisation runs a larger one beside it (1,200 entries, 800 running pairs).
 * The plans of the big programme's statements go to {@code target/programme-page-plans.md} (docs/query-plans.md
 * quotes them).
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammePageScaleIntegrationTests {

    static final Function<String, List<String>> PAIR_ROWS =
            PagedList.within("<ul id=\"pairs\"", "<h2", Pattern.compile("data-pair-id=\"([0-9a-f-]{36})\""));
    static final Pattern SIGNAL = Pattern.compile("(no contact logged for \\d+ days)");

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    @Autowired
    DatabaseConnections connections;

    JdbcClient owner;
    UUID bigOrganisation;
    UUID small;
    UUID big;
    WebSession coordinatorOfSmall;
    WebSession coordinatorOfBig;

    @BeforeAll
    void aSmallAndABigProgramme() {
        owner = accounts.owner();
        UUID smallOrganisation = accounts.organisation("Programme page scale: small");
        bigOrganisation = accounts.organisation("Programme page scale: big");
        coordinatorOfSmall = accounts.signedIn(smallOrganisation, Role.COORDINATOR);
        coordinatorOfBig = accounts.signedIn(bigOrganisation, Role.COORDINATOR);
        small = ProgrammeFixtures.programme(coordinatorOfSmall, "Klein").programme;
        big = ProgrammeFixtures.programme(coordinatorOfBig, "Groot").programme;
        write(smallOrganisation, small, 9, 3, 3, 3);
        write(bigOrganisation, big, 300, 100, 100, 60);
        // the big organisation runs another programme, larger still, as a region organisation does
        write(bigOrganisation, ProgrammeFixtures.programme(coordinatorOfBig, "Elders").programme, 1200, 400, 800, 0);
        owner.sql("analyze waiting_entry, buddy, buddy_pair").update();
    }

    /**
     * {@code waiting} participants on the waiting list, one a day; {@code buddies} approved buddies taking two each;
     * the first {@code running} waiting participants in a pair that started on 1 December 2025 without any meeting since,
     * the next {@code proposed} in a proposal.
     */
    private void write(UUID organisation, UUID programme, int waiting, int buddies, int running, int proposed) {
        owner.sql("""
                insert into legal_basis (organisation_id, purpose, basis) select ?, 'PROCESSING', 'PUBLIC_TASK'
                where not exists (select 1 from legal_basis where organisation_id = ? and purpose = 'PROCESSING')""").params(organisation, organisation).update();
        owner.sql("""
                with rows as (select g, gen_random_uuid() as participant, gen_random_uuid() as intake
                              from generate_series(1, :count) g),
                     participants as (insert into participant (id, organisation_id, name, created_at)
                                      select participant, :organisation, 'Wachtend ' || g, timestamptz '2026-01-01 00:00Z'
                                      from rows),
                     intakes as (insert into intake (id, organisation_id, age, gender)
                                 select intake, :organisation, 30, 'WOMAN' from rows)
                insert into waiting_entry (id, organisation_id, programme_id, participant_id, entered_on, intake_id, status)
                select gen_random_uuid(), :organisation, :programme, participant, date '2025-01-01' + g, intake,
                       case when g <= :running then 'PAIRED' else 'WAITING' end
                from rows""")
                .param("organisation", organisation)
                .param("programme", programme)
                .param("count", waiting)
                .param("running", running)
                .update();
        owner.sql("""
                with rows as (select g, gen_random_uuid() as buddy, gen_random_uuid() as intake
                              from generate_series(1, :count) g),
                     intakes as (insert into intake (id, organisation_id, age, gender)
                                 select intake, :organisation, 50, 'MAN' from rows)
                insert into buddy (id, organisation_id, programme_id, name, email, status, capacity, intake_id, applied_at,
                                   consent_given_at)
                select buddy, :organisation, :programme, 'Buddy ' || g, buddy || '@buddies.test', 'APPROVED', 2, intake,
                       timestamptz '2026-01-01 00:00Z', timestamptz '2026-01-01 00:00Z' from rows""")
                .param("organisation", organisation)
                .param("programme", programme)
                .param("count", buddies)
                .update();
        owner.sql("""
                insert into buddy_pair (id, organisation_id, programme_id, waiting_entry_id, participant_id, buddy_id,
                                        status, score, fixed_by_coordinator, proposed_at, decided_at, started_on)
                select gen_random_uuid(), w.organisation_id, w.programme_id, w.id, w.participant_id, b.id,
                       case when w.n <= :running then 'ACTIVE' else 'PROPOSED' end, 1, false,
                       timestamptz '2025-11-01 00:00Z' + w.n * interval '1 minute',
                       case when w.n <= :running then timestamptz '2025-11-15 00:00Z' end,
                       case when w.n <= :running then date '2025-12-01' end
                from (select w.*, row_number() over (order by w.entered_on, w.participant_id) as n
                      from waiting_entry w where w.programme_id = :programme) w
                join (select b.id, row_number() over (order by b.name, b.id) - 1 as m
                      from buddy b where b.programme_id = :programme) b on b.m = (w.n - 1) % :buddies
                where w.n <= :running + :proposed""")
                .param("programme", programme)
                .param("running", running)
                .param("proposed", proposed)
                .param("buddies", buddies)
                .update();
    }

    @Test
    void runsTheSameStatementsForAProgrammeOfThreeAndOneOfThreeHundred() throws SQLException, IOException {
        String smallPage = "/programmes/" + small;
        String bigPage = "/programmes/" + big;
        assertThat(coordinatorOfSmall.get(smallPage).statusCode()).isEqualTo(200);
        assertThat(coordinatorOfBig.get(bigPage).statusCode()).isEqualTo(200);

        List<Executed> withSmall = statements.during(() -> coordinatorOfSmall.get(smallPage));
        List<Executed> withBig = statements.during(() -> coordinatorOfBig.get(bigPage));

        assertThat(withBig)
                .as("big:" + SqlStatements.describe(withBig) + "\nsmall:" + SqlStatements.describe(withSmall))
                .hasSameSizeAs(withSmall);
        assertThat(withBig)
                .as("no statement is given more ids than a page has rows")
                .allSatisfy(s -> assertThat(s.largestArray()).as(s.sql()).isLessThanOrEqualTo(4 * Keyset.PAGE_SIZE));
        String plans = writePlans(withBig);
        assertThat(plans)
                .as("the decided pairs are read in page order from their own index")
                .contains("buddy_pair_decided");
    }

    @Test
    void showsAPageOfEachListAndOfTheSignals() {
        String page = coordinatorOfBig.get("/programmes/" + big + "?lang=en").body();

        assertThat(PAIR_ROWS.apply(page)).hasSize(Keyset.PAGE_SIZE);
        assertThat(ProgrammeListsPagingIntegrationTests.WAITING_ROWS.apply(page))
                .hasSize(Keyset.PAGE_SIZE);
        assertThat(ProgrammeListsPagingIntegrationTests.PROPOSAL_ROWS.apply(page))
                .hasSize(Keyset.PAGE_SIZE);
        assertThat(PagedList.matches(SIGNAL, page)).hasSize(Keyset.PAGE_SIZE);
        assertThat(page).contains("Only the first 50 signals are shown.");
        assertThat(PagedList.matches(
                        SIGNAL,
                        coordinatorOfSmall
                                .get("/programmes/" + small + "?lang=en")
                                .body()))
                .hasSize(3);
    }

    @Test
    void pagesThroughTheDecidedPairsAsProposedAndBack() {
        List<String> expected = owner.sql("""
                select id from buddy_pair where programme_id = ? and status <> 'PROPOSED' order by proposed_at, id""").param(big).query(UUID.class).list().stream()
                .map(UUID::toString)
                .toList();
        assertThat(expected).hasSize(100);

        Walk walk = PagedList.walk(coordinatorOfBig, "/programmes/" + big, PAIR_ROWS, PagedList.next("pair-pages"));

        assertThat(walk.pages()).extracting(List::size).containsExactly(Keyset.PAGE_SIZE, Keyset.PAGE_SIZE);
        assertThat(walk.rows()).isEqualTo(expected);
        assertThat(PagedList.backFromTheLastPage(coordinatorOfBig, walk, PAIR_ROWS, PagedList.previous("pair-pages")))
                .isEqualTo(walk.pages());
    }

    @Test
    void countsTheFiguresOfTheBigProgramme() {
        String page = coordinatorOfBig.get("/programmes/" + big + "?lang=en").body();

        // 200 waiting; 100 started on 1 December 2025, entered 1 to 100 days after 1 January 2025: 234 to 333 days
        // from entry to start, whose lower median is the 50th, 283
        assertThat(page)
                .contains("<td data-value=\"200\">200</td>")
                .contains("<td data-value=\"100\">100</td>")
                .contains("<td data-value=\"283\">283</td>");
    }

    /** EXPLAIN ANALYZE of each statement of the big programme's page that reads its lists, as the application role. */
    private String writePlans(List<Executed> executed) throws SQLException, IOException {
        StringBuilder plans =
                new StringBuilder("# Plans of the programme page (300 waiting, 100 buddies, 160 pairs)\n");
        DataSource app =
                new DriverManagerDataSource(connections.url(), connections.appUser(), connections.appPassword());
        for (Executed statement : executed) {
            String sql = statement.sql();
            boolean ofLists = sql.contains("waiting_entry") || sql.contains("buddy_pair") || sql.contains("from buddy");
            if (!ofLists
                    || !sql.strip().toLowerCase().startsWith("select")
                            && !sql.strip().startsWith("with")) {
                continue;
            }
            plans.append("\n```\n").append(sql.strip()).append("\n```\n\n```\n");
            try (Connection connection = app.getConnection()) {
                connection.setAutoCommit(false);
                try (Statement set = connection.createStatement()) {
                    set.execute("select set_config('brugwerk.organisation', '" + bigOrganisation + "', true)");
                }
                try (PreparedStatement explain =
                        connection.prepareStatement("explain (analyze, buffers, costs off) " + sql)) {
                    statement.bindTo(explain);
                    try (ResultSet rows = explain.executeQuery()) {
                        while (rows.next()) {
                            plans.append(rows.getString(1)).append('\n');
                        }
                    }
                }
                connection.rollback();
            }
            plans.append("```\n");
        }
        Files.writeString(Path.of("target", "programme-page-plans.md"), plans);
        return plans.toString();
    }
}

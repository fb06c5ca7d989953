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
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The trajectory list of someone who works across the organisation (a coordinator; a professional where professionals
 * see every participant) costs what its page costs, not what the organisation holds: the same statements with 3 and
 * with 60 workable participants, none of them given more ids than a page has rows. Its trajectories are read in the
 * list's order and only their participants are checked, so a long run of trajectories of participants one may not
 * work with (archived ones here) is read past, in growing steps, and never shown.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrajectoryListScaleIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    JdbcClient owner;
    UUID few;
    UUID many;
    UUID mostlyArchived;
    WebSession coordinatorOfFew;
    WebSession coordinatorOfMany;
    WebSession professionalOfFew;
    WebSession professionalOfMany;
    WebSession coordinatorOfMostlyArchived;
    WebSession professionalOfMostlyArchived;

    @BeforeAll
    void organisations() {
        owner = JdbcClient.create(ownerDataSource);
        few = accounts.organisation("Trajectory scale: three");
        many = accounts.organisation("Trajectory scale: sixty");
        mostlyArchived = accounts.organisation("Trajectory scale: mostly archived");
        // the newest 130 of 200 trajectories are of archived participants: more than two of the first reads
        write(few, 3, "false");
        write(many, 60, "false");
        write(mostlyArchived, 200, "g > 70");
        coordinatorOfFew = signIn(few, Role.COORDINATOR);
        coordinatorOfMany = signIn(many, Role.COORDINATOR);
        professionalOfFew = signIn(few, Role.PROFESSIONAL);
        professionalOfMany = signIn(many, Role.PROFESSIONAL);
        coordinatorOfMostlyArchived = signIn(mostlyArchived, Role.COORDINATOR);
        professionalOfMostlyArchived = signIn(mostlyArchived, Role.PROFESSIONAL);
    }

    private WebSession signIn(UUID organisation, Role role) {
        Account account = accounts.account(organisation, role);
        WebSession session = new WebSession(port);
        assertThat(session.signIn(account.email(), TestAccounts.PASSWORD)).isTrue();
        return session;
    }

    /**
     * {@code count} participants processed on a public task, none on anyone's caseload, in an organisation whose
     * professionals see every participant; participant g (archived when {@code archived} holds) has one trajectory,
     * started on day g / 3 of 2026 (three a day).
     */
    private void write(UUID organisation, int count, String archived) {
        UUID coach = accounts.account(organisation, Role.PROFESSIONAL).id();
        owner.sql("update organisation set professionals_see_organisation = true where id = ?")
                .param(organisation)
                .update();
        owner.sql("insert into legal_basis (organisation_id, purpose, basis) values (?, 'PROCESSING', 'PUBLIC_TASK')")
                .param(organisation)
                .update();
        owner.sql("""
                insert into participant (id, organisation_id, name, created_at, archived_at)
                select gen_random_uuid(), :organisation, 'Schaal ' || g, timestamptz '2026-01-01 00:00:00+00',
                       case when %s then timestamptz '2026-02-01 00:00:00+00' end
                from generate_series(1, :count) g""".formatted(archived))
                .param("organisation", organisation)
                .param("count", count)
                .update();
        owner.sql("""
                insert into trajectory (id, organisation_id, participant_id, coach_id, started_on, created_at, created_by)
                select gen_random_uuid(), p.organisation_id, p.id, :coach,
                       date '2026-01-01' + (cast(substring(p.name from 8) as integer) / 3),
                       timestamptz '2026-01-01 00:00:00+00', :coach
                from participant p where p.organisation_id = :organisation""").param("organisation", organisation).param("coach", coach).update();
    }

    /** The organisation's trajectories of participants not archived, newest first, as the database orders them. */
    private List<String> expected(UUID organisation) {
        return owner.sql("""
                select t.id from trajectory t join participant p on p.id = t.participant_id
                where t.organisation_id = ? and p.archived_at is null order by t.started_on desc, t.id desc""").param(organisation).query(UUID.class).list().stream()
                .map(UUID::toString)
                .toList();
    }

    @Test
    void aCoordinatorsListRunsTheSameStatementsWithThreeAndWithSixtyParticipants() {
        sameStatementsWithFewAndMany(coordinatorOfFew, coordinatorOfMany);
    }

    @Test
    void soDoesTheListOfAProfessionalWhoSeesTheWholeOrganisation() {
        sameStatementsWithFewAndMany(professionalOfFew, professionalOfMany);
    }

    private void sameStatementsWithFewAndMany(WebSession ofFew, WebSession ofMany) {
        assertThat(PagedList.matches(
                        TrajectoryListPagingIntegrationTests.ROW,
                        ofFew.get("/trajectories").body()))
                .isEqualTo(expected(few));
        assertThat(PagedList.matches(
                        TrajectoryListPagingIntegrationTests.ROW,
                        ofMany.get("/trajectories").body()))
                .isEqualTo(expected(many).subList(0, Keyset.PAGE_SIZE));

        List<Executed> withFew = statements.during(() -> ofFew.get("/trajectories"));
        List<Executed> withMany = statements.during(() -> ofMany.get("/trajectories"));

        assertThat(withMany)
                .as("with 60:" + SqlStatements.describe(withMany) + "\nwith 3:" + SqlStatements.describe(withFew))
                .hasSameSizeAs(withFew);
        assertThat(withMany)
                .as("no statement is given more ids than a page has rows (and one to know more follow)")
                .allSatisfy(s ->
                        assertThat(s.largestArray()).as(s.sql()).isLessThanOrEqualTo(Keyset.limit(Keyset.PAGE_SIZE)));
        assertThat(withMany)
                .as("the participants are read by the ids of the page's trajectories, never all of them")
                .filteredOn(s -> s.sql().contains("from participant p"))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.sql()).contains("p.id = any (cast("));
    }

    @Test
    void readsPastTrajectoriesOfParticipantsOneMayNotWorkWith() {
        for (WebSession session : List.of(coordinatorOfMostlyArchived, professionalOfMostlyArchived)) {
            List<String> expected = expected(mostlyArchived);
            assertThat(expected).hasSize(70);

            Walk walk =
                    PagedList.walk(session, "/trajectories", TrajectoryListPagingIntegrationTests.ROW, PagedList.NEXT);

            assertThat(walk.pages()).extracting(List::size).containsExactly(Keyset.PAGE_SIZE, 20);
            assertThat(walk.rows()).isEqualTo(expected);
            assertThat(PagedList.backFromTheLastPage(
                            session,
                            walk,
                            PagedList.anywhere(TrajectoryListPagingIntegrationTests.ROW),
                            PagedList.PREVIOUS))
                    .isEqualTo(walk.pages());
            assertThat(PagedList.walkApi(session, "/api/v1/trajectories", TrajectoryListPagingIntegrationTests.JSON_ROW)
                            .rows())
                    .isEqualTo(expected);
        }
    }
}

package be.brugwerk.coaching;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The trajectory list of someone who works across the organisation (a coordinator; a professional where professionals
 * see every participant) costs what its page costs, not what the organisation holds: the same statements with 3 and
 * with 250 workable participants, one read of a page of trajectories (the row that tells whether a next page exists,
 * and a quarter of a page more) and no statement given more ids than that; when a few rows are left out (every tenth
 * participant archived), still that one read and one check of its participants. Its trajectories are read in the list's order and only their participants are
 * checked, so a long run of trajectories of participants one may not work with (archived ones here) is read past, in
 * growing steps, and never shown.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrajectoryListScaleIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    JdbcClient owner;
    UUID few;
    UUID many;
    UUID mostlyArchived;
    UUID someArchived;
    WebSession coordinatorOfFew;
    WebSession coordinatorOfMany;
    WebSession professionalOfFew;
    WebSession professionalOfMany;
    WebSession coordinatorOfMostlyArchived;
    WebSession professionalOfMostlyArchived;
    WebSession coordinatorOfSomeArchived;

    @BeforeAll
    void organisations() {
        owner = accounts.owner();
        few = accounts.organisation("Trajectory scale: three");
        many = accounts.organisation("Trajectory scale: 250");
        mostlyArchived = accounts.organisation("Trajectory scale: mostly archived");
        someArchived = accounts.organisation("Trajectory scale: every tenth archived");
        // the newest 130 of 200 trajectories are of archived participants: more than the first read holds
        write(few, 3, "false");
        write(many, 250, "false");
        write(mostlyArchived, 200, "g > 70");
        write(someArchived, 250, "g % 10 = 0");
        coordinatorOfFew = accounts.signedIn(few, Role.COORDINATOR);
        coordinatorOfMany = accounts.signedIn(many, Role.COORDINATOR);
        professionalOfFew = accounts.signedIn(few, Role.PROFESSIONAL);
        professionalOfMany = accounts.signedIn(many, Role.PROFESSIONAL);
        coordinatorOfMostlyArchived = accounts.signedIn(mostlyArchived, Role.COORDINATOR);
        professionalOfMostlyArchived = accounts.signedIn(mostlyArchived, Role.PROFESSIONAL);
        coordinatorOfSomeArchived = accounts.signedIn(someArchived, Role.COORDINATOR);
    }

    /**
     * {@code count} participants (archived where {@code archived} holds), none on anyone's caseload, each with one
     * trajectory, in an organisation whose professionals see every participant.
     */
    private void write(UUID organisation, int count, String archived) {
        owner.sql("update organisation set professionals_see_organisation = true where id = ?")
                .param(organisation)
                .update();
        TrajectoryListFixtures.write(
                owner,
                organisation,
                accounts.account(organisation, Role.PROFESSIONAL).id(),
                count,
                archived);
    }

    private List<String> expected(UUID organisation) {
        return TrajectoryListFixtures.expected(owner, organisation);
    }

    @Test
    void aCoordinatorsListRunsTheSameStatementsWithThreeAndWith250Participants() {
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
                .as("with 250:" + SqlStatements.describe(withMany) + "\nwith 3:" + SqlStatements.describe(withFew))
                .hasSameSizeAs(withFew);
        assertThat(withMany)
                .as("no statement is given more ids than the first read")
                .allSatisfy(s -> assertThat(s.largestArray())
                        .as(s.sql())
                        .isLessThanOrEqualTo(Trajectories.firstRead(Keyset.PAGE_SIZE)));
        assertThat(trajectoriesRead(withMany))
                .as("one read of a page, one row and a quarter of a page of trajectories:"
                        + SqlStatements.describe(withMany))
                .containsExactly(Trajectories.firstRead(Keyset.PAGE_SIZE));
        assertThat(withMany)
                .as("the participants are read by the ids of the page's trajectories, never all of them")
                .filteredOn(s -> s.sql().contains("from participant p"))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.sql()).contains("p.id = any (cast("));
    }

    @Test
    void readsAndChecksOnceWhenAFewRowsAreLeftOut() {
        List<String> expected = expected(someArchived);
        assertThat(expected).hasSize(225);
        List<Executed> withNoneLeftOut = statements.during(() -> coordinatorOfMany.get("/trajectories"));
        List<Executed> ran = statements.during(() -> assertThat(PagedList.matches(
                        TrajectoryListPagingIntegrationTests.ROW,
                        coordinatorOfSomeArchived.get("/trajectories").body()))
                .isEqualTo(expected.subList(0, Keyset.PAGE_SIZE)));

        // the first read holds a quarter of a page more than the page and its one row: about six of its 63 are
        // archived, so it keeps the 51 it needs, and no second read and check of a few rows follow
        assertThat(trajectoriesRead(ran))
                .as(SqlStatements.describe(ran))
                .containsExactly(Trajectories.firstRead(Keyset.PAGE_SIZE));
        assertThat(ran)
                .as("the participants' check and names:" + SqlStatements.describe(ran))
                .filteredOn(s -> s.sql().contains("from participant p"))
                .hasSize(1);
        assertThat(ran)
                .as("with every tenth archived:" + SqlStatements.describe(ran) + "\nwith none:"
                        + SqlStatements.describe(withNoneLeftOut))
                .hasSameSizeAs(withNoneLeftOut);
        assertThat(ran)
                .allSatisfy(s -> assertThat(s.largestArray())
                        .as(s.sql())
                        .isLessThanOrEqualTo(Trajectories.firstRead(Keyset.PAGE_SIZE)));
        assertThat(lastListAudited(someArchived))
                .as("the audit row names the participants of the page's rows, not those read to choose them")
                .isEqualTo(participantsOf(expected.subList(0, Keyset.PAGE_SIZE)));
    }

    /** The participants the organisation's newest audit row of a trajectory list names, in its order. */
    private List<UUID> lastListAudited(UUID organisation) {
        return owner.sql("""
                        select subject_ids from audit_event
                        where organisation_id = ? and action = 'LIST' and subject_type = 'trajectory'
                        order by id desc limit 1""")
                .param(organisation)
                .query((row, n) -> List.of((UUID[]) row.getArray(1).getArray()))
                .single();
    }

    /** The participant of each of {@code trajectories}, in their order. */
    private List<UUID> participantsOf(List<String> trajectories) {
        return trajectories.stream()
                .map(id -> owner.sql("select participant_id from trajectory where id = ?")
                        .param(UUID.fromString(id))
                        .query(UUID.class)
                        .single())
                .toList();
    }

    @Test
    void leavesOutTheTrajectoriesOfParticipantsWithoutAGroundToProcess() {
        UUID organisation = accounts.organisation("Trajectory scale: consent as ground");
        write(organisation, 70, "false");
        // no legal basis: consent is the ground, and every fifth participant withdrew theirs
        owner.sql("delete from legal_basis where organisation_id = ?")
                .param(organisation)
                .update();
        owner.sql("""
                insert into consent (id, organisation_id, participant_id, purpose, given_at, recorded_by, withdrawn_at,
                                     withdrawn_by)
                select gen_random_uuid(), p.organisation_id, p.id, 'PROCESSING', timestamptz '2026-01-01 00:00:00+00',
                       :by, case when cast(substring(p.name from 9) as integer) % 5 = 0
                                 then timestamptz '2026-01-02 00:00:00+00' end,
                       case when cast(substring(p.name from 9) as integer) % 5 = 0 then cast(:by as uuid) end
                from participant p where p.organisation_id = :organisation""")
                .param("organisation", organisation)
                .param("by", accounts.account(organisation, Role.COORDINATOR).id())
                .update();
        List<String> expected = owner.sql("""
                select t.id from trajectory t join participant p on p.id = t.participant_id
                where t.organisation_id = ? and cast(substring(p.name from 9) as integer) % 5 <> 0
                order by t.started_on desc, t.id desc""").param(organisation).query(UUID.class).list().stream()
                .map(UUID::toString)
                .toList();
        assertThat(expected).hasSize(56);

        for (Role role : List.of(Role.COORDINATOR, Role.PROFESSIONAL)) {
            WebSession session = accounts.signedIn(organisation, role);
            assertThat(PagedList.walk(
                                    session, "/trajectories", TrajectoryListPagingIntegrationTests.ROW, PagedList.NEXT)
                            .rows())
                    .as(role.name())
                    .isEqualTo(expected);
            assertThat(PagedList.walkApi(session, "/api/v1/trajectories", TrajectoryListPagingIntegrationTests.JSON_ROW)
                            .rows())
                    .as(role.name())
                    .isEqualTo(expected);
        }
    }

    /** How many rows each read of the organisation's trajectories asked for (its limit), in order. */
    private static List<Integer> trajectoriesRead(List<Executed> statements) {
        return statements.stream()
                .filter(s -> s.sql().contains("from (select * from trajectory t"))
                .map(s -> s.parameters().stream()
                        .filter(Integer.class::isInstance)
                        .map(Integer.class::cast)
                        .findFirst()
                        .orElseThrow())
                .toList();
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

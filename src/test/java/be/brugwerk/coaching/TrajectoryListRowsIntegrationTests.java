package be.brugwerk.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a row of the trajectory list shows: the participant's name, the current step (the first step by position and
 * then id that is neither done nor skipped: by its own name, or the default step's, "all steps finished" when none is
 * left, "closed on" once closed) and the open actions past their due date (none for a closed trajectory), for a
 * coordinator and for a social worker who starts from their own caseload (not an archived participant's).
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrajectoryListRowsIntegrationTests {

    private static final Pattern ROW = Pattern.compile("""
            <tr>\\s*<td><a href="/trajectories/([0-9a-f-]{36})">([^<]*)</a></td>\\s*<td>[^<]*</td>\\s*<td>[^<]*</td>\\s*\
            <td>([^<]*)</td>\\s*<td>(\\d+)</td>\\s*</tr>""");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    JdbcClient owner;
    UUID organisation;
    Account professional;
    final Map<String, UUID> trajectories = new LinkedHashMap<>();

    @BeforeAll
    void aTrajectoryAtEachStage() {
        owner = JdbcClient.create(ownerDataSource);
        organisation = accounts.organisation("Trajectory list rows");
        professional = accounts.account(organisation, Role.PROFESSIONAL);
        owner.sql("insert into legal_basis (organisation_id, purpose, basis) values (?, 'PROCESSING', 'PUBLIC_TASK')")
                .param(organisation)
                .update();
        // newest first: none done, some done, all done, closed, a tie on the position, archived
        trajectory("None done", 6, null, false, "NOT_STARTED", "NOT_STARTED", "NOT_STARTED");
        trajectory("Some done", 5, null, false, "DONE", "SKIPPED", "IN_PROGRESS:Own step", "NOT_STARTED");
        trajectory("All done", 4, null, false, "DONE", "SKIPPED", "DONE");
        trajectory("Closed", 3, "2026-03-01", false, "DONE", "NOT_STARTED");
        trajectory("Tie", 2, null, false, "DONE");
        trajectory("Archived", 1, null, true, "NOT_STARTED");
        // two unfinished steps at position 2: the one with the lower id is current
        UUID tie = trajectories.get("Tie");
        step(tie, UUID.fromString("ffffffff-0000-4000-8000-000000000001"), 2, "Later id", "NOT_STARTED");
        step(tie, UUID.fromString("00000000-0000-4000-8000-000000000001"), 2, "Lower id", "NOT_STARTED");
        // overdue: two open past due; not overdue: open and due later, done past due; closed: open past due
        action(trajectories.get("None done"), "2000-01-01", "OPEN");
        action(trajectories.get("None done"), "2000-01-02", "OPEN");
        action(trajectories.get("None done"), "2999-01-01", "OPEN");
        action(trajectories.get("None done"), "2000-01-01", "DONE");
        action(trajectories.get("Closed"), "2000-01-01", "OPEN");
        for (String name : List.of("None done", "All done", "Archived")) {
            owner.sql("""
                    insert into caseload_assignment (organisation_id, participant_id, account_id, assigned_at, assigned_by)
                    select organisation_id, participant_id, :account, now(), :account from trajectory where id = :id""")
                    .param("account", professional.id())
                    .param("id", trajectories.get(name))
                    .update();
        }
    }

    @Test
    void aCoordinatorSeesEachRowsCurrentStepAndOverdueActions() {
        Map<UUID, List<String>> rows = rows(accounts.account(organisation, Role.COORDINATOR));

        assertThat(rows)
                .containsExactly(
                        Map.entry(trajectories.get("None done"), List.of("None done", "Getting acquainted", "2")),
                        Map.entry(trajectories.get("Some done"), List.of("Some done", "Own step", "0")),
                        Map.entry(trajectories.get("All done"), List.of("All done", "All steps finished", "0")),
                        Map.entry(trajectories.get("Closed"), List.of("Closed", "Closed on 1 Mar 2026", "0")),
                        Map.entry(trajectories.get("Tie"), List.of("Tie", "Lower id", "0")));
    }

    @Test
    void aSocialWorkerSeesTheSameRowsOfTheirOwnCaseload() {
        Map<UUID, List<String>> rows = rows(professional);

        assertThat(rows)
                .containsExactly(
                        Map.entry(trajectories.get("None done"), List.of("None done", "Getting acquainted", "2")),
                        Map.entry(trajectories.get("All done"), List.of("All done", "All steps finished", "0")));
    }

    private Map<UUID, List<String>> rows(Account account) {
        WebSession session = new WebSession(port);
        assertThat(session.signIn(account.email(), TestAccounts.PASSWORD)).isTrue();
        String page = session.get("/trajectories?lang=en").body();
        Map<UUID, List<String>> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            rows.put(UUID.fromString(row.group(1)), List.of(row.group(2), row.group(3), row.group(4)));
        }
        return rows;
    }

    /**
     * A participant named {@code name} with a trajectory started on day {@code day} of March 2026, closed on
     * {@code closedOn} unless null, and a step per status, in order (default steps 1, 2, … unless the status is
     * followed by ":" and the step's own name).
     */
    private void trajectory(String name, int day, String closedOn, boolean archived, String... steps) {
        UUID participant = UUID.randomUUID();
        UUID trajectory = UUID.randomUUID();
        owner.sql("""
                insert into participant (id, organisation_id, name, created_at, archived_at)
                values (?, ?, ?, now(), case when ? then now() end)""").params(participant, organisation, name, archived).update();
        owner.sql("""
                insert into trajectory (id, organisation_id, participant_id, coach_id, started_on, closed_on,
                                        created_at, created_by)
                values (?, ?, ?, ?, date '2026-03-01' + ?, cast(? as date), now(), ?)""")
                .params(trajectory, organisation, participant, professional.id(), day, closedOn, professional.id())
                .update();
        for (int i = 0; i < steps.length; i++) {
            String[] status = steps[i].split(":", 2);
            owner.sql("""
                    insert into trajectory_step (id, trajectory_id, organisation_id, position, default_step, name, status)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            UUID.randomUUID(),
                            trajectory,
                            organisation,
                            i + 1,
                            status.length > 1 ? null : i + 1,
                            status.length > 1 ? status[1] : null,
                            status[0])
                    .update();
        }
        trajectories.put(name, trajectory);
    }

    /**
     * The list's query names the finished statuses from {@link StepStatus#finished()}, as literals; the partial index
     * that answers it (V14_97) names them by hand, and PostgreSQL uses it only when its predicate is implied by the
     * query's condition. Were a status added or its meaning changed, it would quietly stop using the index (the rows
     * stay right, the page slows down at region size): this holds the two together. That the list's own statement
     * takes the index, as it runs, is held by PagedListPlansIntegrationTests.
     */
    @Test
    void theCurrentStepIndexLeavesOutExactlyTheFinishedSteps() {
        String predicate = owner.sql("""
                select pg_get_expr(i.indpred, i.indrelid) from pg_index i
                where i.indexrelid = 'trajectory_step_current'::regclass""").query(String.class).single();
        String finished = java.util.Arrays.stream(StepStatus.values())
                .filter(StepStatus::finished)
                .map(status -> "'" + status.name() + "'::text")
                .collect(java.util.stream.Collectors.joining(", "));

        assertThat(predicate).isEqualTo("(status <> ALL (ARRAY[" + finished + "]))");
    }

    /**
     * Where consent is the ground to process (no legal basis recorded), a row shows only for a participant who gave it
     * and did not withdraw it, and a volunteer coach's only where the participant also shares with volunteer coaches:
     * the list asks the ground once, with whom the person may see (docs/region-scale.md, "The trajectory list's rows").
     */
    @Test
    void showsOnlyTheParticipantsWithAGroundToProcessWhereConsentIsTheGround() {
        UUID consentOnly = accounts.organisation("Trajectory list rows, consent as ground");
        Account coordinator = accounts.account(consentOnly, Role.COORDINATOR);
        Account worker = accounts.account(consentOnly, Role.PROFESSIONAL);
        Account volunteer = accounts.account(consentOnly, Role.VOLUNTEER_COACH);
        Account noCaseload = accounts.account(consentOnly, Role.PROFESSIONAL);
        UUID consented = consentTrajectory(consentOnly, worker, coordinator, "Consented", "PROCESSING");
        consentTrajectory(consentOnly, worker, coordinator, "Never consented");
        consentTrajectory(consentOnly, worker, coordinator, "Withdrew", "PROCESSING:withdrawn");
        UUID shares = consentTrajectory(
                consentOnly, volunteer, coordinator, "Shares with coaches", "PROCESSING", "SHARING:VOLUNTEER_COACH");
        UUID processingOnly = consentTrajectory(consentOnly, volunteer, coordinator, "Processing only", "PROCESSING");

        assertThat(rows(worker).keySet()).containsExactly(consented);
        assertThat(rows(volunteer).keySet()).containsExactly(shares);
        assertThat(rows(coordinator).keySet()).containsExactlyInAnyOrder(consented, shares, processingOnly);
        WebSession nobody = new WebSession(port);
        assertThat(nobody.signIn(noCaseload.email(), TestAccounts.PASSWORD)).isTrue();
        assertThat(nobody.get("/trajectories?lang=en").body())
                .contains("There are no trajectories you may see yet.")
                .doesNotContain("id=\"trajectories\"");
    }

    /**
     * A participant of {@code organisation} on {@code coach}'s caseload with a trajectory of theirs (one step not
     * started) and the consents given, each a purpose, then ":withdrawn" or ":" and whom it is shared with.
     */
    private UUID consentTrajectory(
            UUID organisation, Account coach, Account recorder, String name, String... consents) {
        UUID participant = UUID.randomUUID();
        UUID trajectory = UUID.randomUUID();
        owner.sql("insert into participant (id, organisation_id, name, created_at) values (?, ?, ?, now())")
                .params(participant, organisation, name)
                .update();
        owner.sql("""
                insert into caseload_assignment (organisation_id, participant_id, account_id, assigned_at, assigned_by)
                values (?, ?, ?, now(), ?)""")
                .params(organisation, participant, coach.id(), recorder.id())
                .update();
        for (String consent : consents) {
            String[] parts = consent.split(":", 2);
            boolean withdrawn = parts.length > 1 && parts[1].equals("withdrawn");
            owner.sql("""
                    insert into consent (id, organisation_id, participant_id, purpose, shared_with, given_at,
                                         recorded_by, withdrawn_at, withdrawn_by)
                    values (?, ?, ?, ?, cast(? as text[]), now(), ?, case when ? then now() end,
                            case when ? then cast(? as uuid) end)""")
                    .params(
                            UUID.randomUUID(),
                            organisation,
                            participant,
                            parts[0],
                            parts.length > 1 && !withdrawn ? "{" + parts[1] + "}" : "{}",
                            recorder.id(),
                            withdrawn,
                            withdrawn,
                            recorder.id())
                    .update();
        }
        owner.sql("""
                insert into trajectory (id, organisation_id, participant_id, coach_id, started_on, created_at, created_by)
                values (?, ?, ?, ?, date '2026-03-01', now(), ?)""")
                .params(trajectory, organisation, participant, coach.id(), recorder.id())
                .update();
        owner.sql("""
                insert into trajectory_step (id, trajectory_id, organisation_id, position, default_step, status)
                values (?, ?, ?, 1, 1, 'NOT_STARTED')""").params(UUID.randomUUID(), trajectory, organisation).update();
        return trajectory;
    }

    private void step(UUID trajectory, UUID id, int position, String name, String status) {
        owner.sql("""
                insert into trajectory_step (id, trajectory_id, organisation_id, position, name, status)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, trajectory, organisation, position, name, status)
                .update();
    }

    private void action(UUID trajectory, String dueOn, String status) {
        owner.sql("""
                insert into coaching_action (id, trajectory_id, organisation_id, kind, description, performer, due_on,
                                             status, created_at)
                values (?, ?, ?, 'OTHER', 'Fixture', 'PARTICIPANT', cast(? as date), ?, now())""")
                .params(UUID.randomUUID(), trajectory, organisation, dueOn, status)
                .update();
    }
}

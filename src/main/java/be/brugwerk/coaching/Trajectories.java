package be.brugwerk.coaching;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.Pg;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The trajectories' rows. Queries name the organisation where they list; row-level security is the second wall.
 * Who may see a trajectory is decided by {@link TrajectoryManagement} before any of these run. A trajectory's changes
 * are made by the {@link Trajectory} it loads and saved here.
 */
@Repository
class Trajectories {

    /** The unique index that keeps a participant in at most one open trajectory (V8). */
    private static final String ONE_OPEN_PER_PARTICIPANT = "trajectory_one_open_per_participant";

    /** The facts access decisions need. */
    record Head(
            UUID id,
            UUID organisation,
            ParticipantId participant,
            UUID coach,
            LocalDate startedOn,
            LocalDate closedOn,
            int version) {}

    /** A stored action, before its members are named. */
    record ActionRow(
            UUID id,
            ActionKind kind,
            String description,
            UUID member,
            Performer performer,
            UUID performerMember,
            LocalDate dueOn,
            ActionStatus status,
            LocalDate doneOn,
            int version) {}

    record WishRow(UUID id, WishContact contact, UUID member, String description) {}

    record PlanRow(UUID id, UUID member, String who, boolean involve, String purpose) {}

    record RoundTableRow(
            UUID id,
            LocalDate plannedOn,
            String agenda,
            String agreements,
            List<UUID> invitees,
            Boolean participantCentral,
            int version) {}

    private final JdbcClient jdbc;

    Trajectories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Head> head(UUID id) {
        return jdbc.sql("""
                select id, organisation_id, participant_id, coach_id, started_on, closed_on, version
                from trajectory where id = ?""").param(id).query((row, n) -> head(row)).optional();
    }

    /**
     * A trajectory as the list shows it: its head, the first step not finished (or none), and its participant's name
     * ({@code null} until the participant is named).
     */
    record Listed(Head head, Integer currentDefaultStep, String currentStepName, String participantName) {

        Listed named(String name) {
            return new Listed(head, currentDefaultStep, currentStepName, name);
        }
    }

    /** The trajectory list's order: newest first, by start date and then id (the keyset pages continue with). */
    private static final Keyset.Order NEWEST_FIRST = Keyset.Order.descending("t.started_on, t.id");

    /** The most rows one query of {@link #listed(UUID, Function, UUID, Keyset.Cursor, int)} reads. */
    private static final int MOST_AT_ONCE = 8 * Keyset.PAGE_SIZE;

    /**
     * One page of the organisation's trajectories of {@code participants} (and of {@code coach} only, when given) with
     * what the list shows but the names, newest first from {@code from}, in one query.
     */
    Keyset.Page<Listed, UUID> listed(
            UUID organisation, Collection<ParticipantId> participants, UUID coach, Keyset.Cursor<UUID> from, int size) {
        return Keyset.page(
                inOrder(organisation, participants, coach, from, Keyset.limit(size)),
                from,
                size,
                listed -> listed.head().id());
    }

    /**
     * One page of the organisation's trajectories (and of {@code coach} only, when given) of the participants that
     * {@code workableNamedAmong} names of those it is asked about, with those names, newest first from {@code from}.
     * The trajectories are read in the list's order, at first a page, the one row that tells whether a next page exists
     * and a quarter of a page more ({@link #firstRead}), and only their participants are checked; only when more rows
     * than that quarter were left out, the next read is as many rows as are missing, widened by the share left out so
     * far (twice it, so that one more read mostly suffices), and twice the last read when it kept nothing, at most
     * {@link #MOST_AT_ONCE} ({@link Keyset#nextRead}). What it costs follows the page, and the share of the
     * organisation's trajectories the person may not work with, not the organisation's size.
     */
    Keyset.Page<Listed, UUID> listed(
            UUID organisation,
            Function<Set<ParticipantId>, Map<ParticipantId, String>> workableNamedAmong,
            UUID coach,
            Keyset.Cursor<UUID> from,
            int size) {
        int wanted = Keyset.limit(size);
        boolean forward = from == null || from.forward();
        List<Listed> kept = new ArrayList<>();
        Keyset.Cursor<UUID> at = from;
        int batch = firstRead(size);
        int readSoFar = 0;
        int workableSoFar = 0;
        while (kept.size() < wanted) {
            List<Listed> read = inOrder(organisation, null, coach, at, batch);
            if (read.isEmpty()) {
                break;
            }
            Map<ParticipantId, String> named = workableNamedAmong.apply(
                    read.stream().map(listed -> listed.head().participant()).collect(Collectors.toSet()));
            List<Listed> workable = read.stream()
                    .filter(listed -> named.containsKey(listed.head().participant()))
                    .map(listed -> listed.named(named.get(listed.head().participant())))
                    .toList();
            workable.stream().limit(wanted - kept.size()).forEach(kept::add);
            if (read.size() < batch) {
                break;
            }
            readSoFar += read.size();
            workableSoFar += workable.size();
            at = new Keyset.Cursor<>(read.get(read.size() - 1).head().id(), forward);
            batch = Keyset.nextRead(
                    wanted - kept.size(),
                    readSoFar,
                    workableSoFar,
                    batch,
                    workable.size(),
                    Math.max(MOST_AT_ONCE, wanted));
        }
        return Keyset.page(kept, from, size, listed -> listed.head().id());
    }

    /**
     * How many trajectories the list of someone who works across the organisation reads first for a page of
     * {@code size}: the page, the row that tells whether a next page exists, and a quarter of the page more. Where some
     * of them are left out (trajectories of archived participants, of participants without a ground to process), up to
     * a quarter of a page (about a fifth of the read) may be left out and the page is still read and checked once. A
     * second read and check of a few rows costs three statements, which take longer than twelve more rows in the first
     * read (docs/region-scale.md, "trajlist").
     */
    static int firstRead(int size) {
        return Keyset.limit(size) + size / 4;
    }

    /**
     * At most {@code limit} of the organisation's trajectories (of {@code participants} only, unless {@code null}; of
     * {@code coach} only, when given) with their current step, in the list's order from {@code from} (reversed when
     * going back), in one query.
     */
    private List<Listed> inOrder(
            UUID organisation,
            Collection<ParticipantId> participants,
            UUID coach,
            Keyset.Cursor<UUID> from,
            int limit) {
        String finished = Arrays.stream(StepStatus.values())
                .filter(StepStatus::finished)
                .map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", "));
        Map<String, Object> params = new HashMap<>();
        params.put("organisation", organisation);
        params.put("limit", limit);
        // the page's trajectories first (from the index in the page order), then their current step: the
        // step is looked up for the rows of one page, not for every trajectory of the organisation before sorting
        StringBuilder page = new StringBuilder("select * from trajectory t where t.organisation_id = :organisation");
        if (participants != null) {
            page.append(" and t.participant_id = any (cast(:participants as uuid[]))");
            params.put(
                    "participants",
                    Pg.array(participants.stream().map(ParticipantId::value).toList()));
        }
        if (coach != null) {
            page.append(" and t.coach_id = :coach");
            params.put("coach", coach);
        }
        if (from != null) {
            page.append(
                    NEWEST_FIRST.continuing(from, "select c.started_on, c.id from trajectory c where c.id = :cursor"));
            params.put("cursor", from.key());
        }
        page.append(NEWEST_FIRST.orderBy(from));
        String sql = """
                select t.id, t.organisation_id, t.participant_id, t.coach_id, t.started_on, t.closed_on, t.version,
                       s.default_step, s.name
                from (%s) t
                left join lateral (select default_step, name from trajectory_step
                                   where trajectory_id = t.id and status not in (%s)
                                   order by position, id limit 1) s on true""".formatted(page, finished) + NEWEST_FIRST.orderBy(from);
        return jdbc.sql(sql)
                .params(params)
                .query((row, n) -> new Listed(head(row), row.getObject(8, Integer.class), row.getString(9), null))
                .list();
    }

    /** Those of {@code participants} who have an open trajectory in the organisation, in one query bounded by them. */
    Set<ParticipantId> withOpenTrajectory(UUID organisation, Collection<ParticipantId> participants) {
        if (participants.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("""
                        select distinct participant_id from trajectory where organisation_id = :organisation
                          and participant_id = any (cast(:participants as uuid[])) and closed_on is null""")
                .param("organisation", organisation)
                .param(
                        "participants",
                        Pg.array(participants.stream().map(ParticipantId::value).toList()))
                .query((row, n) -> new ParticipantId(row.getObject(1, UUID.class)))
                .set();
    }

    boolean hasOpenTrajectory(ParticipantId participant) {
        return jdbc.sql("select exists (select 1 from trajectory where participant_id = ? and closed_on is null)")
                .param(participant.value())
                .query(Boolean.class)
                .single();
    }

    /**
     * The trajectory of {@code head} as its rules need it: with the version of each step and round table, and the
     * version and status of each action, read in one statement.
     */
    Trajectory load(Head head) {
        List<Trajectory.StoredStep> steps = new ArrayList<>();
        List<Trajectory.StoredAction> actions = new ArrayList<>();
        List<Trajectory.StoredRoundTable> tables = new ArrayList<>();
        jdbc.sql("""
                select 1, id, version, null from trajectory_step where trajectory_id = ?
                union all
                select 2, id, version, status from coaching_action where trajectory_id = ?
                union all
                select 3, id, version, null from round_table where trajectory_id = ?""").params(head.id(), head.id(), head.id()).query(row -> {
            UUID id = row.getObject(2, UUID.class);
            int version = row.getInt(3);
            switch (row.getInt(1)) {
                case 1 -> steps.add(new Trajectory.StoredStep(id, version));
                case 2 -> actions.add(new Trajectory.StoredAction(id, version, ActionStatus.valueOf(row.getString(4))));
                default -> tables.add(new Trajectory.StoredRoundTable(id, version));
            }
        });
        return Trajectory.restore(head, steps, actions, tables);
    }

    /**
     * Writes what was added to and changed in the trajectory since {@link #load}. A change of a row is written only
     * while the row still has the version it was read with; otherwise nothing of the trajectory is written (the
     * transaction rolls back) and the change is a conflict.
     *
     * @throws VersionConflict when a row changed since it was read
     */
    void save(Trajectory trajectory) {
        UUID id = trajectory.id();
        UUID organisation = trajectory.organisationId();
        if (trajectory.isNew()) {
            insert(trajectory);
        }
        if (trajectory.coachChanged()
                && jdbc.sql("""
                update trajectory set coach_id = ?, version = version + 1
                where id = ? and version = ? and closed_on is null""")
                                .params(trajectory.coach(), id, trajectory.version())
                                .update()
                        != 1) {
            throw new VersionConflict("trajectory.conflict.trajectory");
        }
        for (Trajectory.StepChange step : trajectory.stepChanges()) {
            changed(
                    "trajectory.conflict.step",
                    jdbc.sql("""
                    update trajectory_step set status = ?, notes = ?, changed_on = ?, version = version + 1
                    where id = ? and trajectory_id = ? and version = ?""")
                            .params(
                                    step.status().name(),
                                    step.notes(),
                                    step.changedOn(),
                                    step.step(),
                                    id,
                                    step.readVersion()));
        }
        for (Trajectory.AddedWish wish : trajectory.addedWishes()) {
            jdbc.sql("""
                    insert into coaching_wish (id, trajectory_id, organisation_id, contact, member_id, description, created_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            wish.id(),
                            id,
                            organisation,
                            wish.contact().name(),
                            wish.member(),
                            wish.description(),
                            Pg.timestamp(wish.at()))
                    .update();
        }
        for (Trajectory.AddedAction action : trajectory.addedActions()) {
            jdbc.sql("""
                    insert into coaching_action (id, trajectory_id, organisation_id, kind, description, member_id, performer,
                        performer_member_id, due_on, status, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
                    .params(
                            action.id(),
                            id,
                            organisation,
                            action.kind().name(),
                            action.description(),
                            action.member(),
                            action.performer().name(),
                            action.performerMember(),
                            action.dueOn(),
                            Pg.timestamp(action.at()))
                    .update();
        }
        for (Trajectory.ActionChange change : trajectory.actionChanges()) {
            changed(
                    "trajectory.conflict.action",
                    change.ofStatus()
                            ? jdbc.sql("""
                    update coaching_action set status = ?, done_on = ?, version = version + 1
                    where id = ? and trajectory_id = ? and version = ?""")
                                    .params(
                                            change.status().name(),
                                            change.doneOn(),
                                            change.action(),
                                            id,
                                            change.readVersion())
                            : jdbc.sql("""
                    update coaching_action set description = ?, due_on = ?, version = version + 1
                    where id = ? and trajectory_id = ? and version = ? and status = 'OPEN'""")
                                    .params(
                                            change.description(),
                                            change.dueOn(),
                                            change.action(),
                                            id,
                                            change.readVersion()));
        }
        for (Trajectory.AddedSuccess success : trajectory.addedSuccesses()) {
            jdbc.sql("""
                    insert into coaching_success (id, trajectory_id, organisation_id, occurred_on, description, created_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            success.id(),
                            id,
                            organisation,
                            success.occurredOn(),
                            success.description(),
                            Pg.timestamp(success.at()))
                    .update();
        }
        for (Trajectory.AddedSession session : trajectory.addedSessions()) {
            Trajectory.SessionMap map = session.map();
            jdbc.sql("""
                    insert into coaching_session (id, trajectory_id, organisation_id, held_on, duration_minutes, place,
                        map_version_id, map_members, map_active_members, map_informal, map_effective_size, created_by,
                        created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            session.id(),
                            id,
                            organisation,
                            session.heldOn(),
                            session.durationMinutes(),
                            session.place(),
                            map.version(),
                            map.members(),
                            map.activeMembers(),
                            map.informal(),
                            map.effectiveSize(),
                            session.by(),
                            Pg.timestamp(session.at()))
                    .update();
        }
        for (Trajectory.AddedNote note : trajectory.addedNotes()) {
            jdbc.sql("""
                    insert into coaching_note (id, trajectory_id, organisation_id, session_id, author_id, visibility, text,
                        created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            note.id(),
                            id,
                            organisation,
                            note.session(),
                            note.author(),
                            note.visibility().name(),
                            note.text(),
                            Pg.timestamp(note.at()))
                    .update();
        }
        for (Trajectory.AddedPlanEntry entry : trajectory.addedPlanEntries()) {
            jdbc.sql("""
                    insert into support_plan_entry (id, trajectory_id, organisation_id, member_id, who, involve, purpose,
                        created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            entry.id(),
                            id,
                            organisation,
                            entry.member(),
                            entry.who(),
                            entry.involve(),
                            entry.purpose(),
                            Pg.timestamp(entry.at()))
                    .update();
        }
        for (Trajectory.AddedRoundTable table : trajectory.addedRoundTables()) {
            jdbc.sql("""
                    insert into round_table (id, trajectory_id, organisation_id, planned_on, agenda, participant_central,
                        created_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            table.id(),
                            id,
                            organisation,
                            table.plannedOn(),
                            table.agenda(),
                            table.participantCentral(),
                            Pg.timestamp(table.at()))
                    .update();
            for (UUID member : table.invitees()) {
                jdbc.sql(
                                "insert into round_table_invitee (round_table_id, organisation_id, member_id) values (?, ?, ?)")
                        .params(table.id(), organisation, member)
                        .update();
            }
        }
        for (Trajectory.AgreementsChange change : trajectory.agreementsChanges()) {
            changed(
                    "trajectory.conflict.agreements",
                    jdbc.sql("""
                    update round_table set agreements = ?, version = version + 1
                    where id = ? and trajectory_id = ? and version = ?""").params(change.agreements(), change.roundTable(), id, change.readVersion()));
        }
        if (trajectory.closedNow()) {
            TrajectoryView.Evaluation evaluation = trajectory.evaluation();
            changed(
                    "trajectory.conflict.trajectory",
                    jdbc.sql("""
                    update trajectory set closed_on = ?, evaluation_network = ?, evaluation_scores = ?, participant_words = ?,
                        follow_up_on = ?, handover_to = ?, version = version + 1
                    where id = ? and version = ? and closed_on is null""")
                            .params(
                                    trajectory.closedOn(),
                                    evaluation.network(),
                                    evaluation.scores(),
                                    evaluation.participantWords(),
                                    evaluation.followUpOn(),
                                    evaluation.handoverTo(),
                                    id,
                                    trajectory.version()));
        }
    }

    /**
     * Writes a new trajectory. The check that the participant has no open trajectory ({@link #hasOpenTrajectory}) reads
     * before this writes, so two starts at once may both pass it; the database's one open trajectory per participant
     * then refuses the second as the check would have, once the first is committed.
     */
    private void insert(Trajectory trajectory) {
        try {
            jdbc.sql("""
                    insert into trajectory (id, organisation_id, participant_id, coach_id, started_on, created_at, created_by)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            trajectory.id(),
                            trajectory.organisationId(),
                            trajectory.participant().value(),
                            trajectory.coach(),
                            trajectory.startedOn(),
                            Pg.timestamp(trajectory.createdAt()),
                            trajectory.createdBy())
                    .update();
        } catch (DuplicateKeyException startedMeanwhile) {
            if (!Pg.violates(startedMeanwhile, ONE_OPEN_PER_PARTICIPANT)) {
                throw startedMeanwhile;
            }
            throw new Refusal("participant", "coaching.trajectory.alreadyOpen");
        }
        for (TemplateStep step : trajectory.plan()) {
            jdbc.sql("""
                    insert into trajectory_step (id, trajectory_id, organisation_id, position, default_step, name, status)
                    values (?, ?, ?, ?, ?, ?, 'NOT_STARTED')""")
                    .params(
                            UUID.randomUUID(),
                            trajectory.id(),
                            trajectory.organisationId(),
                            step.position(),
                            step.defaultStep(),
                            step.name())
                    .update();
        }
    }

    /** Runs an update by version; none updated means the row changed since it was read. */
    private static void changed(String conflict, JdbcClient.StatementSpec update) {
        if (update.update() != 1) {
            throw new VersionConflict(conflict);
        }
    }

    List<TrajectoryView.Step> steps(UUID trajectory) {
        return jdbc.sql("""
                select id, position, default_step, name, status, notes, version from trajectory_step
                where trajectory_id = ? order by position, id""")
                .param(trajectory)
                .query((row, n) -> new TrajectoryView.Step(
                        row.getObject(1, UUID.class),
                        row.getInt(2),
                        row.getObject(3, Integer.class),
                        row.getString(4),
                        StepStatus.valueOf(row.getString(5)),
                        row.getString(6),
                        row.getInt(7)))
                .list();
    }

    List<WishRow> wishes(UUID trajectory) {
        return jdbc.sql("""
                select id, contact, member_id, description from coaching_wish where trajectory_id = ?
                order by created_at, id""")
                .param(trajectory)
                .query((row, n) -> new WishRow(
                        row.getObject(1, UUID.class),
                        WishContact.valueOf(row.getString(2)),
                        row.getObject(3, UUID.class),
                        row.getString(4)))
                .list();
    }

    List<ActionRow> actions(UUID trajectory) {
        return jdbc.sql("""
                select id, kind, description, member_id, performer, performer_member_id, due_on, status, done_on,
                       version
                from coaching_action where trajectory_id = ? order by due_on nulls last, created_at, id""")
                .param(trajectory)
                .query((row, n) -> new ActionRow(
                        row.getObject(1, UUID.class),
                        ActionKind.valueOf(row.getString(2)),
                        row.getString(3),
                        row.getObject(4, UUID.class),
                        Performer.valueOf(row.getString(5)),
                        row.getObject(6, UUID.class),
                        row.getObject(7, LocalDate.class),
                        ActionStatus.valueOf(row.getString(8)),
                        row.getObject(9, LocalDate.class),
                        row.getInt(10)))
                .list();
    }

    /**
     * Notes a buddy pair of the participant on their open trajectory: started on, or ended on (and whether early).
     * Either may arrive first, and either twice; a null leaves what is known. A closed trajectory is never changed; with
     * no open trajectory nothing is noted.
     */
    void noteBuddyPair(
            UUID organisation,
            ParticipantId participant,
            UUID pair,
            LocalDate startedOn,
            LocalDate endedOn,
            Boolean stoppedEarly) {
        jdbc.sql("""
                insert into trajectory_buddy_pair (trajectory_id, organisation_id, pair_id, started_on, ended_on,
                    stopped_early)
                select t.id, t.organisation_id, ?, ?, ?, ? from trajectory t
                where t.organisation_id = ? and t.participant_id = ? and t.closed_on is null
                on conflict (trajectory_id, pair_id) do update
                    set started_on = coalesce(excluded.started_on, trajectory_buddy_pair.started_on),
                        ended_on = coalesce(excluded.ended_on, trajectory_buddy_pair.ended_on),
                        stopped_early = coalesce(excluded.stopped_early, trajectory_buddy_pair.stopped_early)""")
                .params(pair, startedOn, endedOn, stoppedEarly, organisation, participant.value())
                .update();
    }

    /**
     * The small successes and the participant's buddy pairs of a trajectory: the dated facts of its timeline, read in
     * one statement (successes by date and entry, then pairs by date).
     */
    DatedFacts datedFacts(UUID trajectory) {
        List<TrajectoryView.Success> successes = new ArrayList<>();
        List<BuddyPairRow> buddyPairs = new ArrayList<>();
        jdbc.sql("""
                select 1 as fact, id, occurred_on, description, cast(null as date) as ended_on,
                       cast(null as boolean) as stopped_early, created_at, role_taking_id is not null as role_held
                from coaching_success where trajectory_id = ?
                union all
                select 2, pair_id, started_on, null, ended_on, stopped_early, null, null
                from trajectory_buddy_pair where trajectory_id = ?
                order by 1, 3, 7, 2""").params(trajectory, trajectory).query(row -> {
            if (row.getInt(1) == 1) {
                successes.add(new TrajectoryView.Success(
                        row.getObject(2, UUID.class),
                        row.getObject(3, LocalDate.class),
                        row.getString(4),
                        row.getBoolean(8)));
            } else {
                buddyPairs.add(
                        new BuddyPairRow(row.getObject(3, LocalDate.class), row.getObject(5, LocalDate.class), (Boolean)
                                row.getObject(6)));
            }
        });
        return new DatedFacts(List.copyOf(successes), List.copyOf(buddyPairs));
    }

    record DatedFacts(List<TrajectoryView.Success> successes, List<BuddyPairRow> buddyPairs) {}

    /** A buddy pair of the participant as noted on a trajectory; a date is null while not known. */
    record BuddyPairRow(LocalDate startedOn, LocalDate endedOn, Boolean stoppedEarly) {}

    List<TrajectoryView.Session> sessions(UUID trajectory) {
        return jdbc.sql("""
                select id, held_on, duration_minutes, place, map_version_id from coaching_session
                where trajectory_id = ? order by held_on, created_at""")
                .param(trajectory)
                .query((row, n) -> new TrajectoryView.Session(
                        row.getObject(1, UUID.class),
                        row.getObject(2, LocalDate.class),
                        row.getInt(3),
                        row.getString(4),
                        row.getObject(5, UUID.class)))
                .list();
    }

    /**
     * The notes {@code reader} may read: the shared ones, and their own private ones; with {@code sharedOnly}, the
     * shared ones alone (what the participant receives). A private note of someone else is never selected.
     */
    List<TrajectoryView.Note> notes(UUID trajectory, UUID reader, boolean sharedOnly) {
        return jdbc.sql("""
                select id, session_id, visibility, text, created_at, author_id from coaching_note
                where trajectory_id = :trajectory
                  and (visibility = 'SHARED' or (not :sharedOnly and author_id = :reader))
                order by created_at, id""")
                .param("trajectory", trajectory)
                .param("reader", reader)
                .param("sharedOnly", sharedOnly)
                .query((row, n) -> new TrajectoryView.Note(
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        NoteVisibility.valueOf(row.getString(3)),
                        row.getString(4),
                        row.getObject(5, OffsetDateTime.class).toInstant(),
                        reader.equals(row.getObject(6, UUID.class))))
                .list();
    }

    List<PlanRow> plan(UUID trajectory) {
        return jdbc.sql("""
                select id, member_id, who, involve, purpose from support_plan_entry where trajectory_id = ?
                order by involve desc, created_at""")
                .param(trajectory)
                .query((row, n) -> new PlanRow(
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        row.getString(3),
                        row.getBoolean(4),
                        row.getString(5)))
                .list();
    }

    List<RoundTableRow> roundTables(UUID trajectory) {
        List<RoundTableRow> tables = jdbc.sql("""
                select id, planned_on, agenda, agreements, participant_central, version from round_table
                where trajectory_id = ? order by planned_on, created_at""")
                .param(trajectory)
                .query((row, n) -> new RoundTableRow(
                        row.getObject(1, UUID.class),
                        row.getObject(2, LocalDate.class),
                        row.getString(3),
                        row.getString(4),
                        new ArrayList<>(),
                        row.getObject(5, Boolean.class),
                        row.getInt(6)))
                .list();
        Map<UUID, List<UUID>> invitees = new java.util.HashMap<>();
        jdbc.sql("""
                select i.round_table_id, i.member_id from round_table_invitee i
                join round_table t on t.id = i.round_table_id where t.trajectory_id = ?""").param(trajectory).query(row -> {
            invitees.computeIfAbsent(row.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(row.getObject(2, UUID.class));
        });
        tables.forEach(table -> table.invitees().addAll(invitees.getOrDefault(table.id(), List.of())));
        return tables;
    }

    TrajectoryView.Evaluation evaluation(UUID trajectory) {
        return jdbc.sql("""
                select evaluation_network, evaluation_scores, participant_words, follow_up_on, handover_to
                from trajectory where id = ?""")
                .param(trajectory)
                .query((row, n) -> new TrajectoryView.Evaluation(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getObject(4, LocalDate.class),
                        row.getString(5)))
                .single();
    }

    /**
     * Open actions whose due date lies before {@code today}, per trajectory of {@code openTrajectories}. A closed
     * trajectory has none due: the caller gives the open ones only (it has read whether they are closed), so that
     * the query reads the actions alone, not their trajectories again.
     */
    Map<UUID, Integer> overdueActions(UUID organisation, LocalDate today, Collection<UUID> openTrajectories) {
        Map<UUID, Integer> overdue = new java.util.HashMap<>();
        jdbc.sql("""
                select x.trajectory_id, count(*) from coaching_action x
                where x.organisation_id = ? and x.status = 'OPEN' and x.due_on < ?
                  and x.trajectory_id = any (cast(? as uuid[]))
                group by x.trajectory_id""").params(organisation, today, Pg.array(openTrajectories)).query(row -> {
            overdue.put(row.getObject(1, UUID.class), row.getInt(2));
        });
        return overdue;
    }

    private static Head head(ResultSet row) throws SQLException {
        return new Head(
                row.getObject(1, UUID.class),
                row.getObject(2, UUID.class),
                new ParticipantId(row.getObject(3, UUID.class)),
                row.getObject(4, UUID.class),
                row.getObject(5, LocalDate.class),
                row.getObject(6, LocalDate.class),
                row.getInt(7));
    }
}

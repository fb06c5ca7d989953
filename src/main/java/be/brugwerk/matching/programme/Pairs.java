package be.brugwerk.matching.programme;

import be.brugwerk.matching.engine.Criterion;
import be.brugwerk.matching.engine.ScorePart;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.Pg;
import be.brugwerk.system.VersionConflict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pairs, the parts of their scores, and their meetings. */
@Repository
class Pairs {

    private static final String SELECT = """
            select p.*, b.name as buddy_name, (select max(m.met_on) from pair_meeting m where m.pair_id = p.id) as last_meeting
            from buddy_pair p join buddy b on b.id = p.buddy_id""";

    private final JdbcClient jdbc;

    Pairs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new pair (a proposal) and, for a run's proposal, the parts of its score. */
    void add(Pair pair, List<ScorePart> explanation) {
        Pair.Stored p = pair.stored();
        jdbc.sql("""
                insert into buddy_pair (id, organisation_id, programme_id, waiting_entry_id, participant_id, buddy_id, run_id,
                    status, score, fixed_by_coordinator, proposed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        p.id(),
                        p.organisationId(),
                        p.programmeId(),
                        p.waitingEntryId(),
                        p.participant().value(),
                        p.buddyId(),
                        p.runId(),
                        p.status().name(),
                        p.score(),
                        p.fixedByCoordinator(),
                        Pg.timestamp(p.proposedAt()))
                .update();
        int position = 0;
        for (ScorePart part : explanation) {
            jdbc.sql("""
                    insert into buddy_pair_reason (pair_id, organisation_id, position, criterion, points, reason, fact, arguments)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            p.id(),
                            p.organisationId(),
                            position++,
                            part.criterion().name(),
                            part.points(),
                            part.reason(),
                            part.fact(),
                            part.arguments().toArray(String[]::new))
                    .update();
        }
    }

    /**
     * Holds the rows of a participant's waiting entry and of a buddy until the transaction ends, always in this order,
     * so that two decisions about the same participant or buddy (two coordinators accepting at once) take turns and
     * the second sees what the first wrote. The decision's circumstances are read after this.
     */
    void lockParticipantAndBuddy(UUID waitingEntry, UUID buddy) {
        jdbc.sql("select id from waiting_entry where id = ? for update")
                .param(waitingEntry)
                .query(UUID.class)
                .optional();
        jdbc.sql("select id from buddy where id = ? for update")
                .param(buddy)
                .query(UUID.class)
                .optional();
    }

    /**
     * The pair, for a decision: its participant's waiting entry and its buddy are locked first
     * ({@link #lockParticipantAndBuddy}), then the pair itself, and it is read after the locks, so it is current.
     */
    Optional<Pair> lockForDecision(UUID programme, UUID id) {
        Optional<Map<String, Object>> ids = jdbc
                .sql("select waiting_entry_id, buddy_id from buddy_pair where programme_id = ? and id = ?")
                .params(programme, id)
                .query()
                .listOfRows()
                .stream()
                .findFirst();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        lockParticipantAndBuddy(
                (UUID) ids.get().get("waiting_entry_id"), (UUID) ids.get().get("buddy_id"));
        return jdbc.sql("select * from buddy_pair where programme_id = ? and id = ? for update")
                .params(programme, id)
                .query((row, n) -> Pair.restore(new Pair.Stored(
                        row.getObject("id", UUID.class),
                        row.getObject("organisation_id", UUID.class),
                        row.getObject("programme_id", UUID.class),
                        row.getObject("waiting_entry_id", UUID.class),
                        new ParticipantId(row.getObject("participant_id", UUID.class)),
                        row.getObject("buddy_id", UUID.class),
                        row.getObject("run_id", UUID.class),
                        row.getBigDecimal("score"),
                        row.getBoolean("fixed_by_coordinator"),
                        Buddies.instant(row, "proposed_at"),
                        PairStatus.valueOf(row.getString("status")),
                        Buddies.instant(row, "decided_at"),
                        row.getObject("decided_by", UUID.class),
                        row.getString("reject_reason"),
                        row.getString("shared_name"),
                        Buddies.instant(row, "buddy_agreed_at"),
                        Buddies.instant(row, "participant_agreed_at"),
                        row.getObject("participant_agreed_recorded_by", UUID.class),
                        row.getObject("started_on", LocalDate.class),
                        row.getObject("ended_on", LocalDate.class),
                        row.getString("end_reason"))))
                .optional();
    }

    /** How many accepted or running pairs of the programme hold a participant, and a buddy, leaving one pair out. */
    record OpenPairs(int ofParticipant, int ofBuddy) {}

    OpenPairs openPairs(UUID programme, ParticipantId participant, UUID buddy, UUID leftOut) {
        return jdbc.sql("""
                select count(*) filter (where participant_id = ?), count(*) filter (where buddy_id = ?)
                from buddy_pair where programme_id = ? and status in ('AWAITING_AGREEMENT', 'ACTIVE') and id <> ?""")
                .params(participant.value(), buddy, programme, leftOut == null ? new UUID(0, 0) : leftOut)
                .query((row, n) -> new OpenPairs(row.getInt(1), row.getInt(2)))
                .single();
    }

    /**
     * Saves a decision on a pair read by {@link #lockForDecision}. The status it was read with must still be stored,
     * and the database's own rule (one accepted or running pair per participant and programme) must hold: otherwise
     * nothing is written and the decision is a conflict.
     */
    void save(Pair pair) {
        Pair.Stored p = pair.stored();
        int updated;
        try {
            updated = jdbc.sql("""
                    update buddy_pair set status = ?, decided_at = ?, decided_by = ?, reject_reason = ?, shared_name = ?,
                        buddy_agreed_at = ?, participant_agreed_at = ?, participant_agreed_recorded_by = ?, started_on = ?,
                        ended_on = ?, end_reason = ?
                    where id = ? and status = ?""")
                    .params(
                            p.status().name(),
                            timestamp(p.decidedAt()),
                            p.decidedBy(),
                            p.rejectReason(),
                            p.sharedName(),
                            timestamp(p.buddyAgreedAt()),
                            timestamp(p.participantAgreedAt()),
                            p.participantAgreementRecordedBy(),
                            p.startedOn(),
                            p.endedOn(),
                            p.endReason(),
                            p.id(),
                            pair.storedStatus().name())
                    .update();
        } catch (DuplicateKeyException secondOpenPair) {
            throw new VersionConflict("matching.conflict.pairing");
        }
        if (updated != 1) {
            throw new VersionConflict("matching.conflict.pair");
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : Pg.timestamp(instant);
    }

    /** Removes those of the given pairs that are still undecided proposals (a run replaces the proposals it read). */
    void removeProposals(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        SqlParameterValue array = Pg.array(ids);
        jdbc.sql("""
                delete from buddy_pair_reason where pair_id in
                    (select id from buddy_pair where id = any (cast(? as uuid[])) and status = 'PROPOSED')""").param(array).update();
        jdbc.sql("delete from buddy_pair where id = any (cast(? as uuid[])) and status = 'PROPOSED'")
                .param(array)
                .update();
    }

    /**
     * Notes on the participant's accepted and running pairs that they withdrew their consent to matching. A pair noted
     * already keeps its first date, so a reaction that runs twice changes nothing.
     */
    int noteParticipantConsentWithdrawn(UUID organisation, ParticipantId participant, Instant at) {
        return jdbc.sql("""
                update buddy_pair set participant_consent_withdrawn_at = ?
                where organisation_id = ? and participant_id = ? and status in ('AWAITING_AGREEMENT', 'ACTIVE')
                  and participant_consent_withdrawn_at is null""")
                .params(Pg.timestamp(at), organisation, participant.value())
                .update();
    }

    /** Notes on the participant's accepted and running pairs that they were archived; idempotent like the above. */
    int noteParticipantArchived(UUID organisation, ParticipantId participant, Instant at) {
        return jdbc.sql("""
                update buddy_pair set participant_archived_at = ?
                where organisation_id = ? and participant_id = ? and status in ('AWAITING_AGREEMENT', 'ACTIVE')
                  and participant_archived_at is null""")
                .params(Pg.timestamp(at), organisation, participant.value())
                .update();
    }

    /** Removes the undecided proposals of one participant (before the coordinator fixes a pair for them). */
    void removeProposalsOf(UUID programme, ParticipantId participant) {
        jdbc.sql("""
                delete from buddy_pair_reason where pair_id in (select id from buddy_pair where programme_id = ?
                    and participant_id = ? and status = 'PROPOSED')""").params(programme, participant.value()).update();
        jdbc.sql("delete from buddy_pair where programme_id = ? and participant_id = ? and status = 'PROPOSED'")
                .params(programme, participant.value())
                .update();
    }

    List<PairView> ofProgramme(UUID programme) {
        return withDetails(jdbc.sql(SELECT + " where p.programme_id = ? order by p.proposed_at, p.id")
                .param(programme)
                .query((row, n) -> read(row))
                .list());
    }

    /** The order of the proposals: as the run proposed them, by time and then id. */
    private static final Keyset.Order AS_PROPOSED = Keyset.Order.ascending("p.proposed_at, p.id");

    /** One page of the programme's pairs in {@code status} (all when null), in order of proposal, from {@code from}. */
    Keyset.Page<PairView, UUID> page(UUID programme, PairStatus status, Keyset.Cursor<UUID> from, int size) {
        Map<String, Object> params = new HashMap<>();
        if (status == null) {
            return page(programme, "true", params, from, size);
        }
        params.put("status", status.name());
        return page(programme, "p.status = :status", params, from, size);
    }

    /**
     * One page of the programme's decided pairs (every status but a proposal), in order of proposal, from
     * {@code from}; the partial index {@code buddy_pair_decided} answers it (V14_96).
     */
    Keyset.Page<PairView, UUID> decidedPage(UUID programme, Keyset.Cursor<UUID> from, int size) {
        return page(programme, "p.status <> 'PROPOSED'", new HashMap<>(), from, size);
    }

    private Keyset.Page<PairView, UUID> page(
            UUID programme, String which, Map<String, Object> params, Keyset.Cursor<UUID> from, int size) {
        params.put("programme", programme);
        params.put("limit", Keyset.limit(size));
        String sql = SELECT + " where p.programme_id = :programme and " + which;
        if (from != null) {
            sql += AS_PROPOSED.continuing(from, "select c.proposed_at, c.id from buddy_pair c where c.id = :cursor");
            params.put("cursor", from.key());
        }
        Keyset.Page<PairView, UUID> page = Keyset.page(
                jdbc.sql(sql + AS_PROPOSED.orderBy(from))
                        .params(params)
                        .query((row, n) -> read(row))
                        .list(),
                from,
                size,
                PairView::id);
        return new Keyset.Page<>(withDetails(page.rows()), page.next(), page.previous());
    }

    /** Whether the participant is fixed by hand with the buddy already, in a proposal not yet decided. */
    boolean fixedAlready(UUID programme, ParticipantId participant, UUID buddy) {
        return jdbc.sql("""
                select exists (select 1 from buddy_pair where programme_id = ? and participant_id = ? and buddy_id = ?
                    and status = 'PROPOSED' and fixed_by_coordinator)""")
                .params(programme, participant.value(), buddy)
                .query(Boolean.class)
                .single();
    }

    /**
     * A signal as the database finds it: its kind, the pair and buddy, the participant (null for a buddy's own
     * signal), a name (the buddy's) and a number (days, or a score).
     */
    record SignalRow(
            String kind, UUID pairId, UUID buddyId, ParticipantId participant, String buddyName, long number) {}

    /**
     * The first {@code limit} signals of the programme, in one query: of its accepted and running pairs (in order of
     * proposal) whose buddy withdrew their consent, whose participant withdrew theirs or was archived; of its running
     * pairs without logged contact for 30 or 14 days (from the later of the start and the last meeting, to
     * {@code today}) or whose latest check-in scored at most {@code lowCheckIn}; then its buddies who want to stop (by
     * status and name). Only the open pairs are read, each with its last meeting and latest check-in looked up once by
     * index (the open pairs are materialized, not inlined into each signal's test).
     */
    List<SignalRow> signals(UUID programme, LocalDate today, int lowCheckIn, int limit) {
        return jdbc.sql("""
                with open_pair as materialized (
                    select p.id, p.buddy_id, p.participant_id, p.status, p.proposed_at, b.name as buddy_name,
                           b.consent_withdrawn_at as buddy_withdrawn_at, p.participant_consent_withdrawn_at,
                           p.participant_archived_at,
                           :today - greatest(p.started_on,
                               (select max(m.met_on) from pair_meeting m where m.pair_id = p.id)) as days,
                           (select c.score from pair_checkin c where c.pair_id = p.id
                            order by c.checked_on desc, c.given_at desc limit 1) as last_score
                    from buddy_pair p join buddy b on b.id = p.buddy_id
                    where p.programme_id = :programme and p.status in ('AWAITING_AGREEMENT', 'ACTIVE'))
                select kind, pair_id, buddy_id, participant_id, buddy_name, number from (
                    select 0 as part, proposed_at, id as pair_id, k.position, k.kind, buddy_id, participant_id,
                           buddy_name, k.number, null as buddy_status
                    from open_pair cross join lateral (values
                        (1, 'buddyConsentWithdrawn', 0, buddy_withdrawn_at is not null),
                        (2, 'participantConsentWithdrawn', 0, participant_consent_withdrawn_at is not null),
                        (3, 'participantArchived', 0, participant_archived_at is not null),
                        (4, case when days >= 30 then 'noContact30' else 'noContact14' end, days,
                            status = 'ACTIVE' and days >= 14),
                        (5, 'lowCheckIn', last_score, status = 'ACTIVE' and last_score <= :lowCheckIn))
                        as k(position, kind, number, applies)
                    where k.applies
                    union all
                    select 1, null, null, 0, 'buddyWantsToStop', b.id, null, b.name, 0, b.status
                    from buddy b where b.programme_id = :programme and b.wants_to_stop) signal
                order by part, proposed_at, pair_id, position, buddy_status, buddy_name, buddy_id
                limit :limit""")
                .param("programme", programme)
                .param("today", today)
                .param("lowCheckIn", lowCheckIn)
                .param("limit", limit)
                .query((row, n) -> new SignalRow(
                        row.getString("kind"),
                        row.getObject("pair_id", UUID.class),
                        row.getObject("buddy_id", UUID.class),
                        row.getObject("participant_id") == null
                                ? null
                                : new ParticipantId(row.getObject("participant_id", UUID.class)),
                        row.getString("buddy_name"),
                        row.getLong("number")))
                .list();
    }

    /**
     * The figures of a programme, counted by the database: those waiting now and the lower median of their days
     * waited (to {@code today}); the pairs started and the lower median of the days from entry to start; the pairs
     * ended after a start and the lower median of their days; the pairs stopped early.
     */
    ProgrammeManagement.Figures figures(UUID programme, LocalDate today) {
        return jdbc.sql("""
                select w.waiting, w.median_waiting, s.started, s.median_to_match, s.ended, s.median_pair, s.stopped
                from (select count(*) as waiting,
                             cast(percentile_disc(0.5) within group (order by :today - entered_on) as bigint) as median_waiting
                      from waiting_entry where programme_id = :programme and status = 'WAITING') w,
                     (select count(*) filter (where p.started_on is not null) as started,
                             cast(percentile_disc(0.5) within group (order by p.started_on - e.entered_on)
                                 filter (where p.started_on is not null) as bigint) as median_to_match,
                             count(*) filter (where p.started_on is not null and p.ended_on is not null) as ended,
                             cast(percentile_disc(0.5) within group (order by p.ended_on - p.started_on)
                                 filter (where p.started_on is not null and p.ended_on is not null) as bigint) as median_pair,
                             count(*) filter (where p.status = 'STOPPED') as stopped
                      from buddy_pair p join waiting_entry e on e.id = p.waiting_entry_id
                      where p.programme_id = :programme) s""")
                .param("programme", programme)
                .param("today", today)
                .query((row, n) -> new ProgrammeManagement.Figures(
                        row.getInt("waiting"),
                        row.getObject("median_waiting", Long.class),
                        row.getInt("started"),
                        row.getObject("median_to_match", Long.class),
                        row.getInt("ended"),
                        row.getObject("median_pair", Long.class),
                        row.getInt("stopped")))
                .single();
    }

    Optional<PairView> find(UUID programme, UUID id) {
        return jdbc.sql(SELECT + " where p.programme_id = ? and p.id = ?")
                .params(programme, id)
                .query((row, n) -> read(row))
                .optional()
                .map(this::withDetails);
    }

    /** The pairs of the given buddies that their coordinator accepted: a buddy never sees mere proposals. */
    List<PairView> shownToBuddies(List<UUID> buddies) {
        return withDetails(jdbc.sql(SELECT + " where p.buddy_id = any (cast(? as uuid[])) and p.status not in"
                        + " ('PROPOSED', 'REJECTED') order by p.decided_at")
                .param(Pg.array(buddies))
                .query((row, n) -> read(row))
                .list());
    }

    void logMeeting(UUID organisation, UUID pair, LocalDate metOn, String note, UUID by, Instant now) {
        jdbc.sql("""
                insert into pair_meeting (id, organisation_id, pair_id, met_on, note, logged_by, logged_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), organisation, pair, metOn, note, by, Pg.timestamp(now))
                .update();
    }

    void checkIn(UUID organisation, UUID pair, LocalDate today, int score, String comment, UUID by, Instant now) {
        jdbc.sql("""
                insert into pair_checkin (id, organisation_id, pair_id, checked_on, score, comment, given_by, given_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), organisation, pair, today, score, comment, by, Pg.timestamp(now))
                .update();
    }

    void note(UUID organisation, UUID pair, LocalDate today, String note, UUID by, Instant now) {
        jdbc.sql("""
                insert into pair_note (id, organisation_id, pair_id, written_on, note, written_by, written_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), organisation, pair, today, note, by, Pg.timestamp(now))
                .update();
    }

    /** The fact of a part written before parts kept their facts: only its English sentence is known. */
    static final String SENTENCE_ONLY = "sentence";

    private PairView withDetails(PairView pair) {
        return withDetails(List.of(pair)).get(0);
    }

    /** The pairs with their score parts, meetings, check-ins and notes: four queries however many pairs there are. */
    private List<PairView> withDetails(List<PairView> pairs) {
        if (pairs.isEmpty()) {
            return pairs;
        }
        List<UUID> ids = pairs.stream().map(PairView::id).toList();
        Map<UUID, List<ScorePart>> parts = byPair(
                """
                select pair_id, criterion, points, reason, fact, arguments from buddy_pair_reason
                where pair_id = any (cast(? as uuid[])) order by pair_id, position""",
                ids,
                row -> new ScorePart(
                        Criterion.valueOf(row.getString(2)),
                        row.getBigDecimal(3),
                        row.getString(4),
                        row.getString(5) == null ? SENTENCE_ONLY : row.getString(5),
                        List.of((String[]) row.getArray(6).getArray())));
        Map<UUID, List<PairView.Meeting>> meetings =
                byPair("""
                select pair_id, met_on, note from pair_meeting where pair_id = any (cast(? as uuid[]))
                order by pair_id, met_on desc, logged_at desc""", ids, row -> new PairView.Meeting(row.getObject(2, LocalDate.class), row.getString(3)));
        Map<UUID, List<PairView.CheckIn>> checkIns = byPair(
                """
                select pair_id, checked_on, score, comment from pair_checkin where pair_id = any (cast(? as uuid[]))
                order by pair_id, checked_on desc, given_at desc""",
                ids,
                row -> new PairView.CheckIn(row.getObject(2, LocalDate.class), row.getInt(3), row.getString(4)));
        Map<UUID, List<PairView.Note>> notes =
                byPair("""
                select pair_id, written_on, note from pair_note where pair_id = any (cast(? as uuid[]))
                order by pair_id, written_at desc""", ids, row -> new PairView.Note(row.getObject(2, LocalDate.class), row.getString(3)));
        return pairs.stream()
                .map(pair -> new PairView(
                        pair.id(),
                        pair.programmeId(),
                        pair.waitingEntryId(),
                        pair.participant(),
                        null,
                        pair.buddyId(),
                        pair.buddyName(),
                        pair.status(),
                        pair.score(),
                        pair.fixedByCoordinator(),
                        parts.getOrDefault(pair.id(), List.of()),
                        pair.rejectReason(),
                        pair.sharedName(),
                        pair.buddyAgreedAt(),
                        pair.participantAgreedAt(),
                        pair.startedOn(),
                        pair.endedOn(),
                        pair.endReason(),
                        pair.lastMeeting(),
                        meetings.getOrDefault(pair.id(), List.of()),
                        checkIns.getOrDefault(pair.id(), List.of()),
                        notes.getOrDefault(pair.id(), List.of()),
                        pair.participantConsentWithdrawnAt(),
                        pair.participantArchivedAt()))
                .toList();
    }

    /** Rows whose first column is the pair's id, grouped per pair in the query's order. */
    private <T> Map<UUID, List<T>> byPair(String sql, List<UUID> pairIds, RowReader<T> reader) {
        Map<UUID, List<T>> grouped = new HashMap<>();
        jdbc.sql(sql).param(Pg.array(pairIds)).query(row -> {
            grouped.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>())
                    .add(reader.read(row));
        });
        return grouped;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static PairView read(ResultSet row) throws SQLException {
        return new PairView(
                row.getObject("id", UUID.class),
                row.getObject("programme_id", UUID.class),
                row.getObject("waiting_entry_id", UUID.class),
                new ParticipantId(row.getObject("participant_id", UUID.class)),
                null,
                row.getObject("buddy_id", UUID.class),
                row.getString("buddy_name"),
                PairStatus.valueOf(row.getString("status")),
                row.getBigDecimal("score"),
                row.getBoolean("fixed_by_coordinator"),
                List.of(),
                row.getString("reject_reason"),
                row.getString("shared_name"),
                Buddies.instant(row, "buddy_agreed_at"),
                Buddies.instant(row, "participant_agreed_at"),
                row.getObject("started_on", LocalDate.class),
                row.getObject("ended_on", LocalDate.class),
                row.getString("end_reason"),
                row.getObject("last_meeting", LocalDate.class),
                List.of(),
                List.of(),
                List.of(),
                Buddies.instant(row, "participant_consent_withdrawn_at"),
                Buddies.instant(row, "participant_archived_at"));
    }
}

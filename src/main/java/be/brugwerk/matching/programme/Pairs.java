package be.brugwerk.matching.programme;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.brugwerk.matching.engine.Criterion;
import be.brugwerk.matching.engine.ProposedPair;
import be.brugwerk.matching.engine.ScorePart;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Pg;
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

    UUID propose(UUID organisation, UUID programme, WaitingEntry entry, UUID buddy, UUID run, ProposedPair proposed,
            boolean fixed, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into buddy_pair (id, organisation_id, programme_id, waiting_entry_id, participant_id, buddy_id, run_id,
                    status, score, fixed_by_coordinator, proposed_at)
                values (?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?, ?)""")
                .params(id, organisation, programme, entry.id(), entry.participant().value(), buddy, run,
                        proposed == null ? BigDecimal.ZERO : proposed.score(), fixed, Pg.timestamp(now))
                .update();
        if (proposed != null) {
            int position = 0;
            for (ScorePart part : proposed.explanation()) {
                jdbc.sql("""
                        insert into buddy_pair_reason (pair_id, organisation_id, position, criterion, points, reason, fact, arguments)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(id, organisation, position++, part.criterion().name(), part.points(), part.reason(), part.fact(),
                                part.arguments().toArray(String[]::new)).update();
            }
        }
        return id;
    }

    /** Removes the undecided proposals of a programme, before a run writes new ones. */
    void removeProposals(UUID programme) {
        jdbc.sql("""
                delete from buddy_pair_reason where pair_id in
                    (select id from buddy_pair where programme_id = ? and status = 'PROPOSED')""").param(programme).update();
        jdbc.sql("delete from buddy_pair where programme_id = ? and status = 'PROPOSED'").param(programme).update();
    }

    /** Removes the undecided proposals of one participant (before the coordinator fixes a pair for them). */
    void removeProposalsOf(UUID programme, ParticipantId participant) {
        jdbc.sql("""
                delete from buddy_pair_reason where pair_id in (select id from buddy_pair where programme_id = ?
                    and participant_id = ? and status = 'PROPOSED')""").params(programme, participant.value()).update();
        jdbc.sql("delete from buddy_pair where programme_id = ? and participant_id = ? and status = 'PROPOSED'")
                .params(programme, participant.value()).update();
    }

    List<PairView> ofProgramme(UUID programme) {
        return jdbc.sql(SELECT + " where p.programme_id = ? order by p.proposed_at, p.id").param(programme)
                .query((row, n) -> read(row)).list().stream().map(this::withDetails).toList();
    }

    Optional<PairView> find(UUID programme, UUID id) {
        return jdbc.sql(SELECT + " where p.programme_id = ? and p.id = ?").params(programme, id)
                .query((row, n) -> read(row)).optional().map(this::withDetails);
    }

    /** The pairs of the given buddies that their coordinator accepted: a buddy never sees mere proposals. */
    List<PairView> shownToBuddies(List<UUID> buddies) {
        return jdbc.sql(SELECT + " where p.buddy_id = any (cast(? as uuid[])) and p.status not in ('PROPOSED', 'REJECTED')"
                + " order by p.decided_at").param(Pg.array(buddies)).query((row, n) -> read(row)).list().stream()
                .map(this::withDetails).toList();
    }

    boolean decide(UUID id, PairStatus from, PairStatus to, UUID by, Instant now, String reason, String sharedName) {
        return jdbc.sql("""
                update buddy_pair set status = ?, decided_at = ?, decided_by = ?, reject_reason = ?, shared_name = ?
                where id = ? and status = ?""")
                .params(to.name(), Pg.timestamp(now), by, reason, sharedName, id, from.name()).update() == 1;
    }

    void buddyAgreed(UUID id, Instant now) {
        jdbc.sql("update buddy_pair set buddy_agreed_at = ? where id = ? and buddy_agreed_at is null")
                .params(Pg.timestamp(now), id).update();
    }

    void participantAgreed(UUID id, UUID recordedBy, Instant now) {
        jdbc.sql("""
                update buddy_pair set participant_agreed_at = ?, participant_agreed_recorded_by = ?
                where id = ? and participant_agreed_at is null""").params(Pg.timestamp(now), recordedBy, id).update();
    }

    /** Starts the pair once both agreed; true when it started now. */
    boolean startIfBothAgreed(UUID id, LocalDate today) {
        return jdbc.sql("""
                update buddy_pair set status = 'ACTIVE', started_on = ?
                where id = ? and status = 'AWAITING_AGREEMENT' and buddy_agreed_at is not null
                  and participant_agreed_at is not null""").params(today, id).update() == 1;
    }

    boolean end(UUID id, PairStatus outcome, String reason, LocalDate today) {
        return jdbc.sql("""
                update buddy_pair set status = ?, end_reason = ?, ended_on = ?
                where id = ? and status in ('AWAITING_AGREEMENT', 'ACTIVE')""")
                .params(outcome.name(), reason, today, id).update() == 1;
    }

    void logMeeting(UUID organisation, UUID pair, LocalDate metOn, String note, UUID by, Instant now) {
        jdbc.sql("""
                insert into pair_meeting (id, organisation_id, pair_id, met_on, note, logged_by, logged_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), organisation, pair, metOn, note, by, Pg.timestamp(now)).update();
    }

    void checkIn(UUID organisation, UUID pair, LocalDate today, int score, String comment, UUID by, Instant now) {
        jdbc.sql("""
                insert into pair_checkin (id, organisation_id, pair_id, checked_on, score, comment, given_by, given_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), organisation, pair, today, score, comment, by, Pg.timestamp(now)).update();
    }

    void note(UUID organisation, UUID pair, LocalDate today, String note, UUID by, Instant now) {
        jdbc.sql("""
                insert into pair_note (id, organisation_id, pair_id, written_on, note, written_by, written_at)
                values (?, ?, ?, ?, ?, ?, ?)""").params(UUID.randomUUID(), organisation, pair, today, note, by, Pg.timestamp(now))
                .update();
    }

    /** The fact of a part written before parts kept their facts: only its English sentence is known. */
    static final String SENTENCE_ONLY = "sentence";

    private PairView withDetails(PairView pair) {
        List<ScorePart> parts = jdbc.sql("select criterion, points, reason, fact, arguments from buddy_pair_reason where pair_id = ? order by position")
                .param(pair.id()).query((row, n) -> new ScorePart(Criterion.valueOf(row.getString(1)), row.getBigDecimal(2),
                        row.getString(3), row.getString(4) == null ? SENTENCE_ONLY : row.getString(4),
                        List.of((String[]) row.getArray(5).getArray()))).list();
        List<PairView.Meeting> meetings = jdbc.sql("select met_on, note from pair_meeting where pair_id = ? order by met_on desc, logged_at desc")
                .param(pair.id()).query((row, n) -> new PairView.Meeting(row.getObject(1, LocalDate.class), row.getString(2))).list();
        List<PairView.CheckIn> checkIns = jdbc.sql("""
                select checked_on, score, comment from pair_checkin where pair_id = ? order by checked_on desc, given_at desc""")
                .param(pair.id()).query((row, n) -> new PairView.CheckIn(row.getObject(1, LocalDate.class), row.getInt(2),
                        row.getString(3))).list();
        List<PairView.Note> notes = jdbc.sql("select written_on, note from pair_note where pair_id = ? order by written_at desc")
                .param(pair.id()).query((row, n) -> new PairView.Note(row.getObject(1, LocalDate.class), row.getString(2))).list();
        return new PairView(pair.id(), pair.programmeId(), pair.waitingEntryId(), pair.participant(), null, pair.buddyId(),
                pair.buddyName(), pair.status(), pair.score(), pair.fixedByCoordinator(), parts, pair.rejectReason(),
                pair.sharedName(), pair.buddyAgreedAt(), pair.participantAgreedAt(), pair.startedOn(), pair.endedOn(),
                pair.endReason(), pair.lastMeeting(), meetings, checkIns, notes);
    }

    private static PairView read(ResultSet row) throws SQLException {
        return new PairView(row.getObject("id", UUID.class), row.getObject("programme_id", UUID.class),
                row.getObject("waiting_entry_id", UUID.class), new ParticipantId(row.getObject("participant_id", UUID.class)),
                null, row.getObject("buddy_id", UUID.class), row.getString("buddy_name"),
                PairStatus.valueOf(row.getString("status")), row.getBigDecimal("score"),
                row.getBoolean("fixed_by_coordinator"), List.of(), row.getString("reject_reason"),
                row.getString("shared_name"), Buddies.instant(row, "buddy_agreed_at"),
                Buddies.instant(row, "participant_agreed_at"), row.getObject("started_on", LocalDate.class),
                row.getObject("ended_on", LocalDate.class), row.getString("end_reason"),
                row.getObject("last_meeting", LocalDate.class), List.of(), List.of(), List.of());
    }
}

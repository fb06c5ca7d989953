package be.brugwerk.matching.programme;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Pg;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the coordinator's and the buddy's homes read: one query each, however many programmes, waiting participants,
 * proposals or pairs there are. Every query names the organisation; row-level security is the second wall.
 */
@Repository
class ProgrammeAgenda {

    /** How many wait on a programme, and since when the longest-waiting one. */
    record Waiting(int count, LocalDate longestSince) {}

    /** A proposal not yet decided. */
    record Proposal(UUID pair, UUID programme, ParticipantId participant, String buddyName, Instant proposedAt) {}

    /** An accepted or running pair of a buddy, with what their home needs to show. */
    record OwnPair(
            UUID pair,
            String programmeName,
            int checkInIntervalDays,
            String sharedName,
            PairStatus status,
            boolean buddyAgreed,
            LocalDate startedOn,
            LocalDate lastMeeting,
            LocalDate lastCheckIn) {}

    private final JdbcClient jdbc;

    ProgrammeAgenda(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, Waiting> waiting(UUID organisation, Collection<UUID> programmes) {
        Map<UUID, Waiting> waiting = new HashMap<>();
        if (programmes.isEmpty()) {
            return waiting;
        }
        jdbc.sql("""
                select programme_id, count(*), min(entered_on) from waiting_entry
                where organisation_id = ? and programme_id = any (cast(? as uuid[])) and status = 'WAITING'
                group by programme_id""").params(organisation, Pg.array(programmes)).query(row -> {
            waiting.put(row.getObject(1, UUID.class), new Waiting(row.getInt(2), row.getObject(3, LocalDate.class)));
        });
        return waiting;
    }

    /** The proposals of the programmes still to decide, oldest first, at most {@code limit}. */
    List<Proposal> proposals(UUID organisation, Collection<UUID> programmes, int limit) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select p.id, p.programme_id, p.participant_id, b.name, p.proposed_at
                from buddy_pair p join buddy b on b.id = p.buddy_id
                where p.organisation_id = ? and p.programme_id = any (cast(? as uuid[])) and p.status = 'PROPOSED'
                order by p.proposed_at, p.id limit ?""")
                .params(organisation, Pg.array(programmes), limit)
                .query((row, n) -> new Proposal(
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        new ParticipantId(row.getObject(3, UUID.class)),
                        row.getString(4),
                        row.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The buddy's accepted and running pairs (never a mere proposal), in the order they were decided. */
    List<OwnPair> ownPairs(UUID organisation, UUID account) {
        return jdbc.sql("""
                select p.id, g.name, g.checkin_interval_days, p.shared_name, p.status, p.buddy_agreed_at is not null,
                       p.started_on,
                       (select max(m.met_on) from pair_meeting m where m.pair_id = p.id),
                       (select max(c.checked_on) from pair_checkin c where c.pair_id = p.id)
                from buddy_pair p join buddy b on b.id = p.buddy_id join programme g on g.id = p.programme_id
                where p.organisation_id = ? and b.account_id = ? and p.status in ('AWAITING_AGREEMENT', 'ACTIVE')
                order by p.decided_at, p.id""")
                .params(organisation, account)
                .query((row, n) -> new OwnPair(
                        row.getObject(1, UUID.class),
                        row.getString(2),
                        row.getInt(3),
                        row.getString(4),
                        PairStatus.valueOf(row.getString(5)),
                        row.getBoolean(6),
                        row.getObject(7, LocalDate.class),
                        row.getObject(8, LocalDate.class),
                        row.getObject(9, LocalDate.class)))
                .list();
    }
}

package be.brugwerk.matching.programme;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.Pg;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The waiting list of each programme, in order of entry. */
@Repository
class WaitingList {

    private final JdbcClient jdbc;

    WaitingList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID add(UUID organisation, UUID programme, ParticipantId participant, LocalDate enteredOn, UUID intake) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into waiting_entry (id, organisation_id, programme_id, participant_id, entered_on, intake_id, status)
                values (?, ?, ?, ?, ?, ?, 'WAITING')""")
                .params(id, organisation, programme, participant.value(), enteredOn, intake)
                .update();
        return id;
    }

    boolean contains(UUID programme, ParticipantId participant) {
        return jdbc.sql("select exists (select 1 from waiting_entry where programme_id = ? and participant_id = ?)")
                .params(programme, participant.value())
                .query(Boolean.class)
                .single();
    }

    /** Those of {@code participants} on the programme's waiting list (in any status), in one query bounded by them. */
    Set<ParticipantId> holding(UUID programme, Collection<ParticipantId> participants) {
        if (participants.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("""
                        select participant_id from waiting_entry where programme_id = :programme
                          and participant_id = any (cast(:participants as uuid[]))""")
                .param("programme", programme)
                .param(
                        "participants",
                        Pg.array(participants.stream().map(ParticipantId::value).toList()))
                .query((row, n) -> new ParticipantId(row.getObject(1, UUID.class)))
                .set();
    }

    List<WaitingEntry> ofProgramme(UUID programme) {
        return jdbc.sql("select * from waiting_entry where programme_id = ? order by entered_on, participant_id")
                .param(programme)
                .query((row, n) -> entry(row))
                .list();
    }

    private static WaitingEntry entry(ResultSet row) throws SQLException {
        return new WaitingEntry(
                row.getObject("id", UUID.class),
                new ParticipantId(row.getObject("participant_id", UUID.class)),
                row.getObject("entered_on", LocalDate.class),
                WaitingEntry.Status.valueOf(row.getString("status")),
                row.getObject("intake_id", UUID.class));
    }

    /** The waiting list's order: first come first, by date of entry and then participant (unique in a programme). */
    private static final Keyset.Order FIRST_COME_FIRST = Keyset.Order.ascending("w.entered_on, w.participant_id");

    /** One page of the programme's waiting list in order of entry, from {@code from}, in one query. */
    Keyset.Page<WaitingEntry, UUID> page(UUID programme, Keyset.Cursor<UUID> from, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("programme", programme);
        params.put("limit", Keyset.limit(size));
        String sql = "select w.* from waiting_entry w where w.programme_id = :programme";
        if (from != null) {
            sql += FIRST_COME_FIRST.continuing(
                    from, "select c.entered_on, c.participant_id from waiting_entry c where c.id = :cursor");
            params.put("cursor", from.key());
        }
        List<WaitingEntry> rows = jdbc.sql(sql + FIRST_COME_FIRST.orderBy(from))
                .params(params)
                .query((row, n) -> entry(row))
                .list();
        return Keyset.page(rows, from, size, WaitingEntry::id);
    }

    Optional<WaitingEntry> find(UUID programme, UUID id) {
        return jdbc.sql("select * from waiting_entry where programme_id = ? and id = ?")
                .params(programme, id)
                .query((row, n) -> entry(row))
                .optional();
    }

    void setStatus(UUID id, WaitingEntry.Status status) {
        jdbc.sql("update waiting_entry set status = ? where id = ?")
                .params(status.name(), id)
                .update();
    }
}

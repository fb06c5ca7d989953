package be.brugwerk.matching.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.brugwerk.people.ParticipantId;
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
                .params(id, organisation, programme, participant.value(), enteredOn, intake).update();
        return id;
    }

    boolean contains(UUID programme, ParticipantId participant) {
        return jdbc.sql("select exists (select 1 from waiting_entry where programme_id = ? and participant_id = ?)")
                .params(programme, participant.value()).query(Boolean.class).single();
    }

    List<WaitingEntry> ofProgramme(UUID programme) {
        return jdbc.sql("select * from waiting_entry where programme_id = ? order by entered_on, participant_id")
                .param(programme).query((row, n) -> new WaitingEntry(row.getObject("id", UUID.class),
                        new ParticipantId(row.getObject("participant_id", UUID.class)),
                        row.getObject("entered_on", LocalDate.class), WaitingEntry.Status.valueOf(row.getString("status")),
                        row.getObject("intake_id", UUID.class)))
                .list();
    }

    Optional<WaitingEntry> find(UUID programme, UUID id) {
        return ofProgramme(programme).stream().filter(e -> e.id().equals(id)).findFirst();
    }

    void setStatus(UUID id, WaitingEntry.Status status) {
        jdbc.sql("update waiting_entry set status = ? where id = ?").params(status.name(), id).update();
    }
}

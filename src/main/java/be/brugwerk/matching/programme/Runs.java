package be.brugwerk.matching.programme;

import be.brugwerk.system.Pg;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Matching runs and their phases. */
@Repository
class Runs {

    private final JdbcClient jdbc;

    Runs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void start(UUID id, UUID organisation, UUID programme, UUID by, Instant now) {
        jdbc.sql("""
                insert into matching_run (id, organisation_id, programme_id, started_at, started_by, phase)
                values (?, ?, ?, ?, ?, 'STARTED')""").params(id, organisation, programme, Pg.timestamp(now), by).update();
    }

    void phase(UUID id, String phase) {
        jdbc.sql("update matching_run set phase = ? where id = ?")
                .params(phase, id)
                .update();
    }

    void finish(UUID id, String outcome, String message, String detail, Instant now) {
        jdbc.sql("""
                update matching_run set outcome = ?, message = ?, message_detail = ?, finished_at = ? where id = ?""").params(outcome, message, detail, Pg.timestamp(now), id).update();
    }

    Optional<RunView> latest(UUID programme) {
        return jdbc.sql("select * from matching_run where programme_id = ? order by seq desc limit 1")
                .param(programme)
                .query((row, n) -> new RunView(
                        row.getObject("id", UUID.class),
                        row.getString("phase"),
                        row.getString("outcome"),
                        row.getString("message"),
                        row.getString("message_detail"),
                        Buddies.instant(row, "started_at"),
                        Buddies.instant(row, "finished_at")))
                .optional();
    }
}

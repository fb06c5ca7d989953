package be.brugwerk.coaching;

import be.brugwerk.coaching.scoring.Instrument;
import be.brugwerk.system.Pg;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Outcome measurements with their raw answers, one row per answered item. */
@Repository
class Measurements {

    /** A stored administration: raw answers by item name (the scoring engine's enum names). */
    record Stored(
            UUID id,
            UUID trajectory,
            Instrument instrument,
            String format,
            LocalDate measuredOn,
            boolean complete,
            Integer lsnsAtRiskBelow,
            Map<String, String> answers,
            int version) {}

    private final JdbcClient jdbc;

    Measurements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Stored measurement, UUID organisation, UUID by, Instant now) {
        jdbc.sql("""
                insert into outcome_measurement (id, trajectory_id, organisation_id, instrument, answer_format,
                    measured_on, complete, lsns_at_risk_below, created_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        measurement.id(),
                        measurement.trajectory(),
                        organisation,
                        measurement.instrument().name(),
                        measurement.format(),
                        measurement.measuredOn(),
                        measurement.complete(),
                        measurement.lsnsAtRiskBelow(),
                        by,
                        Pg.timestamp(now))
                .update();
        answers(measurement, organisation);
    }

    /**
     * Replaces a draft's answers and state, as read at the measurement's {@code version}; false when it is no draft
     * (any more) or was saved since.
     */
    boolean updateDraft(Stored measurement, UUID organisation, Instant now) {
        boolean updated = jdbc.sql("""
                update outcome_measurement set answer_format = ?, measured_on = ?, complete = ?, lsns_at_risk_below = ?,
                    updated_at = ?, version = version + 1
                where id = ? and trajectory_id = ? and not complete and version = ?""")
                        .params(
                                measurement.format(),
                                measurement.measuredOn(),
                                measurement.complete(),
                                measurement.lsnsAtRiskBelow(),
                                Pg.timestamp(now),
                                measurement.id(),
                                measurement.trajectory(),
                                measurement.version())
                        .update()
                == 1;
        if (updated) {
            jdbc.sql("delete from outcome_answer where measurement_id = ?")
                    .param(measurement.id())
                    .update();
            answers(measurement, organisation);
        }
        return updated;
    }

    private void answers(Stored measurement, UUID organisation) {
        measurement
                .answers()
                .forEach((item, answer) -> jdbc.sql("""
                insert into outcome_answer (measurement_id, organisation_id, item, answer) values (?, ?, ?, ?)""")
                        .params(measurement.id(), organisation, item, answer)
                        .update());
    }

    List<Stored> ofTrajectory(UUID trajectory) {
        return read("where m.trajectory_id = ?", trajectory);
    }

    /** Every complete measurement of the organisation, for the aggregated organisation view. */
    List<Stored> completeOfOrganisation(UUID organisation) {
        return read("where m.organisation_id = ? and m.complete", organisation);
    }

    private List<Stored> read(String where, UUID key) {
        List<Stored> rows = jdbc.sql("""
                select m.id, m.trajectory_id, m.instrument, m.answer_format, m.measured_on, m.complete,
                       m.lsns_at_risk_below, m.version
                from outcome_measurement m""" + " " + where + " order by m.measured_on, m.updated_at, m.id")
                .param(key)
                .query((row, n) -> new Stored(
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        Instrument.valueOf(row.getString(3)),
                        row.getString(4),
                        row.getObject(5, LocalDate.class),
                        row.getBoolean(6),
                        row.getObject(7, Integer.class),
                        new LinkedHashMap<>(),
                        row.getInt(8)))
                .list();
        if (!rows.isEmpty()) {
            Map<UUID, Stored> byId = new LinkedHashMap<>();
            rows.forEach(r -> byId.put(r.id(), r));
            jdbc.sql(
                            "select measurement_id, item, answer from outcome_answer where measurement_id = any (cast(? as uuid[]))")
                    .param(Pg.array(byId.keySet()))
                    .query(row -> {
                        byId.get(row.getObject(1, UUID.class)).answers().put(row.getString(2), row.getString(3));
                    });
        }
        return rows;
    }
}

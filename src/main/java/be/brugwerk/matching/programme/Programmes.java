package be.brugwerk.matching.programme;

import be.brugwerk.matching.engine.CriterionWeights;
import be.brugwerk.matching.engine.GenderWishes;
import be.brugwerk.matching.engine.WaitingTradeOff;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.Pg;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programmes and who coordinates them. Queries name the organisation; row-level security is the second wall. */
@Repository
class Programmes {

    private final JdbcClient jdbc;

    Programmes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID create(UUID organisation, ProgrammeSettings s, UUID coordinator, Instant now) {
        UUID id = UUID.randomUUID();
        List<Object> values = new ArrayList<>(List.of(id, organisation));
        values.addAll(settingsValues(s));
        values.addAll(List.of(Pg.timestamp(now), coordinator));
        jdbc.sql("""
                insert into programme (id, organisation_id, name, intake_questions, weight_language, weight_interests,
                    weight_proximity, weight_availability, weight_preferences, waiting_days, waiting_points,
                    expected_duration_weeks, max_capacity, extract_required, must_share_language, max_distance_km,
                    gender_wishes, age_wishes_allowed, checkin_interval_days, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        jdbc.sql("insert into programme_coordinator (programme_id, account_id, organisation_id) values (?, ?, ?)")
                .params(id, coordinator, organisation)
                .update();
        return id;
    }

    /** Changes the settings if nobody changed them since {@code version}; false when someone did. */
    boolean update(UUID id, ProgrammeSettings s, int version) {
        List<Object> values = new ArrayList<>(settingsValues(s));
        values.addAll(List.of(id, version));
        return jdbc.sql("""
                update programme set name = ?, intake_questions = ?, weight_language = ?, weight_interests = ?,
                    weight_proximity = ?, weight_availability = ?, weight_preferences = ?, waiting_days = ?, waiting_points = ?,
                    expected_duration_weeks = ?, max_capacity = ?, extract_required = ?, must_share_language = ?,
                    max_distance_km = ?, gender_wishes = ?, age_wishes_allowed = ?, checkin_interval_days = ?,
                    version = version + 1
                where id = ? and version = ?""").params(values).update() == 1;
    }

    /**
     * The settings as the columns {@code name} to {@code checkin_interval_days} hold them, in the order both
     * {@link #create} and {@link #update} name those columns (some may be null).
     */
    private static List<Object> settingsValues(ProgrammeSettings s) {
        return Arrays.asList(
                s.name(),
                s.intakeQuestions(),
                s.weights().language(),
                s.weights().interests(),
                s.weights().proximity(),
                s.weights().availability(),
                s.weights().preferences(),
                s.waiting().days(),
                s.waiting().points(),
                s.expectedDurationWeeks(),
                s.maxCapacity(),
                s.extractRequired(),
                s.mustShareLanguage(),
                s.maxDistanceKm(),
                s.genderWishes().name(),
                s.ageWishesAllowed(),
                s.checkInIntervalDays());
    }

    Optional<ProgrammeView> find(UUID organisation, UUID id) {
        return jdbc.sql("select * from programme where organisation_id = ? and id = ?")
                .params(organisation, id)
                .query((row, n) -> read(row))
                .optional();
    }

    boolean coordinates(UUID programme, UUID account) {
        return jdbc.sql("select exists (select 1 from programme_coordinator where programme_id = ? and account_id = ?)")
                .params(programme, account)
                .query(Boolean.class)
                .single();
    }

    List<UUID> coordinatorsOf(UUID programme) {
        return jdbc.sql("select account_id from programme_coordinator where programme_id = ?")
                .param(programme)
                .query(UUID.class)
                .list();
    }

    void addCoordinator(UUID organisation, UUID programme, UUID account) {
        jdbc.sql("""
                insert into programme_coordinator (programme_id, account_id, organisation_id) values (?, ?, ?)
                on conflict do nothing""").params(programme, account, organisation).update();
    }

    List<ProgrammeView> coordinatedBy(UUID organisation, UUID account) {
        return jdbc.sql("""
                select p.* from programme p join programme_coordinator c on c.programme_id = p.id
                where p.organisation_id = ? and c.account_id = ? order by p.name""")
                .params(organisation, account)
                .query((row, n) -> read(row))
                .list();
    }

    /** The programme list's order: by name, then id (names need not be unique). */
    private static final Keyset.Order BY_NAME = Keyset.Order.ascending("p.name, p.id");

    /**
     * One page of the organisation's programmes by name, from {@code from}: all of them ({@code coordinator} null, for
     * the organisation admin) or those {@code coordinator} coordinates.
     */
    Keyset.Page<ProgrammeView, UUID> page(UUID organisation, UUID coordinator, Keyset.Cursor<UUID> from, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("organisation", organisation);
        params.put("limit", Keyset.limit(size));
        String sql = "select p.* from programme p where p.organisation_id = :organisation";
        if (coordinator != null) {
            sql += " and exists (select 1 from programme_coordinator c where c.programme_id = p.id"
                    + " and c.account_id = :coordinator)";
            params.put("coordinator", coordinator);
        }
        if (from != null) {
            sql += BY_NAME.continuing(from, "select c.name, c.id from programme c where c.id = :cursor");
            params.put("cursor", from.key());
        }
        return Keyset.page(
                jdbc.sql(sql + BY_NAME.orderBy(from))
                        .params(params)
                        .query((row, n) -> read(row))
                        .list(),
                from,
                size,
                ProgrammeView::id);
    }

    private static ProgrammeView read(ResultSet row) throws SQLException {
        CriterionWeights weights = new CriterionWeights(
                d(row, "weight_language"),
                d(row, "weight_interests"),
                d(row, "weight_proximity"),
                d(row, "weight_availability"),
                d(row, "weight_preferences"));
        ProgrammeSettings settings = new ProgrammeSettings(
                row.getString("name"),
                row.getString("intake_questions"),
                weights,
                new WaitingTradeOff(row.getInt("waiting_days"), d(row, "waiting_points")),
                row.getInt("expected_duration_weeks"),
                row.getInt("max_capacity"),
                row.getBoolean("extract_required"),
                row.getBoolean("must_share_language"),
                d(row, "max_distance_km"),
                GenderWishes.valueOf(row.getString("gender_wishes")),
                row.getBoolean("age_wishes_allowed"),
                row.getInt("checkin_interval_days"));
        return new ProgrammeView(row.getObject("id", UUID.class), settings, row.getInt("version"));
    }

    private static double d(ResultSet row, String column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        return value.doubleValue();
    }
}

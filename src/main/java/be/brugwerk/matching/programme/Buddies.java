package be.brugwerk.matching.programme;

import be.brugwerk.places.LocatedBy;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.Pg;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Buddies and applicants of programmes, with their intakes. */
@Repository
class Buddies {

    private static final String SELECT = """
            select b.*, i.languages, i.interests, i.availability, i.neighbourhood, i.age, i.gender, i.wished_genders,
                   i.wished_age_min, i.wished_age_max, i.age_limit_min, i.age_limit_max, i.goals, i.constraints, i.answers
            from buddy b join intake i on i.id = b.intake_id""";

    private final JdbcClient jdbc;

    Buddies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID apply(UUID organisation, UUID programme, String name, String email, int capacity, UUID intake, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into buddy (id, organisation_id, programme_id, name, email, status, capacity, intake_id, applied_at,
                    consent_given_at)
                values (?, ?, ?, ?, ?, 'APPLIED', ?, ?, ?, ?)""")
                .params(
                        id,
                        organisation,
                        programme,
                        name,
                        email,
                        capacity,
                        intake,
                        Pg.timestamp(now),
                        Pg.timestamp(now))
                .update();
        return id;
    }

    boolean emailKnown(UUID programme, String email) {
        return jdbc.sql("select exists (select 1 from buddy where programme_id = ? and lower(email) = lower(?))")
                .params(programme, email)
                .query(Boolean.class)
                .single();
    }

    List<BuddyView> ofProgramme(UUID programme) {
        return jdbc.sql(SELECT + " where b.programme_id = ? order by b.status, b.name")
                .param(programme)
                .query((row, n) -> read(row))
                .list();
    }

    /** The buddy list's order: applicants, then approved buddies (status in the alphabet); by name, then id. */
    private static final Keyset.Order BY_STATUS_AND_NAME = Keyset.Order.ascending("b.status, b.name, b.id");

    /**
     * One page of the programme's buddies and applicants in the list's order, from {@code from}: those in
     * {@code status} (all when null) whose name holds {@code name} (all when blank).
     */
    Keyset.Page<BuddyView, UUID> page(
            UUID programme, BuddyStatus status, String name, Keyset.Cursor<UUID> from, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("programme", programme);
        params.put("limit", Keyset.limit(size));
        String sql = SELECT + " where b.programme_id = :programme";
        if (status != null) {
            sql += " and b.status = :status";
            params.put("status", status.name());
        }
        if (name != null && !name.isBlank()) {
            sql += " and b.name ilike :name";
            params.put("name", Pg.containing(name));
        }
        if (from != null) {
            sql += BY_STATUS_AND_NAME.continuing(
                    from, "select c.status, c.name, c.id from buddy c where c.id = :cursor");
            params.put("cursor", from.key());
        }
        return Keyset.page(
                jdbc.sql(sql + BY_STATUS_AND_NAME.orderBy(from))
                        .params(params)
                        .query((row, n) -> read(row))
                        .list(),
                from,
                size,
                BuddyView::id);
    }

    Optional<BuddyView> find(UUID programme, UUID id) {
        return jdbc.sql(SELECT + " where b.programme_id = ? and b.id = ?")
                .params(programme, id)
                .query((row, n) -> read(row))
                .optional();
    }

    /**
     * Up to {@code limit} buddies of the programme who could take a participant now, by name: approved, consenting,
     * cleared where the programme asks for an extract, with fewer accepted or running pairs than they take; only those
     * whose name contains {@code search} (any case) when it is given. The index {@code buddy_list_order}
     * ({@code programme_id, status, name, id}, V14_95) holds a programme's approved buddies in this order, so the query
     * can stop at the page's end.
     */
    List<BuddyChoice> withRoom(UUID programme, String search, int limit) {
        String contains = search == null || search.isBlank() ? null : Pg.containing(search);
        return jdbc.sql("""
                select b.id, b.name, b.capacity - t.taken as free
                from buddy b join programme g on g.id = b.programme_id
                cross join lateral (select count(*) as taken from buddy_pair p
                                    where p.buddy_id = b.id and p.status in ('AWAITING_AGREEMENT', 'ACTIVE')) t
                where b.programme_id = :programme and b.status = 'APPROVED' and b.consent_withdrawn_at is null
                  and (not g.extract_required or b.extract_seen)
                  and (cast(:contains as text) is null or b.name ilike cast(:contains as text))
                  and t.taken < b.capacity
                order by b.name, b.id
                limit :limit""")
                .param("programme", programme)
                .param("contains", contains)
                .param("limit", limit)
                .query((row, n) ->
                        new BuddyChoice(row.getObject("id", UUID.class), row.getString("name"), row.getInt("free")))
                .list();
    }

    List<BuddyView> ofAccount(UUID account) {
        return jdbc.sql(SELECT + " where b.account_id = ? order by b.applied_at")
                .param(account)
                .query((row, n) -> read(row))
                .list();
    }

    /** Approves an applicant; false when they are no longer an applicant (another coordinator approved them meanwhile). */
    boolean approve(UUID id, boolean extractSeen, UUID account, UUID approvedBy, Instant now) {
        return jdbc.sql("""
                update buddy set status = 'APPROVED', intake_held = true, extract_seen = ?, account_id = ?,
                    approved_at = ?, approved_by = ? where id = ? and status = 'APPLIED'""")
                        .params(extractSeen, account, Pg.timestamp(now), approvedBy, id)
                        .update()
                == 1;
    }

    /** The intake of a buddy of the programme, if there is one. */
    Optional<UUID> intakeOf(UUID programme, UUID id) {
        return jdbc.sql("select intake_id from buddy where programme_id = ? and id = ?")
                .params(programme, id)
                .query(UUID.class)
                .optional();
    }

    /** Whether another buddy of the programme than {@code id} applied with this address. */
    boolean emailKnownToOthers(UUID programme, UUID id, String email) {
        return jdbc.sql(
                        "select exists (select 1 from buddy where programme_id = ? and id <> ? and lower(email) = lower(?))")
                .params(programme, id, email)
                .query(Boolean.class)
                .single();
    }

    /** Corrects what the buddy's intake said about them; the caller checked the intake's version first. */
    void correct(UUID id, String name, String email, int capacity) {
        jdbc.sql("update buddy set name = ?, email = ?, capacity = ? where id = ?")
                .params(name, email, capacity, id)
                .update();
    }

    /**
     * Sets (or, with a null point, clears) where the buddy lives, the next version of the one read; false when someone
     * changed it meanwhile or the buddy is not the programme's.
     */
    boolean home(UUID programme, UUID id, GeoPoint point, LocatedBy locatedBy, int readVersion, UUID by, Instant at) {
        return jdbc.sql("""
                        update buddy set home_latitude = ?, home_longitude = ?, home_located_by = ?,
                            home_changed_at = ?, home_changed_by = ?, home_version = home_version + 1
                        where programme_id = ? and id = ? and home_version = ?""")
                        .params(
                                point == null ? null : point.latitude(),
                                point == null ? null : point.longitude(),
                                point == null ? null : locatedBy.name(),
                                point == null ? null : Pg.timestamp(at),
                                point == null ? null : by,
                                programme,
                                id,
                                readVersion)
                        .update()
                == 1;
    }

    void wantsToStop(UUID id) {
        jdbc.sql("update buddy set wants_to_stop = true where id = ?").param(id).update();
    }

    /** Records that the buddy withdrew their consent; the first moment stays. */
    void withdrawConsent(UUID id, Instant now) {
        jdbc.sql("update buddy set consent_withdrawn_at = ? where id = ? and consent_withdrawn_at is null")
                .params(Pg.timestamp(now), id)
                .update();
    }

    private static BuddyView read(ResultSet row) throws SQLException {
        return new BuddyView(
                row.getObject("id", UUID.class),
                row.getObject("programme_id", UUID.class),
                row.getString("name"),
                row.getString("email"),
                BuddyStatus.valueOf(row.getString("status")),
                row.getInt("capacity"),
                Intakes.read(row),
                row.getObject("account_id", UUID.class),
                instant(row, "applied_at"),
                row.getBoolean("intake_held"),
                row.getObject("extract_seen", Boolean.class),
                instant(row, "approved_at"),
                row.getBoolean("wants_to_stop"),
                instant(row, "consent_withdrawn_at"),
                row.getObject("home_latitude") == null
                        ? null
                        : new GeoPoint(row.getDouble("home_latitude"), row.getDouble("home_longitude")),
                row.getString("home_located_by") == null ? null : LocatedBy.valueOf(row.getString("home_located_by")),
                row.getInt("home_version"));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

package be.brugwerk.neighbourhood;

import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.Pg;
import be.brugwerk.system.VersionConflict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organisation's actors, with JdbcClient (docs/adr/0003-sql-repositories-with-jdbcclient.md). Every query names
 * the organisation; row-level security is the second wall.
 */
@Repository
class Actors {

    private static final String COLUMNS = """
            select id, version, source, source_id, fetched_on, name, kind, address, latitude, longitude,
                source_step_free, offers, needs, contact_name, contact_reach, opening_hours, free, step_free,
                accessible_toilet, languages, source_phone, source_email, source_website, source_opening_hours
            from neighbourhood_actor""";

    private final JdbcClient jdbc;

    Actors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every actor of the organisation, by name. */
    List<Actor> all(UUID organisation) {
        return jdbc.sql(COLUMNS + " where organisation_id = ? order by lower(name), id")
                .param(organisation)
                .query(Actors::actor)
                .list();
    }

    Optional<Actor> find(UUID organisation, UUID id) {
        return jdbc.sql(COLUMNS + " where organisation_id = ? and id = ?")
                .params(organisation, id)
                .query(Actors::actor)
                .optional();
    }

    boolean exists(UUID organisation, UUID id) {
        return jdbc.sql("select count(*) from neighbourhood_actor where organisation_id = ? and id = ?")
                        .params(organisation, id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The actor the source knows under {@code sourceId}, if it was imported before. */
    Optional<Actor> fromSource(UUID organisation, ActorSource source, String sourceId) {
        return jdbc.sql(COLUMNS + " where organisation_id = ? and source = ? and source_id = ?")
                .params(organisation, source.name(), sourceId)
                .query(Actors::actor)
                .optional();
    }

    /** The columns an actor's content is stored in, in the order {@link #content} gives their values. */
    private static final String CONTENT = """
            fetched_on, name, kind, address, latitude, longitude, source_step_free, offers, needs, contact_name,
            contact_reach, opening_hours, free, step_free, accessible_toilet, languages, source_phone, source_email,
            source_website, source_opening_hours""";

    void insert(UUID organisation, Actor actor, UUID by, Instant at) {
        List<Object> values = new ArrayList<>(List.of(
                actor.id(), organisation, actor.version(), actor.source().name()));
        values.add(actor.sourceId());
        values.addAll(content(actor));
        values.add(Pg.timestamp(at));
        values.add(by);
        jdbc.sql("insert into neighbourhood_actor (id, organisation_id, version, source, source_id, " + CONTENT
                        + ", changed_at, changed_by) values (" + "?, ".repeat(values.size() - 1) + "?)")
                .params(values)
                .update();
    }

    /**
     * Stores a changed actor as its next version, if it is still at the version it was read at.
     *
     * @throws VersionConflict when it was changed or removed meanwhile
     */
    void update(UUID organisation, Actor actor, UUID by, Instant at) {
        List<Object> values = new ArrayList<>();
        values.add(actor.version());
        values.addAll(content(actor));
        values.addAll(List.of(Pg.timestamp(at), by, organisation, actor.id(), actor.storedVersion()));
        String assignments = String.join(" = ?, ", CONTENT.replace("\n", " ").split(",\\s*"));
        int updated = jdbc.sql("update neighbourhood_actor set version = ?, " + assignments
                        + " = ?, changed_at = ?, changed_by = ? where organisation_id = ? and id = ? and version = ?")
                .params(values)
                .update();
        if (updated != 1) {
            throw new VersionConflict("neighbourhood.conflict.actor");
        }
    }

    /** The values of {@link #CONTENT}: what the source says and what the organisation added. */
    private static List<Object> content(Actor actor) {
        Actor.Facts f = actor.facts();
        Actor.Own o = actor.own();
        // Arrays.asList, not List.of: most of these may be null
        return Arrays.asList(
                actor.fetchedOn(),
                f.name(),
                f.kind().name(),
                f.address(),
                f.point() == null ? null : f.point().latitude(),
                f.point() == null ? null : f.point().longitude(),
                f.stepFree(),
                o.offers(),
                o.needs(),
                o.contactName(),
                o.contactReach(),
                o.hours().stored(),
                o.free(),
                o.stepFree(),
                o.accessibleToilet(),
                o.languages(),
                f.phone(),
                f.email(),
                f.website(),
                f.hours().days().isEmpty() ? null : f.hours().stored());
    }

    /** Removes the actor if it is still at {@code version}; whether it was. */
    boolean delete(UUID organisation, UUID id, int version) {
        return jdbc.sql("delete from neighbourhood_actor where organisation_id = ? and id = ? and version = ?")
                        .params(organisation, id, version)
                        .update()
                == 1;
    }

    private static Actor actor(ResultSet row, int n) throws SQLException {
        double latitude = row.getDouble("latitude");
        GeoPoint point = row.wasNull() ? null : new GeoPoint(latitude, row.getDouble("longitude"));
        LocalDate fetchedOn = row.getObject("fetched_on", LocalDate.class);
        return Actor.restore(
                row.getObject("id", UUID.class),
                row.getInt("version"),
                ActorSource.valueOf(row.getString("source")),
                row.getString("source_id"),
                fetchedOn,
                new Actor.Facts(
                        row.getString("name"),
                        ActorKind.valueOf(row.getString("kind")),
                        row.getString("address"),
                        point,
                        bool(row, "source_step_free"),
                        row.getString("source_phone"),
                        row.getString("source_email"),
                        row.getString("source_website"),
                        OpeningHours.restore(row.getString("source_opening_hours"))),
                new Actor.Own(
                        row.getString("offers"),
                        row.getString("needs"),
                        row.getString("contact_name"),
                        row.getString("contact_reach"),
                        OpeningHours.restore(row.getString("opening_hours")),
                        bool(row, "free"),
                        bool(row, "step_free"),
                        bool(row, "accessible_toilet"),
                        row.getString("languages")));
    }

    private static Boolean bool(ResultSet row, String column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }
}

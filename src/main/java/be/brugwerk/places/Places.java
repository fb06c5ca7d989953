package be.brugwerk.places;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.Pg;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A participant's places, with JdbcClient (docs/adr/0003-sql-repositories-with-jdbcclient.md). */
@Repository
class Places {

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The participant's places, by name. */
    List<Place> of(ParticipantId participant) {
        return jdbc.sql(SELECT + " where participant_id = ? order by lower(name), id")
                .param(participant.value())
                .query(Places::place)
                .list();
    }

    /** The places of each of the participants, by name; one query however many. */
    Map<ParticipantId, List<Place>> ofAll(Collection<ParticipantId> participants) {
        Map<ParticipantId, List<Place>> of = new HashMap<>();
        jdbc.sql(SELECT + " where participant_id = any (cast(? as uuid[])) order by lower(name), id")
                .param(Pg.array(participants.stream().map(ParticipantId::value).toList()))
                .query(Places::place)
                .list()
                .forEach(place -> of.computeIfAbsent(place.participant(), p -> new ArrayList<>())
                        .add(place));
        return of;
    }

    /** One of the participant's places, if it is theirs. */
    Optional<Place> find(ParticipantId participant, UUID id) {
        return jdbc.sql(SELECT + " where participant_id = ? and id = ?")
                .params(participant.value(), id)
                .query(Places::place)
                .optional();
    }

    /**
     * The homes (places of kind HOME) of {@code participants}, one query for all; of a participant with more than one
     * home, the one changed last.
     */
    Map<ParticipantId, GeoPoint> homes(Collection<ParticipantId> participants) {
        Map<ParticipantId, GeoPoint> homes = new HashMap<>();
        if (participants.isEmpty()) {
            return homes;
        }
        jdbc.sql("""
                        select distinct on (participant_id) participant_id, latitude, longitude
                        from participant_place
                        where kind = 'HOME' and participant_id = any(cast(? as uuid[]))
                        order by participant_id, changed_at desc, id""")
                .param(Pg.array(participants.stream().map(ParticipantId::value).toList()))
                .query((row, n) -> homes.put(
                        new ParticipantId(row.getObject("participant_id", UUID.class)),
                        new GeoPoint(row.getDouble("latitude"), row.getDouble("longitude"))))
                .list();
        return homes;
    }

    void insert(UUID organisation, Place place, UUID by, Instant at) {
        jdbc.sql("""
                insert into participant_place (id, organisation_id, participant_id, version, kind, name, address,
                    latitude, longitude, located_by, going, visits, welcome, companions, note, actor_id, changed_at,
                    changed_by)
                values (:id, :organisation, :participant, :version, :kind, :name, :address, :latitude, :longitude,
                    :locatedBy, :going, :visits, :welcome, cast(:companions as uuid[]), :note, :actor, :at, :by)""")
                .params(parameters(place))
                .param("organisation", organisation)
                .param("at", Pg.timestamp(at))
                .param("by", by)
                .update();
    }

    /**
     * Stores {@code place}, the next version of the one read; false when someone stored another version meanwhile, so
     * that two changes made on the same version never overwrite each other.
     */
    boolean update(Place place, UUID by, Instant at) {
        return jdbc.sql("""
                        update participant_place set version = :version, kind = :kind, name = :name,
                            address = :address, latitude = :latitude, longitude = :longitude, located_by = :locatedBy,
                            going = :going, visits = :visits, welcome = :welcome, companions = cast(:companions as uuid[]),
                            note = :note, actor_id = :actor, changed_at = :at, changed_by = :by
                        where id = :id and participant_id = :participant and version = :version - 1""")
                        .params(parameters(place))
                        .param("at", Pg.timestamp(at))
                        .param("by", by)
                        .update()
                == 1;
    }

    /** Removes the place as it was at {@code version}; false when it was changed meanwhile or is gone. */
    boolean delete(ParticipantId participant, UUID id, int version) {
        return jdbc.sql("delete from participant_place where participant_id = ? and id = ? and version = ?")
                        .params(participant.value(), id, version)
                        .update()
                == 1;
    }

    private static Map<String, Object> parameters(Place place) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", place.id());
        p.put("participant", place.participant().value());
        p.put("version", place.version());
        p.put("kind", place.kind().name());
        p.put("name", place.name());
        p.put("address", place.address());
        p.put("latitude", place.point().latitude());
        p.put("longitude", place.point().longitude());
        p.put("locatedBy", place.locatedBy().name());
        p.put("going", place.going().name());
        p.put("visits", place.visits() == null ? null : place.visits().name());
        p.put("welcome", place.welcome() == null ? null : place.welcome().name());
        p.put("companions", Pg.array(place.companions()));
        p.put("note", place.note());
        p.put("actor", place.actor());
        return p;
    }

    private static final String SELECT = """
            select id, participant_id, version, kind, name, address, latitude, longitude, located_by, going, visits,
                welcome, companions, note, actor_id
            from participant_place""";

    private static Place place(ResultSet row, int n) throws SQLException {
        Array companions = row.getArray("companions");
        return new Place(
                row.getObject("id", UUID.class),
                new ParticipantId(row.getObject("participant_id", UUID.class)),
                row.getInt("version"),
                PlaceKind.valueOf(row.getString("kind")),
                row.getString("name"),
                row.getString("address"),
                new GeoPoint(row.getDouble("latitude"), row.getDouble("longitude")),
                LocatedBy.valueOf(row.getString("located_by")),
                Going.valueOf(row.getString("going")),
                named(Visits.class, row.getString("visits")),
                named(Welcome.class, row.getString("welcome")),
                List.of((UUID[]) companions.getArray()),
                row.getString("note"),
                row.getObject("actor_id", UUID.class));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}

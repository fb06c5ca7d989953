package be.brugwerk.roles;

import be.brugwerk.system.Pg;
import be.brugwerk.system.VersionConflict;
import be.brugwerk.talents.Talent;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organisation's valued roles, with JdbcClient (docs/adr/0003-sql-repositories-with-jdbcclient.md). Every query
 * names the organisation; row-level security is the second wall. A role's place and access are its actor's, which the
 * caller hands in as {@link ActorSite}s: this module does not read the actors' table.
 */
@Repository
class Roles {

    private static final String COLUMNS = """
            select id, actor_id, version, title, description, talents, times, days, languages, capacity, collective,
                gains, learning, taken, closed, minimum_group
            from valued_role""";

    /** The columns a role's content is stored in, in the order {@link #content} gives their values. */
    private static final String CONTENT =
            "title, description, talents, times, days, languages, capacity, collective, gains, learning, taken, closed,"
                    + " minimum_group";

    private final JdbcClient jdbc;

    Roles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The roles of one actor, by title. */
    List<ValuedRole> ofActor(UUID organisation, ActorSite site) {
        return jdbc.sql(COLUMNS + " where organisation_id = ? and actor_id = ? order by lower(title), id")
                .params(organisation, site.actor())
                .query((row, n) -> role(row, actor -> site))
                .list();
    }

    /** The roles that can take more people now: not closed, fewer people than their capacity. */
    List<ValuedRole> open(UUID organisation, Function<UUID, ActorSite> sites) {
        return jdbc.sql(COLUMNS + " where organisation_id = ? and not closed and taken < capacity order by id")
                .param(organisation)
                .query((row, n) -> role(row, sites))
                .list();
    }

    /** One role, at the site its actor has now ({@code sites} by actor id). */
    Optional<ValuedRole> find(UUID organisation, UUID id, Function<UUID, ActorSite> sites) {
        return jdbc.sql(COLUMNS + " where organisation_id = ? and id = ?")
                .params(organisation, id)
                .query((row, n) -> role(row, sites))
                .optional();
    }

    void insert(UUID organisation, ValuedRole role, UUID by, Instant at) {
        List<Object> values =
                new ArrayList<>(List.of(role.id(), organisation, role.site().actor(), role.version()));
        values.addAll(content(role));
        values.add(Pg.timestamp(at));
        values.add(by);
        jdbc.sql("insert into valued_role (id, organisation_id, actor_id, version, " + CONTENT
                        + ", changed_at, changed_by) values (?, ?, ?, ?, ?, ?, cast(? as text[]), ?, cast(? as text[]),"
                        + " cast(? as text[]), ?, ?, cast(? as text[]), cast(? as text[]), ?, ?, ?, ?, ?)")
                .params(values)
                .update();
    }

    /**
     * Stores a changed role as its next version, if it is still at the version it was read at.
     *
     * @throws VersionConflict when it was changed or removed meanwhile
     */
    void update(UUID organisation, ValuedRole role, UUID by, Instant at) {
        List<Object> values = new ArrayList<>();
        values.add(role.version());
        values.addAll(content(role));
        values.addAll(List.of(Pg.timestamp(at), by, organisation, role.id(), role.storedVersion()));
        int updated = jdbc.sql("""
                        update valued_role set version = ?, title = ?, description = ?, talents = cast(? as text[]),
                            times = ?, days = cast(? as text[]), languages = cast(? as text[]), capacity = ?,
                            collective = ?, gains = cast(? as text[]), learning = cast(? as text[]), taken = ?,
                            closed = ?, minimum_group = ?, changed_at = ?, changed_by = ?
                        where organisation_id = ? and id = ? and version = ?""").params(values).update();
        if (updated != 1) {
            throw new VersionConflict("roles.conflict.role");
        }
    }

    private static List<Object> content(ValuedRole role) {
        ValuedRole.Details d = role.details();
        // Arrays.asList, not List.of: description and times may be null
        return Arrays.asList(
                d.title(),
                d.description(),
                Pg.array(names(d.talents())),
                d.times(),
                Pg.array(names(d.days())),
                Pg.array(d.languages()),
                d.capacity(),
                d.collective(),
                Pg.array(names(d.gains())),
                Pg.array(names(d.learning())),
                role.taken(),
                role.closed(),
                d.minimumGroup());
    }

    private static List<String> names(Collection<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).toList();
    }

    private static ValuedRole role(ResultSet row, Function<UUID, ActorSite> sites) throws SQLException {
        UUID actor = row.getObject("actor_id", UUID.class);
        ValuedRole.Details details = new ValuedRole.Details(
                row.getString("title"),
                row.getString("description"),
                codes(Talent.class, row.getArray("talents")),
                row.getString("times"),
                codes(DayOfWeek.class, row.getArray("days")),
                Set.copyOf(strings(row.getArray("languages"))),
                row.getInt("capacity"),
                row.getBoolean("collective"),
                codes(Gain.class, row.getArray("gains")),
                codes(Talent.class, row.getArray("learning")),
                (Integer) row.getObject("minimum_group"));
        return ValuedRole.restore(
                row.getObject("id", UUID.class),
                row.getInt("version"),
                sites.apply(actor),
                details,
                row.getInt("taken"),
                row.getBoolean("closed"));
    }

    private static <E extends Enum<E>> Set<E> codes(Class<E> type, Array array) throws SQLException {
        Set<E> codes = EnumSet.noneOf(type);
        for (String name : strings(array)) {
            codes.add(Enum.valueOf(type, name));
        }
        return codes;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** The site of each actor by id; an actor no longer known has a site without a point. */
    static Function<UUID, ActorSite> sitesOf(Map<UUID, ActorSite> sites) {
        return actor -> {
            ActorSite site = sites.get(actor);
            return site != null ? site : new ActorSite(actor, null, null, null);
        };
    }
}

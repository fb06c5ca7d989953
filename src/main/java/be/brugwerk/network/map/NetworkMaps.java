package be.brugwerk.network.map;

import be.brugwerk.network.MapDocument;
import be.brugwerk.network.MapDocument.MemberEntry;
import be.brugwerk.network.MapDocument.TieEntry;
import be.brugwerk.network.MapVersion;
import be.brugwerk.network.VersionSummary;
import be.brugwerk.network.analysis.CapitalType;
import be.brugwerk.network.analysis.ContactFrequency;
import be.brugwerk.network.analysis.Level;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.network.analysis.Valence;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Pg;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import java.sql.Date;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Network maps in PostgreSQL: the working copy one row per member, function and tie (docs/adr/0005), and
 * immutable versions as JSON documents. Every statement names the participant; row-level security keeps each
 * organisation to its own rows.
 */
@Repository
public class NetworkMaps {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NetworkMaps(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<MapDocument> workingCopy(UUID participant) {
        Optional<Integer> version = jdbc.sql("select version from network_map where participant_id = ?")
                .param(participant)
                .query(Integer.class)
                .optional();
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, Map<SupportFunction, SupportDirection>> support = new HashMap<>();
        jdbc.sql("""
                select s.member_id, s.function, s.direction from network_member_support s
                join network_member m on m.id = s.member_id where m.participant_id = ?""").param(participant).query(row -> {
            support.computeIfAbsent(row.getObject(1, UUID.class), k -> new EnumMap<>(SupportFunction.class))
                    .put(SupportFunction.valueOf(row.getString(2)), SupportDirection.valueOf(row.getString(3)));
        });
        List<MemberEntry> members = jdbc.sql("select * from network_member where participant_id = ? order by position")
                .param(participant)
                .query((row, n) -> {
                    UUID id = row.getObject("id", UUID.class);
                    Date since = row.getDate("status_since");
                    return new MemberEntry(
                            id,
                            row.getString("name"),
                            RelationCategory.valueOf(row.getString("category")),
                            Ring.valueOf(row.getString("ring")),
                            ContactFrequency.valueOf(row.getString("frequency")),
                            support.getOrDefault(id, Map.of()),
                            Valence.valueOf(row.getString("valence")),
                            RelationshipStatus.valueOf(row.getString("status")),
                            since == null ? null : since.toLocalDate(),
                            row.getString("status_note"),
                            CapitalType.valueOf(row.getString("capital_type")),
                            Level.valueOf(row.getString("level")),
                            row.getBoolean("light_tie"),
                            row.getBoolean("formal"),
                            row.getString("note"),
                            row.getObject("angle", Double.class));
                })
                .list();
        List<TieEntry> ties = jdbc.sql("select member_a, member_b, strength, label from network_tie"
                        + " where participant_id = ? order by member_a, member_b")
                .param(participant)
                .query((row, n) -> new TieEntry(
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        row.getObject(3, Integer.class),
                        row.getString(4)))
                .list();
        return Optional.of(new MapDocument(version.get(), members, ties));
    }

    /** The working copy as an aggregate, to change: the empty map at version 0 before anything was drawn. */
    public WorkingCopy load(ParticipantId participant) {
        return workingCopy(participant.value())
                .map(stored -> WorkingCopy.restore(participant, stored))
                .orElseGet(() -> WorkingCopy.empty(participant));
    }

    /**
     * Stores a changed working copy as the next version, if the stored one is still the version it was read at: two
     * saves made on the same version both claim it, and the second finds it gone (a conflict, never an overwrite).
     *
     * @throws VersionConflict when someone else changed the map meanwhile
     * @throws Refusal naming {@code members[i].id} when a member id belongs to another participant's map
     */
    public void save(UUID organisation, WorkingCopy copy, UUID by, Instant now) {
        if (!copy.changed()) {
            return;
        }
        if (!replace(organisation, copy.participant().value(), copy.drawn(), copy.readVersion(), by, now)) {
            throw new VersionConflict("network.conflict.map");
        }
    }

    /**
     * Replaces the working copy with {@code map}, if it was made on {@code readVersion}, the current one; false when
     * someone else changed the map meanwhile.
     */
    private boolean replace(
            UUID organisation, UUID participant, MapDocument map, int readVersion, UUID by, Instant now) {
        int claimed = readVersion == 0
                ? jdbc.sql("""
                        insert into network_map (participant_id, organisation_id, version, updated_at, updated_by)
                        values (?, ?, 1, ?, ?) on conflict (participant_id) do nothing""")
                        .params(participant, organisation, Pg.timestamp(now), by)
                        .update()
                : jdbc.sql("""
                        update network_map set version = version + 1, updated_at = ?, updated_by = ?
                        where participant_id = ? and version = ?""")
                        .params(Pg.timestamp(now), by, participant, readVersion)
                        .update();
        if (claimed == 0) {
            return false;
        }
        jdbc.sql("delete from network_tie where participant_id = ?")
                .param(participant)
                .update();
        List<UUID> kept = map.members().stream().map(MemberEntry::id).toList();
        jdbc.sql("delete from network_member where participant_id = ? and not (id = any (cast(? as uuid[])))")
                .params(participant, Pg.array(kept))
                .update();
        for (int position = 0; position < map.members().size(); position++) {
            upsert(organisation, participant, map.members().get(position), position);
        }
        for (TieEntry tie : map.ties()) {
            // PostgreSQL orders uuids byte by byte, as their lower-case text sorts (UUID.compareTo does not)
            boolean ordered = tie.first().toString().compareTo(tie.second().toString()) < 0;
            jdbc.sql("""
                    insert into network_tie (participant_id, organisation_id, member_a, member_b, strength, label)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            participant,
                            organisation,
                            ordered ? tie.first() : tie.second(),
                            ordered ? tie.second() : tie.first(),
                            tie.strength(),
                            tie.label())
                    .update();
        }
        return true;
    }

    public VersionSummary addVersion(
            UUID organisation, UUID participant, MapDocument map, VersionSummary.Reason reason, UUID by, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into network_map_version (id, participant_id, organisation_id, taken_at, taken_by, reason, content)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(
                        id,
                        participant,
                        organisation,
                        Pg.timestamp(now),
                        by,
                        reason.name(),
                        json.writeValueAsString(map))
                .update();
        return new VersionSummary(id, now, reason);
    }

    public List<VersionSummary> versions(UUID participant) {
        return jdbc.sql(
                        "select id, taken_at, reason from network_map_version where participant_id = ? order by taken_at, id")
                .param(participant)
                .query((row, n) -> new VersionSummary(
                        row.getObject(1, UUID.class),
                        row.getObject(2, OffsetDateTime.class).toInstant(),
                        VersionSummary.Reason.valueOf(row.getString(3))))
                .list();
    }

    /** Every version with its content, oldest first, in one statement (figures over time need them all). */
    public List<MapVersion> versionsWithContent(UUID participant) {
        return jdbc.sql(
                        "select id, taken_at, reason, content::text from network_map_version where participant_id = ? order by taken_at, id")
                .param(participant)
                .query((row, n) -> new MapVersion(
                        new VersionSummary(
                                row.getObject(1, UUID.class),
                                row.getObject(2, OffsetDateTime.class).toInstant(),
                                VersionSummary.Reason.valueOf(row.getString(3))),
                        json.readValue(row.getString(4), MapDocument.class)))
                .list();
    }

    public Optional<MapDocument> version(UUID participant, UUID version) {
        return jdbc.sql("select content::text from network_map_version where participant_id = ? and id = ?")
                .params(participant, version)
                .query(String.class)
                .optional()
                .map(content -> json.readValue(content, MapDocument.class));
    }

    /** The working copy's version, when it was last changed and by whom (their account); empty before. */
    public Optional<MapChange> lastChange(UUID participant) {
        return jdbc.sql("select version, updated_at, updated_by from network_map where participant_id = ?")
                .param(participant)
                .query((row, n) -> new MapChange(
                        row.getInt(1),
                        row.getObject(2, OffsetDateTime.class).toInstant(),
                        row.getObject(3, UUID.class)))
                .optional();
    }

    /**
     * The maps of {@code participants} in the organisation changed since {@code since}, with their last change, in one
     * query, newest first.
     */
    public Map<UUID, MapChange> changedSince(
            UUID organisation, java.util.Collection<UUID> participants, Instant since) {
        Map<UUID, MapChange> changes = new java.util.LinkedHashMap<>();
        if (participants.isEmpty()) {
            return changes;
        }
        jdbc.sql("""
                select m.participant_id, m.version, m.updated_at, m.updated_by from network_map m
                where m.organisation_id = ? and m.participant_id = any (cast(? as uuid[])) and m.updated_at >= ?
                order by m.updated_at desc, m.participant_id""")
                .params(organisation, Pg.array(participants), Pg.timestamp(since))
                .query(row -> {
                    changes.put(
                            row.getObject(1, UUID.class),
                            new MapChange(
                                    row.getInt(2),
                                    row.getObject(3, OffsetDateTime.class).toInstant(),
                                    row.getObject(4, UUID.class)));
                });
        return changes;
    }

    /** A change of the working copy: the version it made, when, and who made it (an account; null if unknown). */
    public record MapChange(int version, Instant at, UUID by) {}

    private void upsert(UUID organisation, UUID participant, MemberEntry m, int position) {
        int written = jdbc.sql("""
                insert into network_member (id, participant_id, organisation_id, name, category, ring, frequency, valence,
                    status, status_since, status_note, capital_type, level, light_tie, formal, note, position, angle)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set name = excluded.name, category = excluded.category, ring = excluded.ring,
                    frequency = excluded.frequency, valence = excluded.valence, status = excluded.status,
                    status_since = excluded.status_since, status_note = excluded.status_note,
                    capital_type = excluded.capital_type, level = excluded.level, light_tie = excluded.light_tie,
                    formal = excluded.formal, note = excluded.note, position = excluded.position,
                    angle = excluded.angle
                where network_member.participant_id = excluded.participant_id""")
                .params(
                        m.id(),
                        participant,
                        organisation,
                        m.name().strip(),
                        m.category().name(),
                        m.ring().name(),
                        m.frequency().name(),
                        m.valence().name(),
                        m.status().name(),
                        m.statusSince() == null ? null : Date.valueOf(m.statusSince()),
                        m.statusNote(),
                        m.capitalType().name(),
                        m.level().name(),
                        m.lightTie(),
                        m.isFormal(),
                        m.note(),
                        position,
                        m.angle())
                .update();
        if (written == 0) {
            throw new Refusal("members[" + position + "].id", "network.member.ofAnotherMap", m.id().toString());
        }
        jdbc.sql("delete from network_member_support where member_id = ?")
                .param(m.id())
                .update();
        m.support()
                .forEach((function, direction) -> jdbc.sql("""
                insert into network_member_support (member_id, organisation_id, function, direction) values (?, ?, ?, ?)""")
                        .params(m.id(), organisation, function.name(), direction.name())
                        .update());
    }
}

package be.brugwerk.talents;

import be.brugwerk.coaching.scoring.QualityOfLifeDomain;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Pg;
import be.brugwerk.system.VersionConflict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Talent cards and their versions, with JdbcClient (docs/adr/0003-sql-repositories-with-jdbcclient.md). */
@Repository
class TalentCards {

    private final JdbcClient jdbc;

    TalentCards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who saved a version and when, as stored (the name is the people module's to give). */
    record Saved(UUID id, int version, Instant at, UUID by, int entries, TakingPart takingPart) {}

    /** The current card: the highest version, or the empty card before anything was saved. */
    TalentCard current(ParticipantId participant) {
        return latest(participant)
                .map(saved -> restore(participant, saved))
                .orElseGet(() -> TalentCard.empty(participant));
    }

    /** The current version's record, if a card was saved. */
    Optional<Saved> latest(ParticipantId participant) {
        return jdbc.sql(SAVED + " where v.participant_id = ? group by v.id order by v.version desc limit 1")
                .param(participant.value())
                .query(TalentCards::saved)
                .optional();
    }

    /** Every saved version, oldest first. */
    List<Saved> versions(ParticipantId participant) {
        return jdbc.sql(SAVED + " where v.participant_id = ? group by v.id order by v.version")
                .param(participant.value())
                .query(TalentCards::saved)
                .list();
    }

    /** One saved version, if it exists. */
    Optional<Saved> version(ParticipantId participant, int version) {
        return jdbc.sql(SAVED + " where v.participant_id = ? and v.version = ? group by v.id")
                .params(participant.value(), version)
                .query(TalentCards::saved)
                .optional();
    }

    /** The card as it was at a saved version. */
    TalentCard restore(ParticipantId participant, Saved saved) {
        List<TalentEntry> entries = jdbc.sql(ENTRIES + " where version_id = ? order by position")
                .param(saved.id())
                .query(TalentCards::entry)
                .list();
        return TalentCard.restore(participant, saved.version(), entries, saved.takingPart());
    }

    /**
     * The current card of each of the participants who has one saved (the others are left out), with the record of
     * its version: two queries however many participants.
     */
    Map<ParticipantId, Current> currentOf(Collection<ParticipantId> participants) {
        Map<ParticipantId, Saved> latest = new HashMap<>();
        jdbc.sql("""
                select distinct on (v.participant_id) v.participant_id, v.id, v.version, v.saved_at, v.saved_by,
                    v.availability, v.access_needs,
                    (select count(*) from talent_entry e where e.version_id = v.id) as entries
                from talent_card_version v
                where v.participant_id = any (cast(? as uuid[]))
                order by v.participant_id, v.version desc""")
                .param(Pg.array(participants.stream().map(ParticipantId::value).toList()))
                .query((row, n) ->
                        Map.entry(new ParticipantId(row.getObject("participant_id", UUID.class)), saved(row, n)))
                .list()
                .forEach(found -> latest.put(found.getKey(), found.getValue()));
        Map<UUID, List<TalentEntry>> entries = new HashMap<>();
        if (!latest.isEmpty()) {
            jdbc.sql("select version_id, " + ENTRY_COLUMNS + " from talent_entry"
                            + " where version_id = any (cast(? as uuid[])) order by version_id, position")
                    .param(Pg.array(latest.values().stream().map(Saved::id).toList()))
                    .query((row, n) -> Map.entry(row.getObject("version_id", UUID.class), entry(row, n)))
                    .list()
                    .forEach(found -> entries.computeIfAbsent(found.getKey(), id -> new ArrayList<>())
                            .add(found.getValue()));
        }
        Map<ParticipantId, Current> current = new HashMap<>();
        latest.forEach((participant, saved) -> current.put(
                participant,
                new Current(
                        saved,
                        TalentCard.restore(
                                participant,
                                saved.version(),
                                entries.getOrDefault(saved.id(), List.of()),
                                saved.takingPart()))));
        return current;
    }

    /** A participant's current card and the record of its version. */
    record Current(Saved saved, TalentCard card) {}

    private static final String ENTRY_COLUMNS = "kind, frame, life_area, talent, description, share, learn";
    private static final String ENTRIES = "select " + ENTRY_COLUMNS + " from talent_entry";

    private static TalentEntry entry(ResultSet row, int n) throws SQLException {
        return new TalentEntry(
                TalentKind.valueOf(row.getString("kind")),
                Frame.valueOf(row.getString("frame")),
                named(QualityOfLifeDomain.class, row.getString("life_area")),
                named(Talent.class, row.getString("talent")),
                row.getString("description"),
                row.getBoolean("share"),
                row.getBoolean("learn"));
    }

    /**
     * Stores a revised card as its next version. Two saves made on the same version both add the same number; the
     * unique key lets the first one in and turns the second into a conflict, so neither overwrites the other.
     */
    void save(UUID organisation, TalentCard card, UUID by, Instant at) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into talent_card_version (id, organisation_id, participant_id, version, saved_at, saved_by,
                        availability, access_needs)
                    values (?, ?, ?, ?, ?, ?, cast(? as text[]), cast(? as text[]))""")
                    .params(
                            id,
                            organisation,
                            card.participant().value(),
                            card.version(),
                            Pg.timestamp(at),
                            by,
                            Pg.array(card.takingPart().availabilityCodes()),
                            Pg.array(card.takingPart().accessNeeds()))
                    .update();
        } catch (DuplicateKeyException savedMeanwhile) {
            throw new VersionConflict("talents.conflict.card");
        }
        List<TalentEntry> entries = card.entries();
        for (int position = 0; position < entries.size(); position++) {
            TalentEntry e = entries.get(position);
            jdbc.sql("""
                    insert into talent_entry (organisation_id, version_id, position, kind, frame, life_area, talent,
                        description, share, learn)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            organisation,
                            id,
                            position,
                            e.kind().name(),
                            e.frame().name(),
                            e.lifeArea() == null ? null : e.lifeArea().name(),
                            e.talent() == null ? null : e.talent().name(),
                            e.text(),
                            e.share(),
                            e.learn())
                    .update();
        }
    }

    private static final String SAVED = """
            select v.id, v.version, v.saved_at, v.saved_by, v.availability, v.access_needs,
                count(e.position) as entries
            from talent_card_version v left join talent_entry e on e.version_id = v.id""";

    private static Saved saved(ResultSet row, int n) throws SQLException {
        return new Saved(
                row.getObject("id", UUID.class),
                row.getInt("version"),
                row.getObject("saved_at", OffsetDateTime.class).toInstant(),
                row.getObject("saved_by", UUID.class),
                row.getInt("entries"),
                TakingPart.read(texts(row, "availability"), texts(row, "access_needs")));
    }

    private static List<String> texts(ResultSet row, String column) throws SQLException {
        java.sql.Array array = row.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}

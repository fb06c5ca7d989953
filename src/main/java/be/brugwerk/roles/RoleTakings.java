package be.brugwerk.roles;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Pg;
import be.brugwerk.system.VersionConflict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Participants' takings of valued roles, with JdbcClient (docs/adr/0003-sql-repositories-with-jdbcclient.md). Every
 * query names the organisation; row-level security is the second wall.
 */
@Repository
class RoleTakings {

    private static final String COLUMNS = """
            select id, role_id, participant_id, version, status, proposed_by, proposed_at, on_map, chosen_at,
                chosen_recorded_by, agreed_at, agreed_recorded_by, started_on, ended_on, reason, decided_at,
                checkin_interval_days, held_on
            from role_taking""";

    private final JdbcClient jdbc;

    RoleTakings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RoleTaking> find(UUID organisation, UUID id) {
        return jdbc.sql(COLUMNS + " where organisation_id = ? and id = ?")
                .params(organisation, id)
                .query((row, n) -> taking(row))
                .optional();
    }

    /**
     * The taking, its row locked until the transaction ends: the reactions to its start and to its end take it in
     * turn, so that the later one always sees what the earlier one did.
     */
    Optional<RoleTaking> lockForReaction(UUID organisation, UUID id) {
        return jdbc.sql(COLUMNS + " where organisation_id = ? and id = ? for update")
                .params(organisation, id)
                .query((row, n) -> taking(row))
                .optional();
    }

    /** The takings of the participants named, newest proposal first. */
    List<RoleTaking> ofParticipant(UUID organisation, ParticipantId participant) {
        return jdbc.sql(COLUMNS + " where organisation_id = ? and participant_id = ? order by proposed_at desc, id")
                .params(organisation, participant.value())
                .query((row, n) -> taking(row))
                .list();
    }

    /**
     * The takings of a role that are not ended or declined: those that hold a place of it first, in the order they
     * were agreed, then those proposed or chosen, in the order they were proposed.
     */
    List<RoleTaking> currentOfRole(UUID organisation, UUID role) {
        return jdbc.sql(COLUMNS + """
                         where organisation_id = ? and role_id = ? and status in ('PROPOSED', 'CHOSEN', 'AGREED', 'ACTIVE')
                        order by agreed_at nulls last, proposed_at, id""")
                .params(organisation, role)
                .query((row, n) -> taking(row))
                .list();
    }

    /** The takings that hold a place of the role (agreed or under way): its group, in the order they were agreed. */
    List<RoleTaking> holdingPlace(UUID organisation, UUID role) {
        return currentOfRole(organisation, role).stream()
                .filter(RoleTaking::holdsPlace)
                .toList();
    }

    /** Whether the participant has a taking of the role that is not ended or declined. */
    boolean hasCurrent(UUID organisation, UUID role, ParticipantId participant) {
        return jdbc.sql("""
                        select count(*) from role_taking where organisation_id = ? and role_id = ? and participant_id = ?
                            and status in ('PROPOSED', 'CHOSEN', 'AGREED', 'ACTIVE')""")
                        .params(organisation, role, participant.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(UUID organisation, RoleTaking t) {
        jdbc.sql("""
                        insert into role_taking (id, organisation_id, role_id, participant_id, version, status,
                            proposed_by, proposed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        t.id(),
                        organisation,
                        t.roleId(),
                        t.participant().value(),
                        t.version(),
                        t.status().name(),
                        t.proposedBy(),
                        Pg.timestamp(t.proposedAt()))
                .update();
    }

    /**
     * Stores a changed taking as its next version, if it is still at the version it was read at.
     *
     * @throws VersionConflict when it was changed meanwhile
     */
    void update(UUID organisation, RoleTaking t) {
        int updated = jdbc.sql("""
                        update role_taking set version = ?, status = ?, on_map = ?, chosen_at = ?,
                            chosen_recorded_by = ?, agreed_at = ?, agreed_recorded_by = ?, started_on = ?,
                            ended_on = ?, reason = ?, decided_at = ?, checkin_interval_days = ?
                        where organisation_id = ? and id = ? and version = ?""")
                .params(Arrays.asList(
                        t.version(),
                        t.status().name(),
                        t.onMap(),
                        timestamp(t.chosenAt()),
                        t.chosenRecordedBy(),
                        timestamp(t.agreedAt()),
                        t.agreedRecordedBy(),
                        t.startedOn(),
                        t.endedOn(),
                        t.reason(),
                        timestamp(t.decidedAt()),
                        t.checkInIntervalDays(),
                        organisation,
                        t.id(),
                        t.storedVersion()))
                .update();
        if (updated != 1) {
            throw new VersionConflict("roles.conflict.taking");
        }
    }

    void insertCheckIn(UUID organisation, UUID taking, RoleTaking.CheckIn checkIn, UUID by, Instant at) {
        jdbc.sql("""
                        insert into role_taking_checkin (id, organisation_id, taking_id, checked_on, note, given_by,
                            given_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(checkIn.id(), organisation, taking, checkIn.on(), checkIn.note(), by, Pg.timestamp(at))
                .update();
    }

    /** The taking's check-ins, newest first. */
    List<RoleTaking.CheckIn> checkIns(UUID organisation, UUID taking) {
        return jdbc.sql("""
                        select id, checked_on, note from role_taking_checkin
                        where organisation_id = ? and taking_id = ? order by checked_on desc, given_at desc, id""")
                .params(organisation, taking)
                .query((row, n) -> new RoleTaking.CheckIn(
                        row.getObject("id", UUID.class),
                        row.getObject("checked_on", LocalDate.class),
                        row.getString("note")))
                .list();
    }

    /**
     * Notes the day a check-in first found the taking holding, unless one was noted before; answers whether this call
     * noted it, so that of two check-ins at once only one tells the trajectory. The taking's version is left alone, as
     * a check-in leaves it.
     */
    boolean noteHeld(UUID organisation, UUID taking, LocalDate on) {
        return jdbc.sql("""
                        update role_taking set held_on = ?
                        where organisation_id = ? and id = ? and held_on is null and status = 'ACTIVE'""").params(on, organisation, taking).update() == 1;
    }

    /** An active taking whose check-in is due: its participant, role, the role's title and the day it fell due. */
    record Due(UUID taking, ParticipantId participant, UUID role, String title, LocalDate dueOn) {}

    /**
     * The organisation's active takings whose check-in is due on {@code today} or was due before, longest due first, at
     * most {@code limit}; of the participants named, or of any when {@code participants} is null. One statement,
     * however many takings and check-ins there are.
     */
    List<Due> due(UUID organisation, Collection<ParticipantId> participants, LocalDate today, int limit) {
        if (participants != null && participants.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select t.id, t.participant_id, t.role_id, r.title,
                               coalesce(c.last, t.started_on) + t.checkin_interval_days as due_on
                        from role_taking t
                        join valued_role r on r.organisation_id = t.organisation_id and r.id = t.role_id
                        left join lateral (select max(x.checked_on) as last from role_taking_checkin x
                                           where x.organisation_id = t.organisation_id and x.taking_id = t.id) c
                            on true
                        where t.organisation_id = :organisation and t.status = 'ACTIVE'
                          and (:everyone or t.participant_id = any (cast(:participants as uuid[])))
                          and coalesce(c.last, t.started_on) + t.checkin_interval_days <= :today
                        order by due_on, t.id limit :limit""")
                .param("organisation", organisation)
                .param("everyone", participants == null)
                .param(
                        "participants",
                        Pg.array(
                                participants == null
                                        ? List.of()
                                        : participants.stream()
                                                .map(ParticipantId::value)
                                                .toList()))
                .param("today", today)
                .param("limit", limit)
                .query((row, n) -> new Due(
                        row.getObject(1, UUID.class),
                        new ParticipantId(row.getObject(2, UUID.class)),
                        row.getObject(3, UUID.class),
                        row.getString(4),
                        row.getObject(5, LocalDate.class)))
                .list();
    }

    private static Object timestamp(Instant at) {
        return at == null ? null : Pg.timestamp(at);
    }

    private static RoleTaking taking(ResultSet row) throws SQLException {
        return RoleTaking.restore(new RoleTaking.Stored(
                row.getObject("id", UUID.class),
                row.getObject("role_id", UUID.class),
                new ParticipantId(row.getObject("participant_id", UUID.class)),
                row.getInt("version"),
                TakingStatus.valueOf(row.getString("status")),
                row.getObject("proposed_by", UUID.class),
                instant(row.getTimestamp("proposed_at")),
                (Boolean) row.getObject("on_map"),
                instant(row.getTimestamp("chosen_at")),
                row.getObject("chosen_recorded_by", UUID.class),
                instant(row.getTimestamp("agreed_at")),
                row.getObject("agreed_recorded_by", UUID.class),
                row.getObject("started_on", LocalDate.class),
                row.getObject("ended_on", LocalDate.class),
                row.getString("reason"),
                instant(row.getTimestamp("decided_at")),
                row.getInt("checkin_interval_days"),
                row.getObject("held_on", LocalDate.class)));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}

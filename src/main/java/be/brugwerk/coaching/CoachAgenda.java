package be.brugwerk.coaching;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Pg;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a coach's home reads of their trajectories: three queries, however many trajectories, actions or round tables
 * there are. Every query names the organisation, the coach and the participants the coach may see (their own
 * caseload); row-level security is the second wall.
 */
@Repository
class CoachAgenda {

    /** An open trajectory with the days its signals are computed from. */
    record OpenTrajectory(
            UUID id, ParticipantId participant, LocalDate startedOn, LocalDate lastContact, LocalDate lastProgress) {}

    record DueAction(UUID trajectory, ParticipantId participant, String description, LocalDate dueOn) {}

    /** A meeting ahead: a round table of an open trajectory, or the follow-up agreed when one was closed. */
    record Meeting(UUID trajectory, ParticipantId participant, LocalDate on, boolean followUp) {}

    private final JdbcClient jdbc;

    CoachAgenda(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The coach's open trajectories with the participants, oldest first. */
    List<OpenTrajectory> open(UUID organisation, UUID coach, Collection<ParticipantId> participants) {
        if (participants.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select t.id, t.participant_id, t.started_on,
                       greatest(t.started_on, (select max(s.held_on) from coaching_session s where s.trajectory_id = t.id)),
                       greatest(t.started_on,
                                (select max(st.changed_on) from trajectory_step st where st.trajectory_id = t.id),
                                (select max(greatest((x.created_at at time zone 'Europe/Brussels')::date, x.done_on))
                                 from coaching_action x where x.trajectory_id = t.id))
                from trajectory t
                where t.organisation_id = :organisation and t.coach_id = :coach and t.closed_on is null
                  and t.participant_id = any (cast(:participants as uuid[]))
                order by t.started_on, t.id""")
                .param("organisation", organisation)
                .param("coach", coach)
                .param("participants", ids(participants))
                .query((row, n) -> new OpenTrajectory(
                        row.getObject(1, UUID.class),
                        new ParticipantId(row.getObject(2, UUID.class)),
                        row.getObject(3, LocalDate.class),
                        row.getObject(4, LocalDate.class),
                        row.getObject(5, LocalDate.class)))
                .list();
    }

    /** Open actions of the coach's open trajectories due before {@code until}, soonest first, at most {@code limit}. */
    List<DueAction> dueBefore(
            UUID organisation, UUID coach, Collection<ParticipantId> participants, LocalDate until, int limit) {
        if (participants.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select x.trajectory_id, t.participant_id, x.description, x.due_on
                from coaching_action x join trajectory t on t.id = x.trajectory_id
                where x.organisation_id = :organisation and t.coach_id = :coach and t.closed_on is null
                  and t.participant_id = any (cast(:participants as uuid[]))
                  and x.status = 'OPEN' and x.due_on < :until
                order by x.due_on, x.id limit :limit""")
                .param("organisation", organisation)
                .param("coach", coach)
                .param("participants", ids(participants))
                .param("until", until)
                .param("limit", limit)
                .query((row, n) -> new DueAction(
                        row.getObject(1, UUID.class),
                        new ParticipantId(row.getObject(2, UUID.class)),
                        row.getString(3),
                        row.getObject(4, LocalDate.class)))
                .list();
    }

    /** Round tables and follow-ups from {@code from} up to (not including) {@code until}, soonest first. */
    List<Meeting> meetings(
            UUID organisation,
            UUID coach,
            Collection<ParticipantId> participants,
            LocalDate from,
            LocalDate until,
            int limit) {
        if (participants.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select r.trajectory_id, t.participant_id, r.planned_on, false
                from round_table r join trajectory t on t.id = r.trajectory_id
                where r.organisation_id = :organisation and t.coach_id = :coach and t.closed_on is null
                  and t.participant_id = any (cast(:participants as uuid[]))
                  and r.planned_on >= :from and r.planned_on < :until
                union all
                select t.id, t.participant_id, t.follow_up_on, true from trajectory t
                where t.organisation_id = :organisation and t.coach_id = :coach and t.closed_on is not null
                  and t.participant_id = any (cast(:participants as uuid[]))
                  and t.follow_up_on >= :from and t.follow_up_on < :until
                order by 3, 1 limit :limit""")
                .param("organisation", organisation)
                .param("coach", coach)
                .param("participants", ids(participants))
                .param("from", from)
                .param("until", until)
                .param("limit", limit)
                .query((row, n) -> new Meeting(
                        row.getObject(1, UUID.class),
                        new ParticipantId(row.getObject(2, UUID.class)),
                        row.getObject(3, LocalDate.class),
                        row.getBoolean(4)))
                .list();
    }

    private static SqlParameterValue ids(Collection<ParticipantId> participants) {
        return Pg.array(participants.stream().map(ParticipantId::value).toList());
    }
}

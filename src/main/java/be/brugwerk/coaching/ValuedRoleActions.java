package be.brugwerk.coaching;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Pg;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A valued role the participant started in (module {@code roles}) becomes an action of their open trajectory: joining
 * the actor's group, carried out by the participant, due on the day they started, named by the role's title. Called by
 * the roles module's reaction to a taking that started, inside the event's organisation; once per taking, however
 * often it is called. When a check-in first finds the taking holding (eight weeks after its start), the trajectory
 * gets a small success named by the role's title, once, and the action is done on that day. When the taking ends, its
 * action is done on the day it ended, unless it was done before. A closed trajectory is not changed; without an open
 * one nothing is added.
 */
@Service
public class ValuedRoleActions {

    private final JdbcClient jdbc;
    private final Clock clock;

    ValuedRoleActions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds the action unless the open trajectory has it already; answers whether it added one. */
    @Transactional
    public boolean noteRoleTaken(
            UUID organisation, ParticipantId participant, UUID taking, String roleTitle, LocalDate startedOn) {
        return jdbc.sql("""
                        insert into coaching_action (id, trajectory_id, organisation_id, kind, description, performer,
                            due_on, status, created_at, role_taking_id)
                        select ?, t.id, t.organisation_id, ?, ?, ?, ?, 'OPEN', ?, ?
                        from trajectory t
                        where t.organisation_id = ? and t.participant_id = ? and t.closed_on is null
                        on conflict (trajectory_id, role_taking_id) do nothing""")
                        .params(
                                UUID.randomUUID(),
                                ActionKind.JOIN_GROUP.name(),
                                roleTitle,
                                Performer.PARTICIPANT.name(),
                                startedOn,
                                Pg.timestamp(clock.instant()),
                                taking,
                                organisation,
                                participant.value())
                        .update()
                > 0;
    }

    /**
     * The taking holds: the open trajectory gets a small success on {@code heldOn}, named by the role's title, unless it
     * has it already, and the taking's action is done on that day while it is still open. Answers whether it added the
     * success.
     */
    @Transactional
    public boolean noteRoleHeld(
            UUID organisation, ParticipantId participant, UUID taking, String roleTitle, LocalDate heldOn) {
        boolean added = jdbc.sql("""
                        insert into coaching_success (id, trajectory_id, organisation_id, occurred_on, description,
                            created_at, role_taking_id)
                        select ?, t.id, t.organisation_id, ?, ?, ?, ?
                        from trajectory t
                        where t.organisation_id = ? and t.participant_id = ? and t.closed_on is null
                        on conflict (trajectory_id, role_taking_id) do nothing""")
                        .params(
                                UUID.randomUUID(),
                                heldOn,
                                roleTitle,
                                Pg.timestamp(clock.instant()),
                                taking,
                                organisation,
                                participant.value())
                        .update()
                > 0;
        done(organisation, participant, taking, heldOn);
        return added;
    }

    /**
     * Sets the taking's action on the open trajectory to done on the day it ended, while it is still open (an action
     * the coach dropped or marked done stays as it is); answers whether it changed one.
     */
    @Transactional
    public boolean noteRoleEnded(UUID organisation, ParticipantId participant, UUID taking, LocalDate endedOn) {
        return done(organisation, participant, taking, endedOn);
    }

    /** Sets the taking's action on the open trajectory to done on {@code on}, while it is still open. */
    private boolean done(UUID organisation, ParticipantId participant, UUID taking, LocalDate on) {
        return jdbc.sql("""
                        update coaching_action a set status = 'DONE', done_on = ?, version = a.version + 1
                        from trajectory t
                        where t.id = a.trajectory_id and t.organisation_id = ? and t.participant_id = ?
                          and t.closed_on is null and a.organisation_id = t.organisation_id
                          and a.role_taking_id = ? and a.status = 'OPEN'""")
                        .params(on, organisation, participant.value(), taking)
                        .update()
                > 0;
    }
}

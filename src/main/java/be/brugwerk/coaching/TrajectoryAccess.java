package be.brugwerk.coaching;

import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may work in a trajectory (deny by default): someone who may work with the participant (the caseload policy:
 * a coordinator, a professional with the participant on their caseload or organisation, a volunteer coach assigned
 * and with the participant's sharing consent) — and a volunteer coach only in their own trajectories. Anyone else
 * learns nothing: 404.
 */
@Component
class TrajectoryAccess {

    private final Trajectories trajectories;
    private final ParticipantManagement participants;

    TrajectoryAccess(Trajectories trajectories, ParticipantManagement participants) {
        this.trajectories = trajectories;
        this.participants = participants;
    }

    Trajectories.Head workable(UUID trajectory) {
        SignedInUser me = Tenancy.requireRole(Role.COORDINATOR, Role.PROFESSIONAL, Role.VOLUNTEER_COACH);
        Trajectories.Head head = trajectories
                .head(trajectory)
                .filter(h -> h.organisation().equals(me.organisationId()))
                .orElseThrow(() -> new NotFound("Trajectory"));
        if (me.hasRole(Role.VOLUNTEER_COACH) && !head.coach().equals(me.accountId())) {
            throw new NotFound("Trajectory");
        }
        if (!participants.isVisible(head.participant())) {
            throw new NotFound("Trajectory");
        }
        return head;
    }

    /** Workable and not closed: a closed trajectory is kept as it was. */
    Trajectories.Head open(UUID trajectory) {
        Trajectories.Head head = workable(trajectory);
        Trajectory.requireOpen(head);
        return head;
    }
}

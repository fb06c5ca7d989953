package be.brugwerk.roles;

import be.brugwerk.people.ParticipantId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant's taking of a valued role as pages and the API show it: ids, the step it is at, the participant's yes
 * or no to the map (null until they chose), its dates and the reason it ended or was declined, the days between
 * check-ins, and the day a check-in first found it holding (a success on the trajectory; null until then).
 */
public record RoleTakingView(
        UUID id,
        UUID role,
        ParticipantId participant,
        int version,
        TakingStatus status,
        Boolean onMap,
        LocalDate startedOn,
        LocalDate endedOn,
        String reason,
        int checkInIntervalDays,
        LocalDate heldOn) {

    /** The most days between check-ins. */
    public static final int MAX_CHECK_IN_INTERVAL = RoleTaking.MAX_CHECK_IN_INTERVAL;

    static RoleTakingView of(RoleTaking t) {
        return new RoleTakingView(
                t.id(),
                t.roleId(),
                t.participant(),
                t.version(),
                t.status(),
                t.onMap(),
                t.startedOn(),
                t.endedOn(),
                t.reason(),
                t.checkInIntervalDays(),
                t.heldOn());
    }

    /**
     * The day the next check-in is due: the interval after the last check-in ({@code lastCheckIn}, null when none), or
     * after the start; null unless the taking is under way.
     */
    public LocalDate checkInDue(LocalDate lastCheckIn) {
        if (status != TakingStatus.ACTIVE) {
            return null;
        }
        return (lastCheckIn == null ? startedOn : lastCheckIn).plusDays(checkInIntervalDays);
    }
}

package be.brugwerk.coaching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a coach's home signals about an open trajectory (see docs/domain.md, "Signals on the coach's home").
 * <ul>
 * <li><b>No contact</b> for 14 or for 30 days: no session was logged with the participant in that time. Contact is a
 * logged session (coach and participant met); until the first one, the trajectory's start counts as the first contact.
 * Only the larger limit reached is signalled.</li>
 * <li><b>Stalled</b>: nothing moved in the step plan for 30 days: no step saved, no action added or done. Until then
 * the start counts.</li>
 * </ul>
 */
public enum TrajectorySignal {
    NO_CONTACT_14,
    NO_CONTACT_30,
    STALLED;

    public static final int NO_CONTACT_DAYS = 14;
    public static final int LONG_NO_CONTACT_DAYS = 30;
    public static final int STALLED_DAYS = 30;

    /**
     * The signals of an open trajectory on {@code today}.
     *
     * @param lastContact the day of the last logged session, or the start when none was logged
     * @param lastProgress the last day a step was saved or an action added or done, or the start
     */
    static List<TrajectorySignal> of(LocalDate lastContact, LocalDate lastProgress, LocalDate today) {
        List<TrajectorySignal> signals = new ArrayList<>();
        long sinceContact = ChronoUnit.DAYS.between(lastContact, today);
        if (sinceContact >= LONG_NO_CONTACT_DAYS) {
            signals.add(NO_CONTACT_30);
        } else if (sinceContact >= NO_CONTACT_DAYS) {
            signals.add(NO_CONTACT_14);
        }
        if (ChronoUnit.DAYS.between(lastProgress, today) >= STALLED_DAYS) {
            signals.add(STALLED);
        }
        return List.copyOf(signals);
    }
}

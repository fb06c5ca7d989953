package be.brugwerk.coaching.web;

import be.brugwerk.coaching.TrajectorySummary;
import be.brugwerk.system.DateDisplay;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;

/**
 * A line of the trajectory list as it shows, its texts made once in Java: the start date as the reader writes dates,
 * and the current step (the date it was closed on, the step's own name, its default name, or that every step is
 * finished). A page shows fifty lines; every variable a cell's expression names is looked up through the request's
 * wrappers, so each cell writes one ready value (docs/region-scale.md, "trow"). Public, as the SpEL compiler compiles a
 * call only on a public type; the step's one expression with its messages was interpreted on every row.
 */
public record TrajectoryListRow(
        UUID id, String participantName, String coachName, String startedOn, String step, int overdueActions) {

    static TrajectoryListRow of(TrajectorySummary t, DateDisplay dates, MessageSource messages, Locale locale) {
        return new TrajectoryListRow(
                t.id(),
                t.participantName(),
                t.coachName(),
                dates.show(t.startedOn()),
                step(t, dates, messages, locale),
                t.overdueActions());
    }

    private static String step(TrajectorySummary t, DateDisplay dates, MessageSource messages, Locale locale) {
        if (t.closedOn() != null) {
            return messages.getMessage("trajectory.closedOn", new Object[] {dates.show(t.closedOn())}, locale);
        }
        if (t.currentStepName() != null) {
            return t.currentStepName();
        }
        if (t.currentStepDefault() != null) {
            return messages.getMessage("trajectory.step.default." + t.currentStepDefault(), null, locale);
        }
        return messages.getMessage("trajectory.allStepsDone", null, locale);
    }
}

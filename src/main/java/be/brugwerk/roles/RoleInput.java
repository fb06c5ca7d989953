package be.brugwerk.roles;

import java.util.List;

/**
 * A role as a form, a script or a line of an imported file sent it, every part as text (codes of fixed lists as their
 * names, the capacity as digits; empty or null for none), checked by {@link ValuedRole#fromNeed} and
 * {@link ValuedRole#revise}.
 *
 * @param title what the role is, in a line ("help in the repair café on Saturdays")
 * @param description more about it, or nothing
 * @param talents the talents it asks, codes of {@link be.brugwerk.talents.Talent}; at least one
 * @param times when, in words ("Saturdays 10:00-13:00"), or nothing
 * @param days the weekdays it takes place on, {@link java.time.DayOfWeek} names, or none
 * @param languages the languages it is done in, ISO 639 codes ({@code nl}, {@code fr}), or none
 * @param capacity how many people it can take, 1 to {@link ValuedRole#MAX_CAPACITY}
 * @param collective whether a group can take it together (null is no)
 * @param gains what it gives, {@link Gain} names; at least one
 * @param learning the talents one can learn in it, when it gives {@link Gain#LEARNING}
 * @param minimumGroup for a collective role, the smallest group that starts it, 2 to its capacity (2 when empty);
 *     empty for a role that is not collective
 */
public record RoleInput(
        String title,
        String description,
        List<String> talents,
        String times,
        List<String> days,
        List<String> languages,
        String capacity,
        Boolean collective,
        List<String> gains,
        List<String> learning,
        String minimumGroup) {

    public RoleInput {
        talents = copy(talents);
        days = copy(days);
        languages = copy(languages);
        gains = copy(gains);
        learning = copy(learning);
    }

    private static List<String> copy(List<String> values) {
        // a list sent with a missing element stays as sent, so the element can be named
        return values == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}

package be.brugwerk.roles.web;

import be.brugwerk.roles.RoleInput;
import java.util.List;

/**
 * A role as the JSON API takes it: codes as their names, the capacity as a number.
 *
 * @param version the version read, for a change; left out when a role is made
 * @param talents codes of the curated talent list, at least one
 * @param days weekday names ({@code SATURDAY})
 * @param languages ISO 639 codes ({@code nl})
 * @param gains {@code VALUED_ROLE}, {@code LIGHT_TIES}, {@code LEARNING}; at least one
 * @param learning talents one learns in it, with {@code LEARNING}
 * @param minimumGroup for a collective role, the smallest group that starts it, 2 to its capacity (2 when left out)
 */
record RoleBody(
        Integer version,
        String title,
        String description,
        List<String> talents,
        String times,
        List<String> days,
        List<String> languages,
        Integer capacity,
        Boolean collective,
        List<String> gains,
        List<String> learning,
        Integer minimumGroup) {

    RoleInput toInput() {
        return new RoleInput(
                title,
                description,
                talents,
                times,
                days,
                languages,
                capacity == null ? null : capacity.toString(),
                collective,
                gains,
                learning,
                minimumGroup == null ? null : minimumGroup.toString());
    }
}

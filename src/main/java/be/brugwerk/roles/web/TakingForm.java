package be.brugwerk.roles.web;

import be.brugwerk.roles.RoleTakingView;
import be.brugwerk.system.Refusal;
import java.util.UUID;

/**
 * What a form about taking a role sends, as typed: the role to propose, or a step on the version read (the yes or no
 * to the map, a date, a reason, a check-in's note). A refused step shows it again as it was typed.
 */
record TakingForm(
        String version,
        String role,
        String onMap,
        String date,
        String reason,
        String note,
        String checkInIntervalDays) {

    static final TakingForm EMPTY = new TakingForm(null, null, null, null, null, null, null);

    /** The version read, or -1 (a conflict) when the form sent none that can be one. */
    int readVersion() {
        return version != null && version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
    }

    /** The role chosen from the list, refused on {@code role} when none was. */
    UUID roleId() {
        try {
            return UUID.fromString(role == null ? "" : role.strip());
        } catch (IllegalArgumentException none) {
            throw new Refusal("role", "roles.taking.roleRequired");
        }
    }

    /** The yes or no to the map; null when neither was chosen, which the taking refuses on {@code onMap}. */
    Boolean showOnMap() {
        return "yes".equals(onMap) ? Boolean.TRUE : "no".equals(onMap) ? Boolean.FALSE : null;
    }

    /**
     * The days between check-ins as typed at the start: null when left empty (the default then), refused on
     * {@code checkInIntervalDays} when it is not a whole number.
     */
    Integer intervalDays() {
        if (checkInIntervalDays == null || checkInIntervalDays.isBlank()) {
            return null;
        }
        if (!checkInIntervalDays.strip().matches("\\d{1,9}")) {
            throw new Refusal(
                    "checkInIntervalDays", "roles.taking.checkInInterval", RoleTakingView.MAX_CHECK_IN_INTERVAL);
        }
        return Integer.parseInt(checkInIntervalDays.strip());
    }

    /** The same input on the taking's current version: sending it again is then a deliberate choice. */
    TakingForm on(RoleTakingView current) {
        return new TakingForm(
                Integer.toString(current.version()), role, onMap, date, reason, note, checkInIntervalDays);
    }
}

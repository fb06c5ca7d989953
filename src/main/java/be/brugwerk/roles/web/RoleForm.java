package be.brugwerk.roles.web;

import be.brugwerk.roles.RoleInput;
import be.brugwerk.roles.RoleView;
import be.brugwerk.system.MultiLine;
import be.brugwerk.system.Refusal;
import java.util.Arrays;
import java.util.List;

/**
 * A role's form as typed. Every part is text or a list of the codes ticked, so that no input fails to bind and loses
 * the rest; the role's own rules ({@code ValuedRole}) check it. The languages are one field of codes separated by
 * commas or spaces; the collective box sends {@code true} when ticked.
 */
record RoleForm(
        String version,
        String title,
        @MultiLine String description,
        List<String> talents,
        String times,
        List<String> days,
        String languages,
        String capacity,
        String collective,
        List<String> gains,
        List<String> learning,
        String minimumGroup) {

    static final RoleForm EMPTY =
            new RoleForm("0", "", "", List.of(), "", List.of(), "", "1", "", List.of(), List.of(), "");

    RoleForm {
        talents = talents == null ? List.of() : List.copyOf(talents);
        days = days == null ? List.of() : List.copyOf(days);
        gains = gains == null ? List.of() : List.copyOf(gains);
        learning = learning == null ? List.of() : List.copyOf(learning);
    }

    static RoleForm of(RoleView role) {
        return new RoleForm(
                Integer.toString(role.version()),
                role.title(),
                role.description() == null ? "" : role.description(),
                role.talents().stream().map(Enum::name).toList(),
                role.times() == null ? "" : role.times(),
                role.days().stream().map(Enum::name).toList(),
                String.join(", ", role.languages()),
                Integer.toString(role.capacity()),
                role.collective() ? "true" : "",
                role.gains().stream().map(Enum::name).toList(),
                role.learning().stream().map(Enum::name).toList(),
                role.minimumGroup() == null ? "" : role.minimumGroup().toString());
    }

    /** What was typed, for the role's rules. */
    RoleInput input() {
        List<String> codes = languages == null || languages.isBlank()
                ? List.of()
                : Arrays.stream(languages.strip().split("[,;\\s]+")).toList();
        return new RoleInput(
                title,
                description,
                talents,
                times,
                days,
                codes,
                capacity,
                "true".equals(collective),
                gains,
                learning,
                minimumGroup);
    }

    /** The version that was read; -1 when missing or tampered with, which never matches. */
    int readVersion() {
        return version != null && version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
    }

    /** The same form naming {@code current} as read: after a conflict, saving again is a deliberate choice. */
    RoleForm withVersion(int current) {
        return new RoleForm(
                Integer.toString(current),
                title,
                description,
                talents,
                times,
                days,
                languages,
                capacity,
                collective,
                gains,
                learning,
                minimumGroup);
    }

    /** A refusal of the role's rules, named as this form names the field: one element of a list is the list's field. */
    static Refusal onForm(Refusal refused) {
        String field = refused.field() == null ? "" : refused.field();
        int index = field.indexOf('[');
        return index < 0 ? refused : new Refusal(field.substring(0, index), refused.messageKey(), refused.arguments());
    }
}

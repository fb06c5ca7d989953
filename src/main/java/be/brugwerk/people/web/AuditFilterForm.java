package be.brugwerk.people.web;

import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.DateInput;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.Refusal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The audit page's filter as typed (text, so the page can show it back with what is wrong), and the address of a page
 * with the same filter.
 */
record AuditFilterForm(String staff, String participant, String action, String from, String to) {

    /** The filter, or for each field what is wrong with it (a message key). */
    record Parsed(AuditTrail.Filter filter, Map<String, String> errors) {}

    Parsed parse(ZoneId zone) {
        Map<String, String> errors = new LinkedHashMap<>();
        UUID account = uuid(staff);
        if (!staff.isBlank() && account == null) {
            errors.put("staff", "audit.filter.staff.unknown");
        }
        UUID subject =
                ParticipantId.typed(participant).map(ParticipantId::value).orElse(null);
        if (!ParticipantId.blank(participant) && subject == null) {
            errors.put("participant", "audit.filter.participant.invalid");
        }
        AuditTrail.Action what = Arrays.stream(AuditTrail.Action.values())
                .filter(a -> a.name().equals(action.strip()))
                .findFirst()
                .orElse(null);
        if (!action.isBlank() && what == null) {
            errors.put("action", "audit.filter.action.unknown");
        }
        LocalDate first = date(from);
        if (!from.isBlank() && first == null) {
            errors.put("from", "audit.filter.date.invalid");
        }
        LocalDate last = date(to);
        if (!to.isBlank() && last == null) {
            errors.put("to", "audit.filter.date.invalid");
        }
        if (first != null && last != null && last.isBefore(first)) {
            errors.put("to", "audit.filter.date.beforeFrom");
        }
        return new Parsed(
                new AuditTrail.Filter(
                        account,
                        subject,
                        what,
                        first == null ? null : first.atStartOfDay(zone).toInstant(),
                        last == null
                                ? null
                                : last.plusDays(1).atStartOfDay(zone).toInstant()),
                Map.copyOf(errors));
    }

    /**
     * A typed date through the application's one parser ({@code 2026-03-02}, which {@code <input type="date">} sends,
     * or {@code 19/12/2026}); {@code null} for empty, unreadable, or outside the years the trail can hold.
     */
    static LocalDate date(String text) {
        try {
            LocalDate date = DateInput.optional("date", text);
            return date == null || date.getYear() < 2000 || date.getYear() > 2100 ? null : date;
        } catch (Refusal unreadable) {
            return null;
        }
    }

    private static UUID uuid(String text) {
        try {
            return text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** This filter's page starting at {@code cursor} ({@code before} or {@code after} a row), or its first page. */
    String href(String cursor, Long id) {
        return Keyset.href(
                "/audit",
                Map.of("staff", staff, "participant", participant, "action", action, "from", from, "to", to),
                cursor,
                id);
    }
}

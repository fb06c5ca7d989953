package be.brugwerk.neighbourhood.web;

import be.brugwerk.neighbourhood.ActorInput;
import be.brugwerk.neighbourhood.ActorView;
import be.brugwerk.system.MultiLine;
import be.brugwerk.system.Refusal;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An actor's form as typed. Every part is text, so that no input can fail to bind and lose the rest; the actor's own
 * rules check it. The opening hours are one field per weekday ({@code hoursSATURDAY}); the yes / no / unknown answers
 * are {@code "true"}, {@code "false"} or empty.
 */
record ActorForm(
        String version,
        String name,
        String kind,
        @MultiLine String offers,
        @MultiLine String needs,
        String contactName,
        String contactReach,
        String address,
        String latitude,
        String longitude,
        String hoursMONDAY,
        String hoursTUESDAY,
        String hoursWEDNESDAY,
        String hoursTHURSDAY,
        String hoursFRIDAY,
        String hoursSATURDAY,
        String hoursSUNDAY,
        String free,
        String stepFree,
        String accessibleToilet,
        String languages) {

    static final ActorForm EMPTY =
            new ActorForm("0", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");

    /** The actor's form; opening hours that are still the source's are not the organisation's to save. */
    static ActorForm of(ActorView actor) {
        Map<DayOfWeek, String> hours = actor.hoursFromSource() ? Map.of() : actor.openingHours();
        return new ActorForm(
                Integer.toString(actor.version()),
                actor.name(),
                actor.kind().name(),
                actor.offers(),
                actor.needs(),
                actor.contactName(),
                actor.contactReach(),
                actor.address(),
                actor.latitude() == null ? "" : actor.latitude().toString(),
                actor.longitude() == null ? "" : actor.longitude().toString(),
                hours.getOrDefault(DayOfWeek.MONDAY, ""),
                hours.getOrDefault(DayOfWeek.TUESDAY, ""),
                hours.getOrDefault(DayOfWeek.WEDNESDAY, ""),
                hours.getOrDefault(DayOfWeek.THURSDAY, ""),
                hours.getOrDefault(DayOfWeek.FRIDAY, ""),
                hours.getOrDefault(DayOfWeek.SATURDAY, ""),
                hours.getOrDefault(DayOfWeek.SUNDAY, ""),
                answer(actor.free()),
                answer(actor.stepFree()),
                answer(actor.accessibleToilet()),
                actor.languages());
    }

    /**
     * What was typed, for the actor's rules. For an imported actor the facts' fields are disabled in the form and so
     * not sent: they stay the source's.
     *
     * @throws Refusal naming the form's field when a coordinate is not a number or an answer is not one the form offers
     */
    ActorInput input() {
        Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
        List<String> days = java.util.Arrays.asList(
                hoursMONDAY, hoursTUESDAY, hoursWEDNESDAY, hoursTHURSDAY, hoursFRIDAY, hoursSATURDAY, hoursSUNDAY);
        for (DayOfWeek day : DayOfWeek.values()) {
            String typed = days.get(day.ordinal());
            if (typed != null) {
                hours.put(day, typed);
            }
        }
        return new ActorInput(
                readVersion(),
                name,
                kind,
                offers,
                needs,
                contactName,
                contactReach,
                address,
                coordinate("latitude", latitude),
                coordinate("longitude", longitude),
                hours,
                answer("free", free),
                answer("stepFree", stepFree),
                answer("accessibleToilet", accessibleToilet),
                languages);
    }

    /** The same form naming {@code version} as read: after a conflict, saving again is a deliberate choice. */
    ActorForm withVersion(int current) {
        return new ActorForm(
                Integer.toString(current),
                name,
                kind,
                offers,
                needs,
                contactName,
                contactReach,
                address,
                latitude,
                longitude,
                hoursMONDAY,
                hoursTUESDAY,
                hoursWEDNESDAY,
                hoursTHURSDAY,
                hoursFRIDAY,
                hoursSATURDAY,
                hoursSUNDAY,
                free,
                stepFree,
                accessibleToilet,
                languages);
    }

    /** The version that was read; -1 when missing or tampered with, which never matches. */
    int readVersion() {
        return readVersion(version);
    }

    /** A version as a form sent it; -1 when missing or tampered with, which never matches. */
    static int readVersion(String version) {
        return version != null && version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
    }

    /** A refusal of the actor's rules, named as this form names the field. */
    static Refusal onForm(Refusal refused) {
        String field = refused.field() == null ? "" : refused.field();
        if (field.startsWith("openingHours.")) {
            return new Refusal(
                    "hours" + field.substring("openingHours.".length()), refused.messageKey(), refused.arguments());
        }
        return refused;
    }

    private static Double coordinate(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(typed.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new Refusal(field, "neighbourhood.actor.coordinateUnreadable");
        }
    }

    private static String answer(Boolean answer) {
        return answer == null ? "" : answer.toString();
    }

    private static Boolean answer(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return switch (typed.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Refusal.tampered(field, "neighbourhood.actor.answerUnknown");
        };
    }
}

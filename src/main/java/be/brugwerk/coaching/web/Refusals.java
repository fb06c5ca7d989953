package be.brugwerk.coaching.web;

import java.util.Arrays;
import java.util.UUID;

import be.brugwerk.coaching.CoachingInputRefused;
import org.springframework.validation.BindingResult;

/** Puts a refused input beside its field on a form, or above the form when the form has no such field. */
final class Refusals {

    private Refusals() {
    }

    static void show(BindingResult errors, CoachingInputRefused refused) {
        Object target = errors.getTarget();
        boolean hasField = target != null && target.getClass().isRecord() && Arrays
                .stream(target.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(refused.field()));
        if (hasField) {
            errors.rejectValue(refused.field(), refused.messageKey());
        } else {
            errors.reject(refused.messageKey());
        }
    }

    /** An id typed or picked in a form; a tampered value is refused naming the field. */
    static UUID id(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new CoachingInputRefused(field, "coaching.member.notOnMap", "is not a member of this participant's map");
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            throw new CoachingInputRefused(field, "coaching.field.required", "is required");
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw new CoachingInputRefused(field, "coaching.field.required", "is not one of the choices");
        }
    }

    static int number(String field, String text, String messageKey) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new CoachingInputRefused(field, messageKey, "is not a whole number");
        }
    }
}

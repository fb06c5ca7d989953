package be.brugwerk.coaching.web;

import java.util.Arrays;
import java.util.UUID;

import be.brugwerk.coaching.CoachingInputRefused;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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

    /**
     * Input no form of ours sends — an unknown choice, a malformed id: only a tampered (or broken) request. The page
     * answers 400, with the message beside the field or on top.
     */
    static final class Tampered extends CoachingInputRefused {

        Tampered(String field, String messageKey, String explanation) {
            super(field, messageKey, explanation);
        }
    }

    /** Answers 400 when the refusal is of a post no form of ours sends. */
    static void statusFor(CoachingInputRefused refused) {
        if (refused instanceof Tampered) {
            status(HttpStatus.BAD_REQUEST);
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
            throw new Tampered(field, "coaching.member.notOnMap", "is not a member of this participant's map");
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            throw new CoachingInputRefused(field, "coaching.field.required", "is required");
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw new Tampered(field, "coaching.choice.unknown", "is not one of the choices");
        }
    }

    /**
     * The version a form read its row at (a hidden field); a missing or malformed one matches no row, so the save
     * is refused as a concurrent edit rather than written over whatever is stored.
     */
    static int version(String text) {
        return text != null && text.strip().matches("\\d{1,9}") ? Integer.parseInt(text.strip()) : -1;
    }

    /** Sets the status of the page being answered (a refused or conflicting post re-shows its page). */
    static void status(HttpStatus status) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            attributes.getResponse().setStatus(status.value());
        }
    }

    /** A yes or no from a pair of radio buttons: null when neither was chosen, refused when neither was sent. */
    static Boolean yesNo(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new Tampered(field, "coaching.choice.unknown", "is not one of the choices");
        };
    }

    static int number(String field, String text, String messageKey) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new CoachingInputRefused(field, messageKey, "is not a whole number");
        }
    }
}

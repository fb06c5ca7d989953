package be.brugwerk.coaching.web;

import be.brugwerk.system.Refusal;
import java.util.UUID;

/**
 * The typed text of a coaching form read as what it stands for: an id, a choice, a number, a version. A value no
 * form of ours sends (a malformed id, an unknown choice) is refused as tampered, so the page answers 400.
 */
final class FormValues {

    private FormValues() {}

    /** An id typed or picked in a form; a tampered value is refused naming the field. */
    static UUID id(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.tampered(field, "coaching.member.notOnMap");
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            throw new Refusal(field, "coaching.field.required");
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text.strip())) {
                return constant;
            }
        }
        throw Refusal.tampered(field, "coaching.choice.unknown");
    }

    /**
     * The version a form read its row at (a hidden field); a missing or malformed one matches no row, so the save
     * is refused as a concurrent edit rather than written over whatever is stored.
     */
    static int version(String text) {
        return text != null && text.strip().matches("\\d{1,9}") ? Integer.parseInt(text.strip()) : -1;
    }

    /** A yes or no from a pair of radio buttons: null when neither was chosen, refused when neither was sent. */
    static Boolean yesNo(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Refusal.tampered(field, "coaching.choice.unknown");
        };
    }

    static int number(String field, String text, String messageKey) {
        String typed = text == null ? "" : text.strip();
        if (!typed.matches("[+-]?\\d{1,9}")) {
            throw new Refusal(field, messageKey);
        }
        return Integer.parseInt(typed);
    }
}

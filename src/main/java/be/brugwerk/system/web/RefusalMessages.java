package be.brugwerk.system.web;

import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.StateConflict;
import be.brugwerk.system.VersionConflict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A refusal in words: its message translated into the language asked for, and the problem document the API answers
 * with (RFC 9457): {@code detail} says what is wrong, {@code errors} names the field with the same message and a
 * {@code code} that stays the same in every language: for a Bean Validation error the constraint's name
 * ({@code Size}), elsewhere the message key. A key without a message reads as the key itself, so an error answer never
 * fails for want of a text.
 */
final class RefusalMessages {

    private final MessageSource messages;

    RefusalMessages(MessageSource messages) {
        this.messages = messages;
    }

    String message(Refusal refused, Locale locale) {
        return message(refused.messageKey(), refused.arguments(), locale);
    }

    /** The message {@code key} names, in the language asked for: for what the problem as a whole says. */
    String message(String key, Locale locale) {
        return message(key, null, locale);
    }

    private String message(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, arguments, key, locale);
    }

    ProblemDetail problem(Refusal refused, Locale locale) {
        Map<String, String> entry = entry(refused, locale);
        return problem(
                HttpStatus.BAD_REQUEST,
                refused.field() == null ? entry.get("message") : refused.field() + ": " + entry.get("message"),
                entry);
    }

    /**
     * The 409 problem of a change made on a version that is no longer stored: {@code detail} says what was changed
     * meanwhile in the language asked for, {@code errors} names {@code version} with the same message and the message
     * key as {@code code}, and {@code currentVersion} holds the version stored now when it is known.
     */
    ProblemDetail problem(VersionConflict conflict, Locale locale) {
        Map<String, String> entry = entry("version", conflict.messageKey(), locale);
        ProblemDetail problem = problem(HttpStatus.CONFLICT, entry.get("message"), entry);
        conflict.currentVersion().ifPresent(version -> problem.setProperty("currentVersion", version));
        return problem;
    }

    /**
     * The 409 problem of what cannot be done in the state the thing is in now: {@code detail} says why in the language
     * asked for, {@code errors} holds the same message with the message key as {@code code}, naming no field.
     */
    ProblemDetail problem(StateConflict conflict, Locale locale) {
        Map<String, String> entry = entry("", conflict.messageKey(), locale);
        return problem(HttpStatus.CONFLICT, entry.get("message"), entry);
    }

    /**
     * The 404 problem of a thing that does not exist or may not be seen: {@code detail} says so in the language asked
     * for, and {@code errors} holds the same message with its key as {@code code}, naming no field.
     */
    ProblemDetail problem(NotFound notFound, Locale locale) {
        Map<String, String> entry = entry("", "error.notFound.detail", locale);
        return problem(HttpStatus.NOT_FOUND, entry.get("message"), entry);
    }

    /** A problem of {@code status} whose one entry of {@code errors} is {@code entry}. */
    private static ProblemDetail problem(HttpStatus status, String detail, Map<String, String> entry) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("errors", List.of(entry));
        return problem;
    }

    /** The entry of {@code errors} for a refusal: its field ("" when it names none), message and message key. */
    Map<String, String> entry(Refusal refused, Locale locale) {
        return entry(refused.field() == null ? "" : refused.field(), refused, locale);
    }

    /** The entry of {@code errors} for a refusal of what was sent as {@code field}. */
    Map<String, String> entry(String field, Refusal refused, Locale locale) {
        return entry(field, message(refused, locale), refused.messageKey());
    }

    /** The entry of {@code errors} for {@code field}, refused for the reason {@code key} names. */
    Map<String, String> entry(String field, String key, Locale locale) {
        return entry(field, message(key, null, locale), key);
    }

    /**
     * The entry of {@code errors} for what a form's rules refused: the field ("" when the form as a whole is at fault),
     * the message of the most specific of its codes that has one, as the form's page says it, and as {@code code} its
     * error code: for a Bean Validation error the constraint's name ({@code Size}), not a message key.
     */
    Map<String, String> entry(ObjectError refused, Locale locale) {
        String key = String.valueOf(refused.getCode());
        String fallback = refused.getDefaultMessage() == null ? key : refused.getDefaultMessage();
        String message = messages.getMessage(
                new DefaultMessageSourceResolvable(refused.getCodes(), refused.getArguments(), fallback), locale);
        return entry(refused instanceof FieldError field ? field.getField() : "", message, key);
    }

    private static Map<String, String> entry(String field, String message, String code) {
        return Map.of("field", field, "message", message, "code", code);
    }
}

package be.brugwerk.system.web;

import be.brugwerk.system.Refusal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A refusal in words: its message translated into the language asked for, and the problem document the API answers
 * with (RFC 9457): {@code detail} says what is wrong, {@code errors} names the field with the same message and the
 * message key as {@code code}, which stays the same in every language.
 */
final class RefusalMessages {

    private final MessageSource messages;

    RefusalMessages(MessageSource messages) {
        this.messages = messages;
    }

    String message(Refusal refused, Locale locale) {
        return messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale);
    }

    ProblemDetail problem(Refusal refused, Locale locale) {
        String message = message(refused, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, refused.field() == null ? message : refused.field() + ": " + message);
        problem.setProperty(
                "errors",
                List.of(Map.of(
                        "field",
                        refused.field() == null ? "" : refused.field(),
                        "message",
                        message,
                        "code",
                        refused.messageKey())));
        return problem;
    }
}

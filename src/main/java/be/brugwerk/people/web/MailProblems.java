package be.brugwerk.people.web;

import be.brugwerk.people.MailNotSent;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A mail with a link that could not be sent, on the JSON API: 503, and nothing was done (no account, no link), so the
 * script may try again once mail works.
 */
@RestControllerAdvice(annotations = RestController.class)
class MailProblems {

    @ExceptionHandler(MailNotSent.class)
    ProblemDetail mailNotSent(MailNotSent exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, exception.getMessage());
    }
}

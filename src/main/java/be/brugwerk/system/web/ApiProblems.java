package be.brugwerk.system.web;

import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.StateConflict;
import be.brugwerk.system.VersionConflict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Errors of the JSON API as RFC 9457 problem details. A rejected field is named in {@code errors}, with its message
 * in the language of the request (English when the request names none), so a script can tell its user exactly what
 * to change.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final RefusalMessages refusals;

    ApiProblems(MessageSource messages) {
        this.refusals = new RefusalMessages(messages);
    }

    /**
     * A body whose Bean Validation rules refused it: answered as a form's refusal is, for the API reads the same form
     * records as the pages.
     */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(formRefused(exception, LocaleContextHolder.getLocale()));
    }

    /**
     * Unreadable JSON, an unknown field, a value of the wrong type or text a field may not hold: named, so the caller
     * can fix it.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, refusals.message("input.body.unreadable", LocaleContextHolder.getLocale()));
        Throwable cause = exception.getMostSpecificCause();
        if (cause instanceof Refusal refused) {
            return ResponseEntity.badRequest().body(refusals.problem(refused, LocaleContextHolder.getLocale()));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            problem.setProperty("errors", List.of(error(unknown.getPropertyName(), "input.unknownField")));
        } else if (cause instanceof InvalidNullException nullElement) {
            problem.setProperty("errors", List.of(error(JsonPaths.of(nullElement), "input.nullElement")));
        } else if (cause instanceof JacksonException binding
                && !binding.getPath().isEmpty()
                && !isSyntaxError(binding)) {
            // a JacksonException, not only a DatabindException: a number too large for its field is an
            // InputCoercionException (a StreamReadException) that carries the path too
            problem.setProperty("errors", List.of(error(JsonPaths.of(binding), "input.wrongKind")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * Text that is not JSON, even inside a field's value: the body is at fault, not the field. A number too large for
     * its field is a stream error too, but an {@link InputCoercionException}: the field is named for it.
     */
    private static boolean isSyntaxError(JacksonException cause) {
        return cause instanceof StreamReadException && !(cause instanceof InputCoercionException);
    }

    /** A request parameter that could not be read: named; a refused text in it says why. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            org.springframework.beans.TypeMismatchException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (exception.getMostSpecificCause() instanceof Refusal refused) {
            return ResponseEntity.badRequest().body(refusals.problem(refused, LocaleContextHolder.getLocale()));
        }
        ResponseEntity<Object> answer = super.handleTypeMismatch(exception, headers, status, request);
        return named(answer, exception.getPropertyName(), "input.wrongKind");
    }

    /** A required request parameter left out: named. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        ResponseEntity<Object> answer = super.handleMissingServletRequestParameter(exception, headers, status, request);
        return named(answer, exception.getParameterName(), "input.required");
    }

    /**
     * The problem of {@code answer} with {@code field} in {@code errors}, as every other refused field is named, and its
     * {@code detail} in the request's language like theirs: Spring's own ("Failed to convert 'purpose' with value:
     * 'XX'") is English whatever the language asked for.
     */
    private ResponseEntity<Object> named(ResponseEntity<Object> answer, String field, String key) {
        if (field != null && answer != null && answer.getBody() instanceof ProblemDetail problem) {
            Map<String, String> error = error(field, key);
            problem.setDetail(field + ": " + error.get("message"));
            problem.setProperty("errors", List.of(error));
        }
        return answer;
    }

    /** A field that could not be read, with why in the request's language and the message key as its code. */
    private Map<String, String> error(String field, String key) {
        return refusals.entry(field, key, LocaleContextHolder.getLocale());
    }

    /**
     * A form's rules refused what was sent (the API reads the same form records as the pages, with the same rules):
     * every field at fault, with its message in the request's language and its message key as {@code code} (the key as
     * its message too when it has none, as for every other refusal).
     */
    @ExceptionHandler(BindException.class)
    ProblemDetail formRefused(BindException refused, Locale locale) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refusals.message("input.invalid", locale));
        List<Map<String, String>> errors = refused.getAllErrors().stream()
                .map(error -> refusals.entry(error, locale))
                .toList();
        problem.setProperty("errors", errors);
        if (!errors.isEmpty()) {
            Map<String, String> first = errors.get(0);
            problem.setDetail(
                    first.get("field").isEmpty()
                            ? first.get("message")
                            : first.get("field") + ": " + first.get("message"));
        }
        return problem;
    }

    /** Input a rule refused: the field it names, and why, in the language of the request. */
    @ExceptionHandler(Refusal.class)
    ProblemDetail refused(Refusal refused, Locale locale) {
        return refusals.problem(refused, locale);
    }

    /**
     * Any other refused argument: 400 with its message, naming no field. Rules that refuse input throw a
     * {@link Refusal}, which names its field; this keeps what has not moved to it (and the engines, which know
     * nothing of the web) from answering 500.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.valueOf(exception.getMessage()));
    }

    /**
     * A thing that does not exist or may not be seen, in the language of the request, the same for both: which kind
     * of thing is left to the path (the exception's message, which names it in English, goes to no one).
     */
    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound exception, Locale locale) {
        return refusals.problem(exception, locale);
    }

    /** A change made on a version someone else replaced meanwhile: what changed, in the language of the request. */
    @ExceptionHandler(VersionConflict.class)
    ProblemDetail conflict(VersionConflict conflict, Locale locale) {
        return refusals.problem(conflict, locale);
    }

    /** What cannot be done in the state the thing is in now (a run going on): why, in the language of the request. */
    @ExceptionHandler(StateConflict.class)
    ProblemDetail conflict(StateConflict conflict, Locale locale) {
        return refusals.problem(conflict, locale);
    }
}

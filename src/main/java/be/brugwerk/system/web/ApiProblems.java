package be.brugwerk.system.web;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import be.brugwerk.system.NotFound;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import be.brugwerk.system.VersionConflict;

/**
 * Errors of the JSON API as RFC 9457 problem details. A rejected field is named in {@code errors}, so a script
 * can tell its user exactly what to change.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some fields are not valid.");
        List<Map<String, String>> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(ApiProblems::describe).toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** Unreadable JSON, an unknown field or a value of the wrong type: named, so the caller can fix it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid.");
        Throwable cause = exception.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            problem.setProperty("errors", List.of(Map.of("field", unknown.getPropertyName(), "message",
                    "is not a field this request accepts")));
        } else if (cause instanceof DatabindException binding && !binding.getPath().isEmpty()) {
            String field = binding.getPath().stream().map(reference -> reference.getPropertyName() != null
                    ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            problem.setProperty("errors", List.of(Map.of("field", field, "message", "has a value of the wrong kind")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
    }

    @ExceptionHandler(VersionConflict.class)
    ProblemDetail conflict(VersionConflict exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
    }

    /**
     * A rule of the domain refused the input. By convention the message starts with the field it is about
     * ({@code "birthYear: lies in the future"}), which is then named in {@code errors}.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException exception) {
        String message = String.valueOf(exception.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        int colon = message.indexOf(": ");
        if (colon > 0 && message.substring(0, colon).matches("[A-Za-z_.\\[\\]0-9]+")) {
            problem.setProperty("errors", List.of(Map.of("field", message.substring(0, colon), "message",
                    message.substring(colon + 2))));
        }
        return problem;
    }

    private static Map<String, String> describe(FieldError error) {
        return Map.of("field", error.getField(), "message",
                error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage());
    }
}

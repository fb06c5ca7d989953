package be.brugwerk.system.web;

import be.brugwerk.system.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page whose input a rule refused answers 400 with the friendly error page saying what was refused, not a 500.
 * (Forms catch the {@link Refusal}s people can cause and show them beside the field with what was typed; what
 * reaches this is only what a tampered request can send, or text refused before any form saw it.) The JSON API has
 * its own answer, {@link ApiProblems}, which goes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    /** Through the container's error dispatch, so the page gets its usual frame (ErrorPages) and says why. */
    @ExceptionHandler(Refusal.class)
    void refused(Refusal refused, HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(Refusal.REQUEST_ATTRIBUTE, refused);
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    /** Any other refused argument, the same way. */
    @ExceptionHandler(IllegalArgumentException.class)
    void badRequest(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }
}

package be.brugwerk.system.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page whose input a domain rule refused answers 400 with the friendly error page, not a 500. (Forms check what
 * people type themselves and show it beside the field; this catches what only a tampered request can send.)
 * The JSON API has its own answer, {@link ApiProblems}, which goes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    /** Through the container's error dispatch, so the page gets its usual frame (ErrorPages). */
    @ExceptionHandler(IllegalArgumentException.class)
    void badRequest(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }
}

package be.brugwerk.system.web;

import java.io.IOException;
import java.util.Map;

import be.brugwerk.system.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page whose input a rule refused answers 400 with the friendly error page saying what was refused, not a 500.
 * (Forms catch the {@link Refusal}s people can cause and show them beside the field with what was typed; what
 * reaches this is only what a tampered request can send, or text refused before any form saw it.) The JSON API has
 * its own answer, {@link ApiProblems}, which goes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refused) {
        return new ModelAndView("error", Map.of("status", HttpStatus.BAD_REQUEST.value(), "refusal", refused),
                HttpStatus.BAD_REQUEST);
    }

    /** Any other refused argument, through the container's error dispatch, so the page gets its usual frame. */
    @ExceptionHandler(IllegalArgumentException.class)
    void badRequest(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }
}

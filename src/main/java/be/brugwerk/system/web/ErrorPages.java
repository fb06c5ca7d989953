package be.brugwerk.system.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a person or a script sees when something fails outside a controller (an unknown address, a refused
 * upload, an exception): a friendly page in the person's language, or RFC 9457 problem details for the API
 * and for clients that do not ask for HTML.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String accept = request.getHeader("Accept");
        boolean wantsPage = !path.startsWith("/api/") && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
        if (wantsPage) {
            return new ModelAndView("error", Map.of("status", status.value()), status);
        }
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setInstance(URI.create(path));
        if (status == HttpStatus.CONTENT_TOO_LARGE) {
            problem.setDetail("The request is larger than accepted: a form up to 1 MB, a file up to 50 MB.");
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}

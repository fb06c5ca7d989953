package be.brugwerk.system.web;

import be.brugwerk.system.Refusal;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

    private static final Pattern ADDRESS = Pattern.compile("[\\p{Alnum}/._~!$&'()*+,;=:@%-]{1,2000}");
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?!\\p{XDigit}{2})");

    private final RefusalMessages refusals;

    ErrorPages(MessageSource messages) {
        this.refusals = new RefusalMessages(messages);
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String accept = request.getHeader("Accept");
        boolean wantsPage = !String.valueOf(path).startsWith("/api/")
                && accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE);
        Refusal refused = request.getAttribute(Refusal.REQUEST_ATTRIBUTE) instanceof Refusal r ? r : null;
        if (wantsPage) {
            Map<String, Object> model = new HashMap<>();
            model.put("status", status.value());
            if (refused != null) {
                model.put("refusal", refused);
            }
            return new ModelAndView("error", model, status);
        }
        ProblemDetail problem = refused != null
                ? refusals.problem(refused, LocaleContextHolder.getLocale())
                : ProblemDetail.forStatus(status);
        problem.setInstance(instance(path));
        if (status == HttpStatus.CONTENT_TOO_LARGE) {
            problem.setDetail("The request is larger than accepted: a form up to 1 MB, a file up to 50 MB.");
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * The status the failed request got; none when {@code /error} is asked for directly, which is an address like
     * any other that leads nowhere: 404.
     */
    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null && request.getDispatcherType() != DispatcherType.ERROR) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /**
     * The address that failed, when it is one a problem can name (it may be what was wrong with the request). Checked
     * character by character, not by an alternation under a repetition: that recurses once per character and
     * overflowed the stack on a long address, so the caller got no problem document at all.
     */
    static URI instance(Object path) {
        if (!(path instanceof String text)
                || !ADDRESS.matcher(text).matches()
                || BROKEN_ESCAPE.matcher(text).find()) {
            return null;
        }
        return URI.create(text);
    }
}

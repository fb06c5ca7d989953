package be.brugwerk.coaching.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Sets the status of the page being answered: a conflicting or refused post re-shows its page with what was typed. */
final class PageStatus {

    private PageStatus() {}

    static void set(HttpStatus status) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            attributes.getResponse().setStatus(status.value());
        }
    }
}

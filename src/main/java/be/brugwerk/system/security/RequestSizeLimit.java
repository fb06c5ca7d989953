package be.brugwerk.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an oversized request before anything reads it (413): a form over 1 MB, any other body over 50 MB. A
 * page gets the friendly error page in the person's language, the API a problem, instead of the servlet
 * container's bare page. It runs before the security filters, so it sets their headers itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    static final long LARGEST_FORM = 1024 * 1024;
    /** A network map file may be large (the analysis accepts 50 MB); nothing else comes near. */
    static final long LARGEST_BODY = 50L * 1024 * 1024;

    private final ContentSecurityPolicy policy;

    RequestSizeLimit(ContentSecurityPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean form = type != null && type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        if (request.getContentLengthLong() > (form ? LARGEST_FORM : LARGEST_BODY)) {
            response.setHeader("Content-Security-Policy", policy.value());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}

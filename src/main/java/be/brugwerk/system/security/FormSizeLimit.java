package be.brugwerk.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an oversized form post before anything reads it, with the friendly error page in the person's
 * language (413) instead of the servlet container's bare one. No form of ours comes near the limit. It runs
 * before the security filters, so it sets their headers itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FormSizeLimit extends OncePerRequestFilter {

    static final long LARGEST_FORM = 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                && request.getContentLengthLong() > LARGEST_FORM) {
            response.setHeader("Connection", "close"); // the body is not read
            response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}

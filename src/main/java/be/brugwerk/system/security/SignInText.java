package be.brugwerk.system.security;

import be.brugwerk.system.Refusal;
import be.brugwerk.system.TextInput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in whose e-mail or password holds what no text field takes ({@link TextInput}) with 400 naming the
 * field, before Spring Security's login filter reads the form (no controller runs for it, so the check every form
 * gets elsewhere cannot). The error page says what was refused ({@link Refusal#REQUEST_ATTRIBUTE}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SignInText extends OncePerRequestFilter {

    private final ContentSecurityPolicy policy;

    SignInText(ContentSecurityPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String field : new String[] {"email", "password"}) {
            String problem = TextInput.problem(request.getParameter(field), false);
            if (problem != null) {
                request.setAttribute(Refusal.REQUEST_ATTRIBUTE, Refusal.tampered(field, problem, field));
                response.setHeader("Content-Security-Policy", policy.value());
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Cache-Control", "no-store");
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

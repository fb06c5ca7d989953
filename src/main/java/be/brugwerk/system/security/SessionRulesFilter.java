package be.brugwerk.system.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import be.brugwerk.system.Pg;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session that sat idle too long, that is older than the absolute limit, whose account was
 * deactivated or changed role or password meanwhile — on the very next request, on whichever node serves it.
 * Time comes from the injected clock.
 */
class SessionRulesFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "brugwerk.signedInAt";
    static final String LAST_SEEN_AT = "brugwerk.lastSeenAt";

    private final Clock clock;
    private final SecuritySettings settings;
    private final JdbcClient jdbc;
    private final AuthenticationEntryPoint entryPoint;

    SessionRulesFilter(Clock clock, SecuritySettings settings, JdbcClient jdbc, AuthenticationEntryPoint entryPoint) {
        this.clock = clock;
        this.settings = settings;
        this.jdbc = jdbc;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        SignedInUser user = Tenancy.currentUser().orElse(null);
        if (session != null && user != null) {
            Instant now = clock.instant();
            Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
            Instant lastSeenAt = (Instant) session.getAttribute(LAST_SEEN_AT);
            if (signedInAt == null) {
                session.setAttribute(SIGNED_IN_AT, now);
                signedInAt = now;
            }
            boolean expired = lastSeenAt != null && now.isAfter(lastSeenAt.plus(settings.idleTimeout()))
                    || now.isAfter(signedInAt.plus(settings.absoluteTimeout()));
            if (expired || !mayContinue(user, signedInAt)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                entryPoint.commence(request, response, new CredentialsExpiredException("session ended"));
                return;
            }
            session.setAttribute(LAST_SEEN_AT, now);
        }
        chain.doFilter(request, response);
    }

    /**
     * The account is still active, of the same organisation and role, and its password was not set anew since
     * this session began (which also ends a session an attacker may hold).
     */
    private boolean mayContinue(SignedInUser user, Instant signedInAt) {
        return jdbc.sql("select brugwerk_session_may_continue(?, ?, ?, ?)")
                .params(user.accountId(), user.organisationId(), user.role().name(), Pg.timestamp(signedInAt))
                .query(Boolean.class).single();
    }
}

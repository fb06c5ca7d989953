package be.brugwerk.system.security;

import be.brugwerk.system.Tenancy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session that sat idle too long, that is older than the absolute limit, or whose account may no
 * longer act (deactivated, or its password set anew since the sign-in: {@link SessionSignInRepository} then finds
 * no one) — on the very next request, on whichever node serves it. Time comes from the injected clock.
 *
 * <p>The last-seen time is written only when it moved by {@link #LAST_SEEN_STEP} or more: most requests then
 * write no session attribute at all, and a burst of requests on one session does not write the same attribute
 * from many threads at once. A session therefore ends after between {@code idleTimeout - LAST_SEEN_STEP} and
 * {@code idleTimeout} without use, never later.
 */
class SessionRulesFilter extends OncePerRequestFilter {

    static final String LAST_SEEN_AT = "brugwerk.lastSeenAt";

    static final Duration LAST_SEEN_STEP = Duration.ofMinutes(1);

    private final Clock clock;
    private final SecuritySettings settings;
    private final AuthenticationEntryPoint entryPoint;

    SessionRulesFilter(Clock clock, SecuritySettings settings, AuthenticationEntryPoint entryPoint) {
        this.clock = clock;
        this.settings = settings;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Optional<SessionSignIn> signIn = SessionSignInRepository.signInOf(session);
        if (signIn.isPresent()) {
            Instant now = clock.instant();
            Instant signedInAt = signIn.get().signedInAt();
            Instant lastSeenAt = session.getAttribute(LAST_SEEN_AT) instanceof Instant seen ? seen : signedInAt;
            boolean expired = now.isAfter(lastSeenAt.plus(settings.idleTimeout()))
                    || now.isAfter(signedInAt.plus(settings.absoluteTimeout()));
            // checked first: a session that ran out costs no account read
            if (expired || Tenancy.currentUser().isEmpty()) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                entryPoint.commence(request, response, new CredentialsExpiredException("session ended"));
                return;
            }
            if (!now.isBefore(lastSeenAt.plus(LAST_SEEN_STEP))) {
                session.setAttribute(LAST_SEEN_AT, now);
            }
        }
        chain.doFilter(request, response);
    }
}

package be.brugwerk.system.security;

import be.brugwerk.system.Pg;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * Keeps a sign-in in the session as the account id and the moment of sign-in ({@link SessionSignIn}), never as a
 * security context object, and makes the signed-in person anew for every request from the account as it is now:
 * one statement, {@code brugwerk_session_account}, which finds nothing for a deactivated account or one whose
 * password was set since the sign-in. So a changed role counts from the next request, and nothing in the session
 * table can make the application trust more than an account id.
 *
 * <p>The account is read when security first asks who the request is for, outside any transaction, and kept on the
 * request, so an error page of the same request does not read it again.
 */
final class SessionSignInRepository implements SecurityContextRepository {

    /** The session attribute that holds the {@link SessionSignIn}. */
    static final String SIGN_IN = "brugwerk.signIn";

    private static final String LOADED = SessionSignInRepository.class.getName() + ".LOADED";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SessionSignInRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The session's sign-in, if it holds one in our format. */
    static Optional<SessionSignIn> signInOf(HttpSession session) {
        return session != null && session.getAttribute(SIGN_IN) instanceof SessionSignIn signIn
                ? Optional.of(signIn)
                : Optional.empty();
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return new Deferred(() -> load(request));
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder requestResponseHolder) {
        return load(requestResponseHolder.getRequest());
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        request.setAttribute(LOADED, context);
        Authentication authentication = context.getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof SignedInUser user) {
            HttpSession session = request.getSession();
            Instant now = clock.instant();
            session.setAttribute(SIGN_IN, new SessionSignIn(user.accountId(), now));
            session.setAttribute(SessionRulesFilter.LAST_SEEN_AT, now);
            // fills spring_session.principal_name, so an account's sessions can be found (and ended) by its id
            session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, user.getUsername());
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGN_IN) != null) {
            session.removeAttribute(SIGN_IN);
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return signInOf(request.getSession(false)).isPresent();
    }

    private SecurityContext load(HttpServletRequest request) {
        if (request.getAttribute(LOADED) instanceof SecurityContext known) {
            return known;
        }
        SecurityContext context = holder.createEmptyContext();
        signInOf(request.getSession(false))
                .flatMap(this::accountFor)
                .ifPresent(user -> context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        request.setAttribute(LOADED, context);
        return context;
    }

    /** The account as it is now, if it may still act in a session that began at the sign-in's moment. */
    private Optional<SignedInUser> accountFor(SessionSignIn signIn) {
        return jdbc.sql("select * from brugwerk_session_account(?, ?)")
                .params(signIn.accountId(), Pg.timestamp(signIn.signedInAt()))
                .query((row, n) -> new SignedInUser(
                        row.getObject("id", UUID.class),
                        row.getObject("organisation_id", UUID.class),
                        Role.valueOf(row.getString("role")),
                        row.getString("display_name"),
                        row.getString("email"),
                        null))
                .optional();
    }

    /** Loads on first use, once. */
    private final class Deferred implements DeferredSecurityContext {

        private final Supplier<SecurityContext> loading;
        private SecurityContext context;

        Deferred(Supplier<SecurityContext> loading) {
            this.loading = loading;
        }

        @Override
        public SecurityContext get() {
            if (context == null) {
                context = loading.get();
            }
            return context;
        }

        @Override
        public boolean isGenerated() {
            return get().getAuthentication() == null;
        }
    }
}

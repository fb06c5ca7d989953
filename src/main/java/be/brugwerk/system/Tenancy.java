package be.brugwerk.system;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which organisation the current work is for. Every transaction hands it to PostgreSQL, whose row-level
 * security then shows and accepts only that organisation's rows: a second wall behind the queries' own
 * organisation filter.
 *
 * <p>Normally the organisation is the signed-in person's. Work without a request (demo seeding, the
 * platform admin setting up a new organisation) names it explicitly with {@link #runAs}.
 */
public final class Tenancy {

    private static final ThreadLocal<UUID> EXPLICIT = new ThreadLocal<>();

    /**
     * Who the current request is for, bound by {@link RequestUserFilter}: first <em>pending</em>, for the work
     * Spring Session and Spring Security do before they know (loading the session, checking a password), which
     * runs without an organisation; then <em>resolved</em> from the security context, once, before any of the
     * request's own transactions opens. Reading the security context may load the session and the account from the
     * database:
     * done inside a transaction, that took a second pooled connection while holding the first, and a busy node
     * waited on itself until the pool timed out. Unbound outside a request (tests, background work), where the
     * security context is read directly and holds no session.
     */
    private static final ThreadLocal<RequestUser> REQUEST_USER = new ThreadLocal<>();

    private Tenancy() {}

    public static Optional<UUID> currentOrganisation() {
        UUID explicit = EXPLICIT.get();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        RequestUser request = REQUEST_USER.get();
        if (request == null) {
            return fromSecurityContext().map(SignedInUser::organisationId);
        }
        return request.user().map(SignedInUser::organisationId);
    }

    public static Optional<SignedInUser> currentUser() {
        RequestUser request = REQUEST_USER.get();
        if (request != null && request.resolved()) {
            return request.user();
        }
        return fromSecurityContext();
    }

    private static Optional<SignedInUser> fromSecurityContext() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** A request has begun; until its person is resolved, its transactions run without an organisation. */
    static Scope beginRequest() {
        return bind(new RequestUser(false, Optional.empty()));
    }

    /** Security has decided who the request is for: read it once, outside any transaction. */
    static Scope resolveRequestUser() {
        return bind(new RequestUser(true, fromSecurityContext()));
    }

    private static Scope bind(RequestUser user) {
        RequestUser previous = REQUEST_USER.get();
        REQUEST_USER.set(user);
        return () -> {
            if (previous == null) {
                REQUEST_USER.remove();
            } else {
                REQUEST_USER.set(previous);
            }
        };
    }

    /** Ends a binding, restoring the one before it (an error dispatch runs inside its request). */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private record RequestUser(boolean resolved, Optional<SignedInUser> user) {}

    /** The signed-in person; access is denied without one. */
    public static SignedInUser requireUser() {
        return currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** The signed-in person, who must have one of the roles; access is denied otherwise. */
    public static SignedInUser requireRole(Role... roles) {
        SignedInUser me = requireUser();
        for (Role role : roles) {
            if (me.hasRole(role)) {
                return me;
            }
        }
        throw new AccessDeniedException("role " + me.role() + " may not do this");
    }

    public static <T> T runAs(UUID organisationId, Supplier<T> work) {
        UUID previous = EXPLICIT.get();
        EXPLICIT.set(organisationId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }

    public static void runAs(UUID organisationId, Runnable work) {
        runAs(organisationId, () -> {
            work.run();
            return null;
        });
    }
}

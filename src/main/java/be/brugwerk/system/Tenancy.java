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
     * Reading the security context may load the session from the database, in a transaction that asks for the
     * organisation again. That inner transaction (sessions live outside row-level security) runs without one.
     */
    private static final ThreadLocal<Boolean> RESOLVING = ThreadLocal.withInitial(() -> false);

    private Tenancy() {
    }

    public static Optional<UUID> currentOrganisation() {
        UUID explicit = EXPLICIT.get();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        if (RESOLVING.get()) {
            return Optional.empty();
        }
        RESOLVING.set(true);
        try {
            return currentUser().map(SignedInUser::organisationId);
        } finally {
            RESOLVING.set(false);
        }
    }

    public static Optional<SignedInUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

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

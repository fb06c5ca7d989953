package be.brugwerk.system;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Tells {@link Tenancy} who a request is for, in two steps around Spring Session and Spring Security: one
 * filter runs before both and marks the request as not yet resolved; one runs after security and resolves the
 * signed-in person once. So no transaction ever reads the security context, and none ever loads the session
 * while it holds a pooled connection. Runs on every dispatch (an error page is a request of its own).
 */
final class RequestUserFilter implements Filter {

    private final Supplier<Tenancy.Scope> binding;

    private RequestUserFilter(Supplier<Tenancy.Scope> binding) {
        this.binding = binding;
    }

    /** Before the session and security filters. */
    static RequestUserFilter beginning() {
        return new RequestUserFilter(Tenancy::beginRequest);
    }

    /** After the security filters, before any controller. */
    static RequestUserFilter resolving() {
        return new RequestUserFilter(Tenancy::resolveRequestUser);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (Tenancy.Scope bound = binding.get()) {
            chain.doFilter(request, response);
        }
    }
}

package be.brugwerk.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hides the session from everything after it: a request for a static file has no session, even when its cookie
 * names one. Without this, Spring MVC's flash attributes alone ({@code SessionFlashMapManager}) would load the
 * session from its database table for every stylesheet, and write its last-access time back.
 */
class WithoutSession extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public HttpSession getSession(boolean create) {
                        if (create) {
                            throw new IllegalStateException("a static file is served without a session");
                        }
                        return null;
                    }

                    @Override
                    public HttpSession getSession() {
                        return getSession(true);
                    }

                    @Override
                    public boolean isRequestedSessionIdValid() {
                        return false;
                    }
                },
                response);
    }
}

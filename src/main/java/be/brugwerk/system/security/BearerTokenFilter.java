package be.brugwerk.system.security;

import be.brugwerk.system.Pg;
import be.brugwerk.system.Role;
import be.brugwerk.system.Secrets;
import be.brugwerk.system.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Authenticates an API call by its personal token ({@code Authorization: Bearer ...}): for this request only,
 * never in a session. An unknown, expired or revoked token, or one of a deactivated account, gets 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LocaleResolver locales;
    private final MessageSource messages;

    BearerTokenFilter(JdbcClient jdbc, Clock clock, LocaleResolver locales, MessageSource messages) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.locales = locales;
        this.messages = messages;
    }

    static boolean carriesAToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesAToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SignedInUser> user = userFor(
                request.getHeader("Authorization").substring(PREFIX.length()).strip());
        if (user.isEmpty()) {
            // in the caller's language, like the API's other 401 (SecurityConfiguration)
            ProblemResponses.write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    messages.getMessage("error.tokenInvalid.detail", null, locales.resolveLocale(request)));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<SignedInUser> userFor(String token) {
        return jdbc.sql("select * from brugwerk_account_for_token(?, ?)")
                .params(Secrets.sha256(token), Pg.timestamp(clock.instant()))
                .query((row, n) -> new SignedInUser(
                        row.getObject("id", UUID.class),
                        row.getObject("organisation_id", UUID.class),
                        Role.valueOf(row.getString("role")),
                        row.getString("display_name"),
                        row.getString("email"),
                        null))
                .optional();
    }
}

package be.brugwerk.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * When PostgreSQL cannot be reached (stopped, restarting, the network gone, the pool waiting in vain), every request
 * answers 503 with {@code Retry-After}: a page in the person's language, or RFC 9457 problem details for the API
 * and for clients that do not ask for HTML. Never a 500 with a stack trace, and never a page half-sent.
 *
 * <p>It holds each answer until it is whole. The container otherwise sends a page as soon as its first 8 KB are
 * drawn, so a connection lost while the rest is drawn, or while Spring Session saves the session at the end,
 * would cut a 200 short mid-page, and the browser would show half a page with no word of why. Held, such a
 * failure still becomes a clean 503; and a whole answer goes out with its length rather than in chunks. Our
 * answers are pages and documents of tens of kilobytes, already held in memory whole where they are made, so
 * holding them once more costs little.
 *
 * <p>It sits outside Spring Session's filter, so a session that cannot be loaded (or saved at the end) is caught
 * too, and it answers by itself rather than through the container's error dispatch: the usual error page frame
 * shows who is signed in, which would ask the unreachable database again. Whatever the request had written is
 * rolled back by PostgreSQL with the transaction the lost connection held.
 *
 * <p>Once PostgreSQL is back, the pool makes new connections on its own (a dead one is evicted when it fails), so
 * the node serves again without a restart.
 */
final class DatabaseOutages extends OncePerRequestFilter {

    /** How long a client should wait before trying again, in seconds: about how long a restart takes. */
    static final int RETRY_AFTER_SECONDS = 10;

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutages.class);

    /**
     * SQLSTATEs of a lost or refused connection: class 08 (connection exception), and the server shutting down
     * (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now). Not 57014, a cancelled statement.
     */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");

    private final ITemplateEngine templates;
    private final LocaleResolver locales;
    private final MessageSource messages;
    private final JsonMapper json;

    DatabaseOutages(ITemplateEngine templates, LocaleResolver locales, MessageSource messages, JsonMapper json) {
        this.templates = templates;
        this.locales = locales;
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper whole = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, whole);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!isUnavailable(failure)) {
                throw failure;
            }
            answerUnavailable(request, response, failure);
            return;
        }
        whole.copyBodyToResponse();
    }

    /** An error page that fails the same way (it shows who is signed in) gets the same answer. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        doFilterInternal(request, response, chain);
    }

    /** Whether the failure, or anything that caused it, says the database could not be reached. */
    static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException) {
                return true;
            }
            // a rollback that failed because the connection was gone hides the failure that started it
            if (cause instanceof TransactionSystemException rollback
                    && rollback.getOriginalException() != null
                    && isUnavailable(rollback.getOriginalException())) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GONE.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private void answerUnavailable(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        Throwable root = rootOf(failure);
        // no path, no parameters: they may name a person; the cause's class and message name only the server
        log.warn("Database unavailable, answered 503: {}: {}", root.getClass().getName(), root.getMessage());
        if (response.isCommitted()) {
            // only what went past the holding on purpose, a redirect or an error for the container, can have begun
            return;
        }
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding("UTF-8");
        Locale locale = locales.resolveLocale(request);
        if (wantsPage(request)) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            WebContext page = new WebContext(
                    JakartaServletWebApplication.buildApplication(request.getServletContext())
                            .buildExchange(request, response),
                    locale,
                    Map.of("retryAfter", RETRY_AFTER_SECONDS));
            templates.process("unavailable", page, response.getWriter());
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
            problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            problem.put("detail", messages.getMessage("error.unavailable.text", null, locale));
            response.getWriter().write(json.writeValueAsString(problem));
        }
        response.flushBuffer();
    }

    /** The same choice as {@link ErrorPages}: a page for a browser outside the API, problem details otherwise. */
    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !request.getRequestURI().startsWith("/api/")
                && accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}

package be.brugwerk.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.thymeleaf.TemplateEngine;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which failures mean "the database cannot be reached" (503), and which are ordinary errors; and that an answer
 * is never cut short by a connection lost while it was being written.
 */
class DatabaseOutagesUnitTests {

    /** More than the container's buffer (8 KB in Tomcat, 4 KB in the mock), so an unheld answer would be sent. */
    static final String LONG_ANSWER = "{\"members\":[" + "{\"name\":\"Zus\"},".repeat(2_000) + "{}]}";

    @Test
    void aConnectionLostAfterTheFirstKilobytesStillGivesAWhole503() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain drawsHalfThenLosesTheDatabase = (request, answer) -> {
            answer.setContentType("application/json");
            answer.getWriter().write(LONG_ANSWER.substring(0, LONG_ANSWER.length() / 2));
            answer.getWriter().flush();
            throw new CannotGetJdbcConnectionException("the session could not be saved");
        };

        outages().doFilter(apiRequest(), response, drawsHalfThenLosesTheDatabase);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"status\":503")
                .contains("The database is resting")
                .doesNotContain("Zus");
    }

    @Test
    void aWholeAnswerGoesOutUnchangedWithItsLength() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        outages().doFilter(apiRequest(), response, (request, answer) -> {
            answer.setContentType("application/json");
            answer.getWriter().write(LONG_ANSWER);
        });

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo(LONG_ANSWER);
        assertThat(response.getContentLength()).isEqualTo(LONG_ANSWER.length());
    }

    @Test
    void anOrdinaryErrorIsLeftToTheErrorPages() {
        assertThatThrownBy(() -> outages().doFilter(apiRequest(), new MockHttpServletResponse(), (request, answer) -> {
                    throw new IllegalStateException("a bug");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a bug");
    }

    private static DatabaseOutages outages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("error.unavailable.text", Locale.ENGLISH, "The database is resting");
        AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
        locales.setDefaultLocale(Locale.ENGLISH);
        return new DatabaseOutages(
                new TemplateEngine(), locales, messages, JsonMapper.builder().build());
    }

    private static MockHttpServletRequest apiRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/participants/some/map");
        request.addHeader("Accept", "application/json");
        return request;
    }

    @Test
    void recognisesAPoolThatWaitedInVain() {
        var timeout = new SQLTransientConnectionException(
                "brugwerk - Connection is not available",
                new SQLException("Connection to localhost:5432 refused", "08001", new ConnectException("refused")));

        assertThat(DatabaseOutages.isUnavailable(
                        new CannotCreateTransactionException("Could not open JDBC Connection", timeout)))
                .isTrue();
        assertThat(DatabaseOutages.isUnavailable(new CannotGetJdbcConnectionException("no connection")))
                .isTrue();
    }

    @Test
    void recognisesAServerThatIsShuttingDownOrCutOff() {
        assertThat(DatabaseOutages.isUnavailable(new DataAccessResourceFailureException(
                        "commit", new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
        assertThat(DatabaseOutages.isUnavailable(new DataAccessResourceFailureException(
                        "select", new SQLException("the database system is shutting down", "57P03"))))
                .isTrue();
        assertThat(DatabaseOutages.isUnavailable(new DataAccessResourceFailureException(
                        "select", new SQLException("An I/O error occurred while sending to the backend", "08006"))))
                .isTrue();
    }

    @Test
    void looksBehindARollbackThatFailedOnTheLostConnection() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException(
                "select", new SQLException("terminating connection due to administrator command", "57P01")));

        assertThat(DatabaseOutages.isUnavailable(new IllegalStateException("rendering failed", rollback)))
                .isTrue();
    }

    @Test
    void leavesOrdinaryErrorsAlone() {
        assertThat(DatabaseOutages.isUnavailable(new IllegalStateException("a bug")))
                .isFalse();
        assertThat(DatabaseOutages.isUnavailable(new DataIntegrityViolationException(
                        "duplicate", new SQLException("duplicate key value", "23505"))))
                .isFalse();
        // a statement cancelled by its timeout is the statement's problem, not an unreachable server
        assertThat(DatabaseOutages.isUnavailable(new DataAccessResourceFailureException(
                        "slow", new SQLException("canceling statement due to statement timeout", "57014"))))
                .isFalse();
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new IllegalStateException("a bug"));
        assertThat(DatabaseOutages.isUnavailable(rollback)).isFalse();
    }
}

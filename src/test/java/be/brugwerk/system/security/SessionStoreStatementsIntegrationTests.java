package be.brugwerk.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.SqlStatements;
import be.brugwerk.support.SqlStatements.Executed;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a signed-in request costs the session tables: one read, and a write of the last-access time only once the
 * stored one is a minute old (SparingSessions). Before, every request read the session, wrote it back and read it
 * once more, each in a transaction of its own that also set the organisation.
 */
@FullStackTest
class SessionStoreStatementsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    @Autowired
    JdbcClient jdbc;

    Account coordinator;
    WebSession session;

    @BeforeEach
    void signedIn() {
        UUID organisation = accounts.organisation("Session store statements");
        coordinator = accounts.account(organisation, Role.COORDINATOR);
        session = new WebSession(port);
        assertThat(session.signIn(coordinator.email(), TestAccounts.PASSWORD)).isTrue();
        // the first page of a session may store what it needs (a form token): not what this test counts
        assertThat(session.get("/participants").statusCode()).isEqualTo(200);
    }

    @Test
    void aPageReadsTheSessionOnceAndWritesNothingWithinAMinute() {
        List<Executed> store = sessionStoreStatementsOf("/participants");

        assertThat(store)
                .as(SqlStatements.describe(store))
                .singleElement()
                .satisfies(read -> assertThat(read.sql()).startsWith("SELECT S.PRIMARY_ID"));
    }

    @Test
    void theMapApiReadsTheSessionOnceToo() {
        List<Executed> store = sessionStoreStatementsOf("/api/v1/participants");

        assertThat(store).as(SqlStatements.describe(store)).hasSize(1);
    }

    @Test
    void writesTheLastAccessTimeOnceItIsAMinuteOld() {
        jdbc.sql("""
                        update spring_session set last_access_time = last_access_time - 61000
                        where principal_name = ?""").param(coordinator.id().toString()).update();

        List<Executed> aMinuteLater = sessionStoreStatementsOf("/participants");
        List<Executed> rightAfter = sessionStoreStatementsOf("/participants");

        assertThat(aMinuteLater)
                .as(SqlStatements.describe(aMinuteLater))
                .extracting(Executed::sql)
                .filteredOn(sql -> sql.replaceAll("\\s+", " ").contains("UPDATE SPRING_SESSION SET"))
                .hasSize(1);
        assertThat(rightAfter).as(SqlStatements.describe(rightAfter)).hasSize(1);
    }

    private List<Executed> sessionStoreStatementsOf(String path) {
        try (SqlStatements.Recording recording = statements.record()) {
            assertThat(path.startsWith("/api/") ? session.getJson(path) : session.get(path))
                    .extracting(java.net.http.HttpResponse::statusCode)
                    .isEqualTo(200);
            return recording.statements().stream()
                    .filter(Executed::bySessionStore)
                    .toList();
        }
    }
}

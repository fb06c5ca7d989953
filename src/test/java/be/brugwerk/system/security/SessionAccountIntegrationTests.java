package be.brugwerk.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.system.Role;
import be.brugwerk.system.database.DatabaseConnections;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code brugwerk_session_account}, the one statement every signed-in request runs before its organisation is known
 * (V10_50, V15_11). PL/pgSQL keeps its plan for the connection; a SQL body running as the owner is planned anew on
 * every call (docs/benchmarks.md, "The session's account, planned once"). So the answers are checked on one
 * connection of the application role, call after call, past the point where PostgreSQL switches to a kept plan.
 */
@FullStackTest
class SessionAccountIntegrationTests {

    private static final OffsetDateTime SIGN_IN = OffsetDateTime.parse("2026-12-07T09:00:00Z");

    @Autowired
    TestAccounts accounts;

    @Autowired
    DatabaseConnections connections;

    SingleConnectionDataSource appConnection;
    JdbcClient app;
    Account current;
    Account deactivated;
    Account passwordSetAfterSignIn;
    Account passwordSetBeforeSignIn;

    @BeforeEach
    void fourAccountsAndOneConnectionOfTheApplication() {
        UUID organisation = accounts.organisation("Session account");
        current = accounts.account(organisation, Role.COORDINATOR);
        deactivated = accounts.account(organisation, Role.PROFESSIONAL);
        passwordSetAfterSignIn = accounts.account(organisation, Role.PROFESSIONAL);
        passwordSetBeforeSignIn = accounts.account(organisation, Role.VOLUNTEER_COACH);
        JdbcClient owner = accounts.owner();
        owner.sql("update account set active = false where id = ?")
                .param(deactivated.id())
                .update();
        owner.sql("update account set password_changed_at = ? where id = ?")
                .params(SIGN_IN.plusMinutes(5), passwordSetAfterSignIn.id())
                .update();
        owner.sql("update account set password_changed_at = ? where id = ?")
                .params(SIGN_IN.minusDays(1), passwordSetBeforeSignIn.id())
                .update();
        appConnection = new SingleConnectionDataSource(
                connections.url(), connections.appUser(), connections.appPassword(), true);
        app = JdbcClient.create(appConnection);
    }

    @AfterEach
    void closeTheConnection() {
        appConnection.destroy();
    }

    @Test
    void findsOnlyAnActiveAccountWhosePasswordWasNotSetSinceTheSignInCallAfterCallOnOneConnection() {
        for (int round = 0; round < 8; round++) {
            assertThat(accountFor(current.id()))
                    .as("round %d", round)
                    .singleElement()
                    .satisfies(row -> {
                        assertThat(row.get("id")).isEqualTo(current.id());
                        assertThat(row.get("organisation_id")).isEqualTo(current.organisation());
                        assertThat(row.get("role")).isEqualTo("COORDINATOR");
                        assertThat(row.get("email")).isEqualTo(current.email());
                    });
            assertThat(accountFor(passwordSetBeforeSignIn.id()))
                    .as("round %d", round)
                    .hasSize(1);
            assertThat(accountFor(deactivated.id())).as("round %d", round).isEmpty();
            assertThat(accountFor(passwordSetAfterSignIn.id()))
                    .as("round %d", round)
                    .isEmpty();
            assertThat(accountFor(UUID.randomUUID())).as("round %d", round).isEmpty();
        }
    }

    /** Planned once per connection, not per call: PL/pgSQL, still the owner's, with its own search path. */
    @Test
    void isAFunctionThatKeepsItsPlanRunsAsTheOwnerAndFixesItsSearchPath() {
        Map<String, Object> function = accounts.owner().sql("""
                        select l.lanname, p.prosecdef, p.provolatile,
                               coalesce('search_path=public, pg_temp' = any(p.proconfig), false) as fixed_path,
                               has_function_privilege('public', p.oid, 'EXECUTE') as public_executes
                        from pg_proc p join pg_language l on l.oid = p.prolang
                        where p.oid = 'brugwerk_session_account(uuid, timestamptz)'::regprocedure""").query().singleRow();

        assertThat(function.get("lanname")).isEqualTo("plpgsql");
        assertThat(function.get("prosecdef")).isEqualTo(true);
        assertThat(function.get("provolatile")).hasToString("s");
        assertThat(function.get("fixed_path")).isEqualTo(true);
        assertThat(function.get("public_executes")).isEqualTo(false);
    }

    private List<Map<String, Object>> accountFor(UUID account) {
        return app.sql("select * from brugwerk_session_account(?, ?)")
                .params(account, SIGN_IN)
                .query()
                .listOfRows();
    }
}

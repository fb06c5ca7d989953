package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TenantTableFixtures;
import be.brugwerk.system.database.DatabaseConnections;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The second wall: even a query that forgot its organisation filter sees only its own organisation's rows,
 * because PostgreSQL itself refuses the rest. Connected as the application role, exactly as the app is.
 */
@FullStackTest
class RowLevelSecurityIntegrationTests {

    @Autowired
    DatabaseConnections connections;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    JdbcClient owner;
    JdbcClient app;
    UUID organisationA;
    UUID organisationB;

    @BeforeEach
    void twoOrganisationsWithARowInEveryTable() {
        owner = JdbcClient.create(ownerDataSource);
        app = JdbcClient.create(
                new DriverManagerDataSource(connections.url(), connections.appUser(), connections.appPassword()));
        organisationA = UUID.randomUUID();
        organisationB = UUID.randomUUID();
        new TenantTableFixtures(owner).fillEveryTenantTable(organisationA, organisationB);
    }

    @Test
    void connectsAsARoleThatIsNeitherOwnerNorSuperuserNorBypassingRowSecurity() {
        Map<String, Object> role = app.sql("""
                select r.rolname, r.rolsuper, r.rolbypassrls,
                       (select count(*) from pg_tables t where t.schemaname = 'public' and t.tableowner = r.rolname) owned
                from pg_roles r where r.rolname = current_user""").query().singleRow();

        assertThat(role.get("rolsuper")).isEqualTo(false);
        assertThat(role.get("rolbypassrls")).isEqualTo(false);
        assertThat(((Number) role.get("owned")).longValue()).isZero();
    }

    @Test
    void guardsEveryTableOrListsWhyNot() {
        List<String> unguarded = owner.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r'
                  and (not c.relrowsecurity or not exists (select 1 from pg_policies p where p.tablename = c.relname))
                order by 1""").query(String.class).list();

        assertThat(unguarded).containsExactlyInAnyOrderElementsOf(TenantTableFixtures.OUTSIDE_ROW_SECURITY.keySet());
    }

    @Test
    void showsNoTenantRowWithoutAnOrganisation() throws SQLException {
        for (String table : tenantTables()) {
            assertThat(countAs(null, table))
                    .as("rows of %s without organisation", table)
                    .isZero();
            assertThat(owner.sql("select count(*) from " + table)
                            .query(Long.class)
                            .single())
                    .as("fixture rows in %s", table)
                    .isPositive();
        }
    }

    @Test
    void showsNoTenantRowOnceTheTransactionThatSetTheOrganisationHasEnded() throws SQLException {
        try (Connection connection = appDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("select set_config('brugwerk.organisation', '" + organisationA + "', true)");
            connection.commit();
            // the setting is now empty, not absent: the guard must read that as no organisation too
            try (var setting = statement.executeQuery("select current_setting('brugwerk.organisation', true)")) {
                setting.next();
                assertThat(setting.getString(1)).isEmpty();
            }
            for (String table : tenantTables()) {
                try (var rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    assertThat(rows.getLong(1))
                            .as("rows of %s after the transaction", table)
                            .isZero();
                }
            }
            connection.rollback();
        }
    }

    /**
     * The guard every policy calls (V14_98): it runs with its caller's rights and qualifies every name with pg_catalog,
     * so it needs no search path of its own, whose setting and undoing on every call made each row read under
     * row-level security three times dearer. That is safe only as long as the application role cannot create a
     * schema, anything in the one it uses, or a temporary object, which this holds; PL/pgSQL keeps the call opaque to
     * the planner (an inlined SQL body changed plans for the worse: docs/query-plans.md).
     */
    @Test
    void guardsWithAFunctionThatSetsNothingPerCallAndAnAppRoleThatCreatesNothing() {
        Map<String, Object> guard = owner.sql("""
                select l.lanname, p.provolatile, p.prosecdef, p.proconfig is null as sets_nothing
                from pg_proc p join pg_language l on l.oid = p.prolang
                where p.oid = 'brugwerk_current_organisation()'::regprocedure""").query().singleRow();
        Map<String, Object> app = this.app.sql("""
                select has_database_privilege(current_user, current_database(), 'CREATE') as creates_schemas,
                       has_database_privilege(current_user, current_database(), 'TEMPORARY') as creates_temporary,
                       has_schema_privilege(current_user, 'public', 'CREATE') as creates_in_public""").query().singleRow();

        assertThat(guard.get("lanname")).isEqualTo("plpgsql");
        assertThat(guard.get("provolatile")).hasToString("s");
        assertThat(guard.get("prosecdef")).isEqualTo(false);
        assertThat(guard.get("sets_nothing")).isEqualTo(true);
        assertThat(app.get("creates_schemas")).isEqualTo(false);
        assertThat(app.get("creates_temporary")).isEqualTo(false);
        assertThat(app.get("creates_in_public")).isEqualTo(false);
    }

    /**
     * The functions that run with the owner's rights, without row-level security (ADR 0001, docs/security.md): each
     * fixes its search path, and only the application role may execute it (PUBLIC may not).
     */
    @Test
    void letsOnlyTheApplicationRoleCallTheOwnersFunctionsEachWithItsOwnSearchPath() {
        List<Map<String, Object>> functions =
                owner.sql("""
                select p.oid::regprocedure::text as name,
                       coalesce('search_path=public, pg_temp' = any(p.proconfig), false) as fixed_path,
                       has_function_privilege('public', p.oid, 'EXECUTE') as public_executes,
                       has_function_privilege(:app, p.oid, 'EXECUTE') as app_executes
                from pg_proc p where p.pronamespace = 'public'::regnamespace and p.prosecdef order by 1""").param("app", connections.appUser()).query().listOfRows();

        assertThat(functions)
                .extracting(f -> f.get("name").toString())
                .contains("brugwerk_audit_page_naming(uuid,uuid,text,timestamp with time zone,timestamp with time zone,"
                        + "bigint,boolean,integer)");
        assertThat(functions).allSatisfy(f -> {
            assertThat(f.get("fixed_path"))
                    .as("search path of %s", f.get("name"))
                    .isEqualTo(true);
            assertThat(f.get("public_executes"))
                    .as("PUBLIC executes %s", f.get("name"))
                    .isEqualTo(false);
            assertThat(f.get("app_executes"))
                    .as("the application executes %s", f.get("name"))
                    .isEqualTo(true);
        });
    }

    /**
     * Whoever may create temporary objects (here the owner, on a connection of its own, so that the guard is compiled
     * after them) can put types named like pg_catalog's in pg_temp, which a search path consults before pg_catalog for
     * an unqualified type name. Types that refuse every value would make the guard fail if it named any of them
     * unqualified; it reads the organisation all the same.
     */
    @Test
    void theGuardIsNotRedirectedByTypesOfTheSameNameInTheTemporarySchema() throws SQLException {
        try (Connection connection = new DriverManagerDataSource(
                                connections.url(), connections.ownerUser(), connections.ownerPassword())
                        .getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("create domain pg_temp.text as pg_catalog.text check (false)");
            statement.execute("create domain pg_temp.uuid as pg_catalog.uuid check (false)");
            statement.execute("select set_config('brugwerk.organisation', '" + organisationA + "', true)");
            try (var guard = statement.executeQuery("select brugwerk_current_organisation()::pg_catalog.text")) {
                guard.next();
                assertThat(guard.getString(1)).isEqualTo(organisationA.toString());
            }
            connection.rollback();
        }
    }

    @Test
    void showsOnlyTheOrganisationsOwnRows() throws SQLException {
        for (String table : tenantTables()) {
            assertThat(countAs(organisationA, table, "organisation_id <> '" + organisationA + "'"))
                    .as("rows of another organisation in %s", table)
                    .isZero();
            assertThat(countAs(organisationA, table, "organisation_id = '" + organisationA + "'"))
                    .as("own rows in %s", table)
                    .isPositive();
        }
    }

    @Test
    void refusesToWriteARowOfAnotherOrganisation() throws SQLException {
        for (String table : tenantTables()) {
            try (Connection connection = appDataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.execute("select set_config('brugwerk.organisation', '" + organisationA + "', true)");
                if (!appMayUpdate(table)) {
                    // append-only (the audit trail): no row can be changed at all, of any organisation
                    assertThatThrownBy(() -> statement.executeUpdate(
                                    "update " + table + " set organisation_id = organisation_id"))
                            .as("updating %s", table)
                            .hasMessageContaining("permission denied");
                    connection.rollback();
                    continue;
                }
                int changed = statement.executeUpdate("update " + table + " set organisation_id = organisation_id"
                        + " where organisation_id = '" + organisationB + "'");
                assertThat(changed)
                        .as("rows of B updated through A in %s", table)
                        .isZero();
                if (appMayDelete(table)) {
                    assertThat(statement.executeUpdate(
                                    "delete from " + table + " where organisation_id = '" + organisationB + "'"))
                            .as("rows of B deleted through A in %s", table)
                            .isZero();
                }
                assertThatThrownBy(() -> statement.executeUpdate("update " + table + " set organisation_id = '"
                                + organisationB + "' where organisation_id = '" + organisationA + "'"))
                        .as("moving a row of A to B in %s", table)
                        .hasMessageContaining("row-level security");
                connection.rollback();
            }
        }
    }

    @Test
    void letsTheApplicationAddAuditRowsButNeverChangeOrRemoveThem() throws SQLException {
        try (Connection connection = appDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("select set_config('brugwerk.organisation', '" + organisationA + "', true)");
            statement.executeUpdate(
                    "insert into audit_event (organisation_id, occurred_at, account_id, action, subject_type, "
                            + "subject_ids) values ('" + organisationA
                            + "', now(), gen_random_uuid(), 'READ', 'participant', '{}')");
            assertThatThrownBy(() -> statement.executeUpdate("update audit_event set action = 'LIST'"))
                    .hasMessageContaining("permission denied");
            connection.rollback();
            statement.execute("select set_config('brugwerk.organisation', '" + organisationA + "', true)");
            assertThatThrownBy(() -> statement.executeUpdate("delete from audit_event"))
                    .hasMessageContaining("permission denied");
            connection.rollback();
        }
    }

    @Test
    void keepsCoachingNotesAndTheOtherRecordsOfATrajectoryAppendOnly() throws SQLException {
        try (Connection connection = appDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("select set_config('brugwerk.organisation', '" + organisationA + "', true)");
            assertThatThrownBy(() -> statement.executeUpdate("update coaching_note set text = 'changed'"))
                    .hasMessageContaining("permission denied");
            connection.rollback();
        }
        assertThat(List.of(
                        "coaching_note",
                        "coaching_wish",
                        "coaching_success",
                        "coaching_session",
                        "support_plan_entry",
                        "outcome_answer"))
                .noneMatch(this::appMayUpdate);
        assertThat(appMayDelete("round_table_invitee")).isFalse();
    }

    private boolean appMayDelete(String table) {
        return app.sql("select has_table_privilege(current_user, ?, 'DELETE')")
                .param(table)
                .query(Boolean.class)
                .single();
    }

    private boolean appMayUpdate(String table) {
        return app.sql("select has_table_privilege(current_user, ?, 'UPDATE')")
                .param(table)
                .query(Boolean.class)
                .single();
    }

    private DataSource appDataSource() {
        return new DriverManagerDataSource(connections.url(), connections.appUser(), connections.appPassword());
    }

    private List<String> tenantTables() {
        List<String> tables = owner.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity order by 1""").query(String.class).list();
        assertThat(tables).isNotEmpty();
        return tables;
    }

    private long countAs(UUID organisation, String table) throws SQLException {
        return countAs(organisation, table, "true");
    }

    private long countAs(UUID organisation, String table, String condition) throws SQLException {
        try (Connection connection = appDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            if (organisation != null) {
                statement.execute("select set_config('brugwerk.organisation', '" + organisation + "', true)");
            }
            try (var rows = statement.executeQuery("select count(*) from " + table + " where " + condition)) {
                rows.next();
                long count = rows.getLong(1);
                connection.rollback();
                return count;
            }
        }
    }
}

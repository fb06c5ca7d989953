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
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The second wall also between rows: a row of one organisation can refer only to rows of the same organisation,
 * because every reference between tenant tables carries {@code organisation_id}. A tenant table is one that
 * row-level security guards and that has an {@code organisation_id}, as in {@link RowLevelSecurityIntegrationTests}.
 */
@FullStackTest
class TenantReferencesIntegrationTests {

    /** Every foreign key from a tenant table to a tenant table, and whether it pairs the two organisations. */
    static final String TENANT_REFERENCES = """
            select c.conname, child.relname child_table, parent.relname parent_table,
                   exists (select 1 from unnest(c.conkey, c.confkey) k(child_attnum, parent_attnum)
                           join pg_attribute ca on ca.attrelid = c.conrelid and ca.attnum = k.child_attnum
                           join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = k.parent_attnum
                           where ca.attname = 'organisation_id' and pa.attname = 'organisation_id') carries_organisation
            from pg_constraint c
            join pg_class child on child.oid = c.conrelid
            join pg_class parent on parent.oid = c.confrelid
            join pg_namespace n on n.oid = child.relnamespace
            where c.contype = 'f' and n.nspname = 'public' and child.relrowsecurity and parent.relrowsecurity
              and exists (select 1 from information_schema.columns col where col.table_schema = 'public'
                          and col.table_name = child.relname and col.column_name = 'organisation_id')
              and exists (select 1 from information_schema.columns col where col.table_schema = 'public'
                          and col.table_name = parent.relname and col.column_name = 'organisation_id')
            order by 2, 1""";

    @Autowired
    DatabaseConnections connections;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    JdbcClient owner;
    UUID organisationA;
    UUID organisationB;

    @BeforeEach
    void twoOrganisationsWithARowInEveryTable() {
        owner = JdbcClient.create(ownerDataSource);
        organisationA = UUID.randomUUID();
        organisationB = UUID.randomUUID();
        new TenantTableFixtures(owner).fillEveryTenantTable(organisationA, organisationB);
    }

    @Test
    void carriesTheOrganisationInEveryReferenceBetweenTenantTables() {
        List<String> references = owner.sql(TENANT_REFERENCES)
                .query((row, n) -> row.getString("child_table") + "." + row.getString("conname") + " -> "
                        + row.getString("parent_table") + (row.getBoolean("carries_organisation") ? "" : " WITHOUT"))
                .list();

        // the account, trajectory and pair references at least: a query that finds none is a broken query
        assertThat(references).hasSizeGreaterThan(40);
        assertThat(references)
                .filteredOn(reference -> reference.endsWith(" WITHOUT"))
                .isEmpty();
    }

    @Test
    void refusesACoachingNoteWhoseAuthorIsAnotherOrganisationsCoach() throws SQLException {
        UUID trajectoryOfA = owner.sql("select id from trajectory where organisation_id = ?")
                .param(organisationA)
                .query(UUID.class)
                .single();
        UUID coachOfB = owner.sql("select id from account where organisation_id = ? limit 1")
                .param(organisationB)
                .query(UUID.class)
                .single();
        UUID coachOfA = owner.sql("select id from account where organisation_id = ? limit 1")
                .param(organisationA)
                .query(UUID.class)
                .single();

        try (Connection connection = appDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("select set_config('brugwerk.organisation', '" + organisationA + "', true)");
            assertThatThrownBy(() -> statement.executeUpdate(coachingNote(trajectoryOfA, coachOfB)))
                    .hasMessageContaining("violates foreign key constraint");
            connection.rollback();

            statement.execute("select set_config('brugwerk.organisation', '" + organisationA + "', true)");
            assertThat(statement.executeUpdate(coachingNote(trajectoryOfA, coachOfA)))
                    .isOne();
            connection.rollback();
        }
    }

    private String coachingNote(UUID trajectory, UUID author) {
        return "insert into coaching_note (id, trajectory_id, organisation_id, author_id, visibility, text, created_at) "
                + "values (gen_random_uuid(), '" + trajectory + "', '" + organisationA + "', '" + author
                + "', 'PRIVATE', 'Note', now())";
    }

    private DataSource appDataSource() {
        return new DriverManagerDataSource(connections.url(), connections.appUser(), connections.appPassword());
    }
}

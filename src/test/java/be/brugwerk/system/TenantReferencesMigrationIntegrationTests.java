package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An installation whose data already mixes organisations is not silently changed by the migration that makes
 * references carry the organisation: it stops, naming the rows, and leaves everything as it was.
 */
class TenantReferencesMigrationIntegrationTests {

    private static final MigrationVersion TENANT_REFERENCES = MigrationVersion.fromVersion("10.30");

    @TempDir
    static Path folder;

    static EmbeddedPostgres server;
    static JdbcClient owner;
    static Flyway allMigrations;

    @BeforeAll
    static void databaseMigratedUpToTheTenantReferences() throws IOException {
        // as root the server runs as 'nobody', which must be able to enter and write this folder
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path data = Files.createDirectory(folder.resolve("postgres"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
        server = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .start();
        JdbcClient superuser = JdbcClient.create(server.getPostgresDatabase());
        superuser.sql("create role migration_owner login password 'owner'").update();
        superuser.sql("create role migration_app login password 'app'").update();
        superuser.sql("create database migrated owner migration_owner").update();
        DriverManagerDataSource ownerSource = new DriverManagerDataSource(
                "jdbc:postgresql://localhost:" + server.getPort() + "/migrated", "migration_owner", "owner");
        owner = JdbcClient.create(ownerSource);
        allMigrations = Flyway.configure()
                .dataSource(ownerSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", "migration_app"))
                .load();
        // the last migration before it, whatever colleagues numbered theirs below it
        MigrationVersion before = Arrays.stream(allMigrations.info().all())
                .map(MigrationInfo::getVersion)
                .filter(version -> version.compareTo(TENANT_REFERENCES) < 0)
                .max(MigrationVersion::compareTo)
                .orElseThrow();
        Flyway.configure()
                .dataSource(ownerSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", "migration_app"))
                .target(before)
                .load()
                .migrate();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Test
    void stopsAndNamesTheNoteWhoseAuthorBelongsToAnotherOrganisation() {
        UUID organisationA = organisation();
        UUID organisationB = organisation();
        UUID coachOfA = account(organisationA);
        UUID coachOfB = account(organisationB);
        UUID participant = UUID.randomUUID();
        owner.sql("insert into participant (id, organisation_id, name, created_at) values (?, ?, 'P', now())")
                .params(participant, organisationA)
                .update();
        UUID trajectory = UUID.randomUUID();
        owner.sql("""
                insert into trajectory (id, organisation_id, participant_id, coach_id, started_on, created_at, created_by)
                values (?, ?, ?, ?, current_date, now(), ?)""")
                .params(trajectory, organisationA, participant, coachOfA, coachOfA)
                .update();
        UUID strayNote = UUID.randomUUID();
        owner.sql("""
                insert into coaching_note (id, trajectory_id, organisation_id, author_id, visibility, text, created_at)
                values (?, ?, ?, ?, 'PRIVATE', 'Note', now())""").params(strayNote, trajectory, organisationA, coachOfB).update();

        assertThatThrownBy(allMigrations::migrate)
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("coaching_note (coaching_note_author_id_fkey -> account): rows " + strayNote)
                .hasMessageContaining("Nothing was changed");
        assertThat(owner.sql("select count(*) from pg_constraint where conname = 'account_organisation_id_key'")
                        .query(Long.class)
                        .single())
                .as("unique key added anyway")
                .isZero();
        assertThat(owner.sql("select count(*) from coaching_note where id = ? and author_id = ?")
                        .params(strayNote, coachOfB)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private static UUID organisation() {
        UUID id = UUID.randomUUID();
        owner.sql("insert into organisation (id, name, created_at) values (?, 'O', now())")
                .param(id)
                .update();
        return id;
    }

    private static UUID account(UUID organisation) {
        UUID id = UUID.randomUUID();
        owner.sql("""
                insert into account (id, organisation_id, email, display_name, role, password_hash, created_at)
                values (?, ?, ?, 'Coach', 'COORDINATOR', 'x', now())""").params(id, organisation, id + "@migration.test").update();
        return id;
    }
}

package be.brugwerk.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server lets no one in without a password, and keeps its folder to the account that runs it. */
class EmbeddedDatabaseIntegrationTests {

    @TempDir
    Path folder;

    Path dataDir;

    @AfterEach
    void stopServer() {
        EmbeddedDatabase.stop(dataDir);
    }

    @Test
    void refusesTheSuperuserWithoutItsPasswordOrWithAWrongOne() throws IOException, SQLException {
        dataDir = folder.resolve("brugwerk-data");
        EmbeddedDatabase database = EmbeddedDatabase.startedIn(dataDir, true, "brugwerk_owner", "brugwerk_app");

        assertThatThrownBy(() -> connect(database, "postgres", null))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> connect(database, "postgres", "wrong"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> connect(database, "brugwerk_app", null))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        try (Connection connection = connect(database, "postgres", storedSuperuserPassword())) {
            assertThat(connection.isValid(1)).isTrue();
        }
        try (Connection connection = connect(database, "brugwerk_app", database.appPassword())) {
            assertThat(connection.isValid(1)).isTrue();
        }
    }

    @Test
    void answersUntilTheLastContextLetsGo() throws SQLException {
        dataDir = folder.resolve("brugwerk-data");
        EmbeddedDatabase.Lease first = EmbeddedDatabase.lease(dataDir, true, "brugwerk_owner", "brugwerk_app");
        EmbeddedDatabase.Lease second = EmbeddedDatabase.lease(dataDir, true, "brugwerk_owner", "brugwerk_app");
        EmbeddedDatabase database = first.database();
        assertThat(second.database()).isSameAs(database);

        first.close();
        first.close(); // a context closed twice lets go once
        try (Connection connection = connect(database, "brugwerk_app", database.appPassword())) {
            assertThat(connection.isValid(1)).isTrue();
        }

        second.close();
        assertThatThrownBy(() -> connect(database, "brugwerk_app", database.appPassword()))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void keepsItsFolderAndSecretsToTheAccountThatRunsIt() throws IOException {
        dataDir = folder.resolve("brugwerk-data");
        EmbeddedDatabase.startedIn(dataDir, true, "brugwerk_owner", "brugwerk_app");

        assertThat(mode(dataDir)).isEqualTo("rwx------");
        assertThat(mode(dataDir.resolve("postgres"))).isEqualTo("rwx------");
        assertThat(mode(dataDir.resolve("secrets"))).isEqualTo("rwx------");
        assertThat(mode(EmbeddedDatabase.superuserPasswordFile(dataDir))).isEqualTo("rw-------");
        assertThat(Files.getOwner(dataDir.resolve("postgres"))).isEqualTo(Files.getOwner(folder));
        assertThat(EmbeddedDatabase.trustsSomeone(dataDir.resolve("postgres"))).isFalse();
    }

    @Test
    void upgradesAFolderFromBeforePasswordsAndKeepsItsData() throws IOException, SQLException {
        dataDir = folder.resolve("brugwerk-data");
        Path pgData = Files.createDirectories(dataDir.resolve("postgres"));
        // as the previous Brugwerk made it: zonky's defaults, trusting every local connection, folder open to all
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxrwxrwx"));
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                        .setDataDirectory(pgData)
                        .setCleanDataDirectory(false)
                        .start();
                Connection connection = old.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create table kept (id int); insert into kept values (7)");
        }
        assertThat(EmbeddedDatabase.trustsSomeone(pgData)).isTrue();

        EmbeddedDatabase database = EmbeddedDatabase.startedIn(dataDir, false, "brugwerk_owner", "brugwerk_app");

        assertThat(EmbeddedDatabase.trustsSomeone(pgData)).isFalse();
        assertThat(mode(dataDir)).isEqualTo("rwx------");
        assertThatThrownBy(() -> connect(database, "postgres", null))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrl().replace("/brugwerk", "/postgres"), "postgres", storedSuperuserPassword());
                var rows = connection.createStatement().executeQuery("select id from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(7);
        }
    }

    @Test
    void refusesToStartAFolderThatNeedsPasswordsWhenTheSuperusersPasswordFileIsGone() throws IOException {
        dataDir = folder.resolve("brugwerk-data");
        EmbeddedDatabase.startedIn(dataDir, true, "brugwerk_owner", "brugwerk_app");
        EmbeddedDatabase.stop(dataDir);
        Files.delete(EmbeddedDatabase.superuserPasswordFile(dataDir));

        assertThatThrownBy(() -> EmbeddedDatabase.startedIn(dataDir, false, "brugwerk_owner", "brugwerk_app"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("requires passwords")
                .hasMessageContaining("Restore that file, or move the folder");
        assertThat(EmbeddedDatabase.superuserPasswordFile(dataDir))
                .as("no new password made up for a server that does not know it")
                .doesNotExist();
        assertThat(EmbeddedDatabase.trustsSomeone(dataDir.resolve("postgres"))).isFalse();
    }

    private String storedSuperuserPassword() throws IOException {
        return Files.readString(EmbeddedDatabase.superuserPasswordFile(dataDir)).strip();
    }

    private static Connection connect(EmbeddedDatabase database, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(database.jdbcUrl(), properties);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}

package be.brugwerk.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server unpacked from a jar, for trying Brugwerk on one machine and for tests. It gets the
 * same two roles as a production server: an owner that migrates and an application role that row-level
 * security applies to. One server per data folder and JVM, so test contexts share it.
 */
final class EmbeddedDatabase {

    static final String DATABASE = "brugwerk";

    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres server;
    private final String ownerPassword = randomPassword();
    private final String appPassword = randomPassword();

    private EmbeddedDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    static EmbeddedDatabase startedIn(Path dataDir, boolean fresh, String ownerUser, String appUser) {
        return RUNNING.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> {
            EmbeddedDatabase database = new EmbeddedDatabase(start(dir, fresh));
            database.createRolesAndDatabase(ownerUser, appUser);
            return database;
        });
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
    }

    String ownerPassword() {
        return ownerPassword;
    }

    String appPassword() {
        return appPassword;
    }

    private static EmbeddedPostgres start(Path dir, boolean fresh) {
        try {
            Path pgData = dir.resolve("postgres");
            if (fresh && Files.exists(pgData)) {
                try (var paths = Files.walk(pgData)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            Files.createDirectories(pgData);
            // As root the server runs as 'nobody', which must be able to write its folder.
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
            return EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(fresh)
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    private void createRolesAndDatabase(String ownerUser, String appUser) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            ensureRole(statement, ownerUser, ownerPassword, "NOSUPERUSER NOBYPASSRLS");
            ensureRole(statement, appUser, appPassword, "NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
            if (!exists(statement, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + ownerUser);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the embedded PostgreSQL", e);
        }
    }

    private static void ensureRole(Statement statement, String role, String password, String attributes)
            throws SQLException {
        String verb = exists(statement, "select 1 from pg_roles where rolname = '" + role + "'") ? "ALTER" : "CREATE";
        // A new random password at every start: nothing to store, and no one else needs it.
        statement.execute(verb + " ROLE " + role + " LOGIN " + attributes + " PASSWORD '" + password + "'");
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (var rows = statement.executeQuery(query)) {
            return rows.next();
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

package be.brugwerk.system.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server unpacked from a jar, for trying Brugwerk on one machine and for tests. It gets the
 * same two roles as a production server: an owner that migrates and an application role that row-level
 * security applies to. One server per data folder and JVM, so test contexts share it.
 *
 * <p>Nobody is trusted, not even on this machine: every connection proves a password with scram-sha-256. The
 * superuser {@code postgres} has a generated password kept in {@code secrets/postgres.password} (mode 0600); the
 * owner and application roles get new random passwords at every start, which only this process knows. The data
 * folder and everything in it is readable by the account that runs Brugwerk only (mode 0700). The server runs
 * under that same account on disk: as root, zonky starts it in a user namespace where it appears as
 * {@code nobody}, but the files it writes stay root's.
 *
 * <p>A data folder made by an older Brugwerk, whose server trusted every local connection, is upgraded in place
 * at start: the superuser gets its password, then the server is told to require passwords.
 */
final class EmbeddedDatabase {

    static final String DATABASE = "brugwerk";
    static final String SUPERUSER = "postgres";
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern PASSWORD = Pattern.compile("[A-Za-z0-9]{16,128}");
    /** One generator for all secrets: seeding a new SecureRandom for each is slower and no better. */
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();
    /** How long the JVM's exit waits for the contexts to let go of the server before stopping it anyway. */
    private static final Duration LAST_USE_WAIT = Duration.ofSeconds(20);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stopWhenReleased, "embedded-postgres-stop"));
    }

    /** Only password-checked connections, and only over the loopback interface or the private socket folder. */
    private static final String HOST_BASED_AUTHENTICATION = """
            # Written by Brugwerk: every connection proves its password; nothing is trusted.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private final EmbeddedPostgres server;
    private final AtomicInteger leases = new AtomicInteger();
    private final String ownerPassword = randomPassword();
    private final String appPassword = randomPassword();

    private EmbeddedDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * The server of this data folder for one Spring context, started if need be. The last lease closed stops the
     * server, so it outlives every context that uses it (their pools and reactions shut down while it still answers).
     * At the JVM's exit {@link #stopWhenReleased} waits a while for the contexts, then stops what is left.
     */
    static synchronized Lease lease(Path dataDir, boolean fresh, String ownerUser, String appUser) {
        EmbeddedDatabase database = startedIn(dataDir, fresh, ownerUser, appUser);
        database.leases.incrementAndGet();
        return new Lease(dataDir, database);
    }

    /** One context's use of the embedded server; {@link #NONE} where the database is an external server. */
    static final class Lease implements AutoCloseable {

        static final Lease NONE = new Lease(null, null);

        private final Path dataDir;
        private final EmbeddedDatabase database;
        private final AtomicBoolean closed = new AtomicBoolean();

        private Lease(Path dataDir, EmbeddedDatabase database) {
            this.dataDir = dataDir;
            this.database = database;
        }

        /** The leased server, or null for {@link #NONE}. */
        EmbeddedDatabase database() {
            return database;
        }

        @Override
        public void close() {
            if (database != null && closed.compareAndSet(false, true)) {
                release(dataDir, database);
            }
        }
    }

    private static synchronized void release(Path dataDir, EmbeddedDatabase database) {
        if (database.leases.decrementAndGet() == 0 && RUNNING.get(normalised(dataDir)) == database) {
            stop(dataDir);
        }
    }

    /**
     * The JVM's exit: Spring closes its contexts in shutdown hooks of their own, at the same time as this one. The
     * server keeps answering until they have released it, or until {@link #LAST_USE_WAIT} has passed.
     */
    private static void stopWhenReleased() {
        long deadline = System.nanoTime() + LAST_USE_WAIT.toNanos();
        while (RUNNING.values().stream().anyMatch(database -> database.leases.get() > 0)
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List.copyOf(RUNNING.keySet()).forEach(EmbeddedDatabase::stop);
    }

    private static Path normalised(Path dataDir) {
        return dataDir.toAbsolutePath().normalize();
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

    /** Stops the server of this data folder, if this JVM started one (the JVM's exit stops it otherwise). */
    static synchronized void stop(Path dataDir) {
        EmbeddedDatabase database = RUNNING.remove(normalised(dataDir));
        if (database != null) {
            try {
                database.server.close();
            } catch (IOException e) {
                throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
            }
        }
    }

    /** Where the superuser's password is kept, under the data folder. */
    static Path superuserPasswordFile(Path dataDir) {
        return dataDir.resolve("secrets").resolve(SUPERUSER + ".password");
    }

    private static EmbeddedPostgres start(Path dir, boolean fresh) {
        try {
            Path pgData = dir.resolve("postgres");
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, OWNER_ONLY_FOLDER);
            if (fresh) {
                deleteTree(pgData);
                deleteTree(dir.resolve("secrets"));
            }
            boolean existing = Files.exists(pgData.resolve("postgresql.conf"));
            boolean trusting = existing && trustsSomeone(pgData);
            Path passwordFile = superuserPasswordFile(dir);
            if (existing && !trusting && !Files.exists(passwordFile)) {
                throw new IllegalStateException("The embedded database in " + pgData + " requires passwords, but the "
                        + "superuser's password file " + passwordFile + " is missing. Restore that file, or move the "
                        + "folder " + dir + " away to start with an empty database.");
            }
            String superuserPassword = readOrCreateSecret(passwordFile);
            Files.createDirectories(pgData);
            Files.setPosixFilePermissions(pgData, OWNER_ONLY_FOLDER);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    // stopped when the last context lets go, not at once by a hook of zonky's own (lease)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // initdb: a later --auth overrides zonky's "-A trust"; the superuser's password comes from the file
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", passwordFile.toAbsolutePath().toString())
                    .setConnectConfig("password", superuserPassword)
                    .start();
            if (trusting) {
                upgradeToPasswords(server, pgData, superuserPassword);
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    /**
     * A folder from before passwords: its server came up trusting local connections, as it always did. The
     * superuser gets its password first, then the server reloads a configuration that requires passwords.
     */
    private static void upgradeToPasswords(EmbeddedPostgres server, Path pgData, String superuserPassword)
            throws IOException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + passwordLiteral(superuserPassword));
            Files.writeString(pgData.resolve("pg_hba.conf"), HOST_BASED_AUTHENTICATION, StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "could not upgrade the embedded PostgreSQL in " + pgData
                            + " to passwords; move the folder away to start with an empty database",
                    e);
        }
        if (trustsSomeone(pgData)) {
            throw new IllegalStateException("the embedded PostgreSQL in " + pgData + " still trusts connections");
        }
        log.info("Upgraded the embedded database in {}: connections now need a password", pgData);
    }

    /** Whether pg_hba.conf lets any connection in without a password. */
    static boolean trustsSomeone(Path pgData) throws IOException {
        List<String> lines = Files.readAllLines(pgData.resolve("pg_hba.conf"), StandardCharsets.UTF_8);
        return lines.stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .anyMatch(line -> List.of(line.split("\\s+")).contains("trust"));
    }

    private static String readOrCreateSecret(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.setPosixFilePermissions(file.getParent(), OWNER_ONLY_FOLDER);
        try {
            // created with its final mode, so there is no moment in which others could read it
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            Files.writeString(file, randomPassword() + "\n", StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        }
        String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (secret.isEmpty()) {
            throw new IllegalStateException("the password file " + file + " is empty");
        }
        return secret;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void createRolesAndDatabase(String ownerUser, String appUser) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            ensureRole(connection, statement, ownerUser, ownerPassword, "NOSUPERUSER NOBYPASSRLS");
            ensureRole(connection, statement, appUser, appPassword, "NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
            if (!exists(connection, "select 1 from pg_database where datname = ?", DATABASE)) {
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + roleName(ownerUser));
            }
            // As the README asks of an external server: the application role may connect and nothing more, not even
            // create a temporary object, which could stand in for a type found through the search path. On every
            // start, so that data folders made before this line get it too.
            statement.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
            statement.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + roleName(appUser));
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the embedded PostgreSQL", e);
        }
    }

    private static void ensureRole(
            Connection connection, Statement statement, String role, String password, String attributes)
            throws SQLException {
        String verb = exists(connection, "select 1 from pg_roles where rolname = ?", role) ? "ALTER" : "CREATE";
        // A new random password at every start: nothing to store, and no one else needs it.
        statement.execute(
                verb + " ROLE " + roleName(role) + " LOGIN " + attributes + " PASSWORD " + passwordLiteral(password));
    }

    private static boolean exists(Connection connection, String query, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, value);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * PostgreSQL takes no bind parameters in CREATE/ALTER ROLE, so names and passwords go into the text: only
     * after they are checked to be a plain identifier (from our settings) and a plain secret (made here, or read
     * from the 0600 file this class wrote), so nothing in them can end the literal or the statement.
     */
    static String roleName(String role) {
        if (role == null || !ROLE_NAME.matcher(role).matches()) {
            throw new IllegalArgumentException("a database role name is lower-case letters, digits and _: " + role);
        }
        return role;
    }

    static String passwordLiteral(String password) {
        if (password == null || !PASSWORD.matcher(password).matches()) {
            throw new IllegalStateException("a database password is 16 to 128 letters and digits");
        }
        return "'" + password + "'";
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

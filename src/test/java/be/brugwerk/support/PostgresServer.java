package be.brugwerk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A PostgreSQL server of a test's own, made with the machine's PostgreSQL programs ({@code initdb}, {@code pg_ctl}),
 * in a temporary folder, on a port of its own, with passwords (scram-sha-256) as in production. A test can stop it
 * and start it again on the same folder and port, and use the same version's {@code pg_dump} and
 * {@code pg_restore}. Nothing it does touches the embedded server the other tests share.
 *
 * <p>The programs are looked for in {@code BRUGWERK_TEST_POSTGRES_BIN}, else in the newest
 * {@code /usr/lib/postgresql/N/bin} (Debian's packages, which {@code .ci/run} installs). As root, they run as the
 * {@code postgres} account, since PostgreSQL refuses to run as root.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String SUPERUSER = "postgres";

    private final Path bin;
    private final Path folder;
    private final int port;
    private final String superuserPassword = "superuser-" + Long.toHexString(System.nanoTime());
    private boolean running;

    private PostgresServer(Path bin, Path folder, int port) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
    }

    /** Where the PostgreSQL programs are, if this machine has them. */
    public static Optional<Path> programs() {
        String configured = System.getenv("BRUGWERK_TEST_POSTGRES_BIN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(PostgresServer::complete);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(
                            v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .filter(PostgresServer::complete);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean complete(Path bin) {
        return Stream.of("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore", "psql")
                .allMatch(program -> Files.isExecutable(bin.resolve(program)));
    }

    /** A new, empty, running server; skipped or failed (see {@link Required}) where the programs are missing. */
    public static PostgresServer started() {
        Optional<Path> bin = programs();
        Required.availableOrSkip(
                "BRUGWERK_REQUIRE_EXTERNAL_DATABASE",
                bin.isPresent(),
                "the PostgreSQL programs (initdb, pg_ctl, pg_dump, pg_restore, psql; BRUGWERK_TEST_POSTGRES_BIN)");
        try {
            Path folder = Files.createTempDirectory("brugwerk-postgres-");
            PostgresServer server = new PostgresServer(bin.orElseThrow(), folder, freePort());
            server.initialise();
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void initialise() throws IOException {
        Path passwordFile = folder.resolve("superuser.password");
        Files.writeString(passwordFile, superuserPassword + "\n", StandardCharsets.UTF_8);
        if (asRoot()) {
            UserPrincipal postgres =
                    folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(folder, postgres);
            Files.setOwner(passwordFile, postgres);
        }
        run(
                List.of(
                        bin.resolve("initdb").toString(),
                        "--pgdata=" + data(),
                        "--username=" + SUPERUSER,
                        "--auth=scram-sha-256",
                        "--pwfile=" + passwordFile,
                        "--encoding=UTF8",
                        "--locale=C.UTF-8"),
                Map.of());
    }

    /** Starts the server on its folder and port, waiting until it accepts connections. */
    public void start() {
        run(
                List.of(
                        bin.resolve("pg_ctl").toString(),
                        "start",
                        "--wait",
                        "--pgdata=" + data(),
                        "--log=" + folder.resolve("server.log"),
                        "--options=-p " + port + " -c listen_addresses=127.0.0.1 -k " + folder),
                Map.of());
        running = true;
    }

    /** Stops the server as an operator would in a hurry: open transactions are rolled back, sessions cut off. */
    public void stopFast() {
        run(List.of(bin.resolve("pg_ctl").toString(), "stop", "--wait", "--mode=fast", "--pgdata=" + data()), Map.of());
        running = false;
    }

    public int port() {
        return port;
    }

    public Path programsFolder() {
        return bin;
    }

    public String superuserPassword() {
        return superuserPassword;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A connection as the superuser, for setting up and for looking behind the application's back. */
    public JdbcClient superuser(String database) {
        return JdbcClient.create(new SingleConnectionDataSource(jdbcUrl(database), SUPERUSER, superuserPassword, true));
    }

    /**
     * Brugwerk's two roles and a database as the README tells an operator to make them: an owner that migrates,
     * an application role without privileges, and a database that only they may connect to.
     */
    public void createBrugwerkDatabase(
            String database, String owner, String ownerPassword, String app, String appPassword) {
        JdbcClient postgres = superuser("postgres");
        for (String role : List.of(owner, app)) {
            if (postgres.sql("select count(*) from pg_roles where rolname = ?")
                            .param(role)
                            .query(Long.class)
                            .single()
                    == 0) {
                String attributes = role.equals(owner)
                        ? "nosuperuser nobypassrls"
                        : "nosuperuser nobypassrls nocreatedb nocreaterole";
                postgres.sql("create role " + role + " login " + attributes).update();
            }
        }
        postgres.sql("alter role " + owner + " password '" + ownerPassword + "'")
                .update();
        postgres.sql("alter role " + app + " password '" + appPassword + "'").update();
        postgres.sql("create database " + database + " owner " + owner).update();
        postgres.sql("revoke all on database " + database + " from public").update();
        postgres.sql("grant connect on database " + database + " to " + app).update();
    }

    /**
     * Runs a program (of this server's version, or a script that calls them) as the account the server runs as,
     * and returns what it printed; fails with that output when it exits with an error.
     */
    public String run(List<String> command, Map<String, String> environment) {
        List<String> full = new ArrayList<>();
        if (asRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--", "env"));
            environment.forEach((name, value) -> full.add(name + "=" + value));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A folder the server's account may write to, for dumps and the like. */
    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            if (running) {
                stopFast();
            }
        } finally {
            deleteTree(folder);
        }
    }

    private Path data() {
        return folder.resolve("data");
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder: what is left goes with the machine's next clean-up
        }
    }
}

package be.brugwerk.support;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Two requests made to overlap for certain on real PostgreSQL, not by timing: a table they both write to before they
 * commit is held against writing (share mode: reads and row locks pass, inserts, updates and deletes wait) on the
 * owner's connection while both are sent, until the database shows both held up ({@link #TWO_HELD_UP}); then it is let
 * go and both answers are awaited. A race test can then assert that the database, not a check in Java, kept its rule.
 *
 * <p>The table must be one the requests first write to after they read what the rule decides on: a request that
 * waits for an earlier write has read nothing yet, and once the table is let go the two read in whatever order the
 * machine runs them, so a test without its lock would pass whenever one request commits before the other reads.
 */
public final class HeldTable {

    /**
     * Two backends are held up by the holder: each waits for the held table, or for a backend that waits for it (a row
     * the other request locked first). A backend waiting for anything else on the server does not count.
     */
    public static final String TWO_HELD_UP = """
            select count(distinct waiting.pid) >= 2 from pg_locks waiting
            where not waiting.granted
              and (pg_backend_pid() = any (pg_blocking_pids(waiting.pid))
                or exists (
                    select 1 from pg_locks ahead
                    where not ahead.granted
                      and pg_backend_pid() = any (pg_blocking_pids(ahead.pid))
                      and ahead.pid = any (pg_blocking_pids(waiting.pid))))""";

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final DataSource owner;
    private final String table;

    private HeldTable(DataSource owner, String table) {
        this.owner = owner;
        this.table = table;
    }

    /** {@code table} (a name of this test's own choosing, not input) to be held through the owner's pool. */
    public static HeldTable holding(DataSource owner, String table) {
        return new HeldTable(owner, table);
    }

    /**
     * The answers of {@code first} and {@code second}, in that order, sent at once while the table is held, which is
     * let go once {@code bothWait}, a query of one boolean run on the holding connection ({@link #TWO_HELD_UP} or a
     * stricter one), is true.
     */
    public <T> List<T> answersOf(Supplier<T> first, Supplier<T> second, String bothWait) throws Exception {
        try (Connection holder = owner.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("lock table " + table + " in share mode");
            }
            CompletableFuture<T> one = CompletableFuture.supplyAsync(first);
            CompletableFuture<T> other = CompletableFuture.supplyAsync(second);
            await().atMost(PATIENCE).until(() -> holds(holder, bothWait));
            holder.rollback();
            return List.of(
                    one.get(PATIENCE.toSeconds(), TimeUnit.SECONDS), other.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        }
    }

    private static boolean holds(Connection holder, String condition) throws Exception {
        try (Statement statement = holder.createStatement();
                ResultSet answer = statement.executeQuery(condition)) {
            answer.next();
            return answer.getBoolean(1);
        }
    }
}

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
 * commit is held in exclusive mode on the owner's connection while both are sent, until the database shows both
 * waiting; then it is let go and both answers are awaited. A race test can then assert that the database, not a check
 * in Java, kept its rule.
 */
public final class HeldTable {

    /** Two backends wait for a lock, whatever they wait for: the two requests, on a server where nothing else waits. */
    public static final String TWO_WAITING = "select count(distinct pid) >= 2 from pg_locks where not granted";

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
     * let go once {@code bothWait}, a query of one boolean run on the holding connection, is true.
     */
    public <T> List<T> answersOf(Supplier<T> first, Supplier<T> second, String bothWait) throws Exception {
        try (Connection holder = owner.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("lock table " + table + " in exclusive mode");
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

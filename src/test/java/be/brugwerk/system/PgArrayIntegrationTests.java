package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * An array bound with {@link Pg#array} is read by PostgreSQL once, as the type of the cast around it, and not kept as
 * text that the cast turns into an array for every row a plan scans: bound as text, a filter {@code id = any (cast(? as
 * uuid[]))} over a table scanned whole re-read every id for every row, which made a role matching run over 2,750
 * participants spend 8 s on reading their places (docs/region-scale.md, "A role matching run's arrays").
 */
@FullStackTest
class PgArrayIntegrationTests {

    @Autowired
    @FlywayDataSource
    DataSource owner;

    @Test
    void castsAnArrayOfIdsOnceRatherThanForEveryRowScanned() throws SQLException {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());

        String plan = scannedWhole("select id from participant where id = any (cast(? as uuid[]))", ids);

        // bound as text, the filter reads id = ANY (('{...}'::cstring)::uuid[]): a cast for every row
        assertThat(plan)
                .contains("Seq Scan on participant")
                .contains("'::uuid[]")
                .doesNotContain("cstring");
    }

    @Test
    void castsAnArrayOfTextsOnceRatherThanForEveryRowScanned() throws SQLException {
        String plan = scannedWhole(
                "select id from participant where languages && cast(? as text[])", List.of("nl", "a \"quoted\" one"));

        assertThat(plan)
                .contains("Seq Scan on participant")
                .contains("'::text[]")
                .doesNotContain("cstring");
    }

    @Test
    void bindsEveryElementAsItIs() {
        List<String> texts = List.of("nl", "a \"quoted\" one", "back\\slash", "comma, inside", "{braces}");

        List<String> read = JdbcClient.create(owner)
                .sql("select unnest(cast(? as text[]))")
                .param(Pg.array(texts))
                .query(String.class)
                .list();

        assertThat(read).containsExactlyElementsOf(texts);
    }

    /** The plan of {@code query} with {@code elements} bound, where the planner may only scan a table whole. */
    private String scannedWhole(String query, List<?> elements) throws SQLException {
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try {
                JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                jdbc.sql("set local enable_indexscan = off").update();
                jdbc.sql("set local enable_bitmapscan = off").update();
                return String.join(
                        "\n",
                        jdbc.sql("explain (costs off) " + query)
                                .param(Pg.array(elements))
                                .query(String.class)
                                .list());
            } finally {
                connection.rollback();
            }
        }
    }
}

package be.brugwerk.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.SqlStatements;
import be.brugwerk.support.SqlStatements.Executed;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import be.brugwerk.system.database.DatabaseConnections;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A measurement, not a check (it runs only with {@code -Dbrugwerk.measure=true}): what the coordinator's trajectory list
 * costs PostgreSQL on an organisation of 500 participants (every tenth archived), each with a trajectory of ten steps,
 * among ten other organisations of that size. Each statement the page ran is run again with its parameters under
 * {@code EXPLAIN (ANALYZE, BUFFERS)} as the application role with the organisation set (row-level security in the plan),
 * in a transaction rolled back; rows, buffers and times go to {@code target/trajectory-list-costs.md}
 * (docs/region-scale.md, "The coordinator's trajectory list by the page").
 *
 * <pre>mvn -B -q test -Dtest=TrajectoryListCostsMeasurement -Dbrugwerk.measure=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@FullStackTest
@EnabledIfSystemProperty(named = "brugwerk.measure", matches = "true")
class TrajectoryListCostsMeasurement {

    private static final Pattern TOTAL = Pattern.compile("Execution Time: ([0-9.]+) ms");
    private static final Pattern BUFFERS = Pattern.compile("Buffers: shared hit=(\\d+)(?: read=(\\d+))?");
    private static final Pattern ROWS = Pattern.compile("actual time=[0-9.]+\\.\\.[0-9.]+ rows=(\\d+)");

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    @Autowired
    DatabaseConnections connections;

    @Test
    void measuresTheCoordinatorsTrajectoryList() throws SQLException, IOException {
        JdbcClient owner = accounts.owner();
        UUID organisation = accounts.organisation("Trajectory list costs");
        Account coordinatorAccount = accounts.account(organisation, Role.COORDINATOR);
        write(owner, organisation, accounts.account(organisation, Role.PROFESSIONAL));
        for (int i = 0; i < 10; i++) {
            UUID other = accounts.organisation("Trajectory list costs elsewhere " + i);
            write(owner, other, accounts.account(other, Role.PROFESSIONAL));
        }
        for (String table : List.of("participant", "trajectory", "trajectory_step", "consent", "caseload_assignment")) {
            owner.sql("analyze " + table).update();
        }
        WebSession coordinator = accounts.signedIn(coordinatorAccount);
        UUID deep = owner.sql("""
                select id from trajectory where organisation_id = ? order by started_on desc, id desc offset 200 limit 1""").param(organisation).query(UUID.class).single();

        StringBuilder out = new StringBuilder();
        for (String address : List.of("/trajectories", "/trajectories?after=" + deep)) {
            for (int i = 0; i < 20; i++) {
                assertThat(coordinator.get(address).statusCode()).isEqualTo(200);
            }
            List<Executed> ran = statements.during(() -> coordinator.get(address));
            long[] times = new long[100];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                coordinator.get(address);
                times[i] = System.nanoTime() - start;
            }
            Arrays.sort(times);
            out.append("#### `")
                    .append(address.replaceAll("[0-9a-f-]{36}", "…"))
                    .append("`\n\n");
            out.append("Request in the test's own server, 100 after 20: median %.1f ms, fastest %.1f ms\n\n"
                    .formatted(times[50] / 1e6, times[0] / 1e6));
            out.append("| statement | ids given | rows | buffers | ms |\n|---|---|---|---|---|\n");
            double sum = 0;
            long buffers = 0;
            for (Executed statement : ran) {
                String plan = explain(statement, organisation);
                double ms = number(TOTAL, plan, 1);
                long hit = (long) number(BUFFERS, plan, 1) + (long) number(BUFFERS, plan, 2);
                sum += ms;
                buffers += hit;
                out.append("| `%s` | %d | %d | %d | %.3f |\n"
                        .formatted(
                                statement
                                        .sql()
                                        .replaceAll("\\s+", " ")
                                        .substring(
                                                0,
                                                Math.min(
                                                        90,
                                                        statement
                                                                .sql()
                                                                .replaceAll("\\s+", " ")
                                                                .length()))
                                        .replace("|", "\\|"),
                                statement.largestArray(),
                                (long) number(ROWS, plan, 1),
                                hit,
                                ms));
            }
            out.append("| **%d statements** | | | %d | %.3f |\n\n".formatted(ran.size(), buffers, sum));
            for (Executed statement : ran) {
                if (statement.sql().contains("from trajectory t")) {
                    out.append("```\n").append(explain(statement, organisation)).append("\n```\n\n");
                }
            }
        }
        Path file = Path.of("target", "trajectory-list-costs.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    private static double number(Pattern pattern, String plan, int group) {
        Matcher matcher = pattern.matcher(plan);
        return matcher.find() && matcher.group(group) != null ? Double.parseDouble(matcher.group(group)) : 0;
    }

    /**
     * EXPLAIN (ANALYZE, BUFFERS) of the statement with its parameters: the fastest of seven runs (after the first, the
     * buffers are hits), since the machine the measurement runs on is shared.
     */
    private String explain(Executed executed, UUID organisation) throws SQLException {
        DataSource app =
                new DriverManagerDataSource(connections.url(), connections.appUser(), connections.appPassword());
        try (Connection connection = app.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select set_config('brugwerk.organisation', '" + organisation + "', true)");
            }
            String fastest = null;
            for (int run = 0; run < 7; run++) {
                List<String> lines = new ArrayList<>();
                try (PreparedStatement statement =
                        connection.prepareStatement("explain (analyze, buffers) " + executed.sql())) {
                    executed.bindTo(statement);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            lines.add(rows.getString(1));
                        }
                    }
                }
                String plan = String.join("\n", lines);
                if (run > 0 && (fastest == null || number(TOTAL, plan, 1) < number(TOTAL, fastest, 1))) {
                    fastest = plan;
                }
            }
            connection.rollback();
            return fastest;
        }
    }

    /**
     * 500 participants processed on a public task, every tenth archived, each with a trajectory of ten steps (three
     * started a day, g % 10 of its steps done), its steps written together as the application writes them.
     */
    private static void write(JdbcClient owner, UUID organisation, Account professional) {
        owner.sql("insert into legal_basis (organisation_id, purpose, basis) values (?, 'PROCESSING', 'PUBLIC_TASK')")
                .param(organisation)
                .update();
        owner.sql("""
                insert into participant (id, organisation_id, name, municipality, created_at, archived_at)
                select gen_random_uuid(), :organisation, 'Linde ' || g, 'Gent',
                       timestamptz '2025-01-01 00:00:00+00' + (g / 3) * interval '1 minute',
                       case when g % 10 = 0 then timestamptz '2026-02-01 00:00:00+00' end
                from generate_series(1, 500) g""").param("organisation", organisation).update();
        owner.sql("""
                insert into trajectory (id, organisation_id, participant_id, coach_id, started_on, created_at, created_by)
                select gen_random_uuid(), p.organisation_id, p.id, :coach,
                       date '2025-01-01' + (cast(substring(p.name from ' (\\d+)$') as integer) / 3),
                       timestamptz '2025-01-01 00:00:00+00', :coach
                from participant p where p.organisation_id = :organisation""")
                .param("organisation", organisation)
                .param("coach", professional.id())
                .update();
        owner.sql("""
                insert into trajectory_step (id, trajectory_id, organisation_id, position, default_step, name, status)
                select gen_random_uuid(), t.id, t.organisation_id, s, s, null,
                       case when s <= cast(substring(p.name from ' (\\d+)$') as integer) % 10 then 'DONE'
                            else 'NOT_STARTED' end
                from trajectory t join participant p on p.id = t.participant_id, generate_series(1, 10) s
                where t.organisation_id = :organisation order by t.id, s""").param("organisation", organisation).update();
    }
}

package be.brugwerk.support;

import be.brugwerk.support.SqlStatements.Executed;
import be.brugwerk.system.database.DatabaseConnections;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The plans of the statements a recorded statement runs inside the functions it calls (PL/pgSQL's {@code EXECUTE}),
 * as they really ran: the statement runs again as the application role, with its parameters bound as the application
 * bound them, while {@code auto_explain} explains every statement (nested ones too) at its end and sends the plan to
 * this session as a notice. Nothing is copied from a function's source, so nothing can drift from it.
 *
 * <p>{@code auto_explain} is loaded and set for one transaction of the embedded server's superuser, who then becomes the
 * application role ({@code set local role}): row-level security, the function's rights and the organisation setting
 * are the application's. The plans go to this session as notices, not to the server's log (below its level).
 */
public final class NestedPlans {

    /** One statement as the function ran it: its text with {@code $n} parameters, and its plan with costs left out. */
    public record Plan(String query, String plan) {}

    /** The first line of a plan: its top node, not indented, with its estimated costs. */
    private static final Pattern TOP_NODE =
            Pattern.compile("^\\S.*  \\(cost=[0-9.]+\\.\\.[0-9.]+ rows=\\d+ width=\\d+\\)");

    private static final Pattern COSTS = Pattern.compile("  \\(cost=[0-9.]+\\.\\.[0-9.]+ rows=\\d+ width=\\d+\\)");

    private NestedPlans() {}

    /**
     * The statements {@code statement} ran inside functions, in the order they finished, without the statement itself.
     * {@code dataDir} is the embedded database's data folder ({@code brugwerk.database.data-dir}), which holds the
     * superuser's password.
     */
    public static List<Plan> of(DatabaseConnections connections, String dataDir, UUID organisation, Executed statement)
            throws SQLException {
        try (Connection connection =
                DriverManager.getConnection(connections.url(), "postgres", superuserPassword(dataDir))) {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                settings.execute("load 'auto_explain'");
                settings.execute("set local auto_explain.log_min_duration = 0");
                settings.execute("set local auto_explain.log_analyze = on");
                settings.execute("set local auto_explain.log_buffers = on");
                settings.execute("set local auto_explain.log_nested_statements = on");
                settings.execute("set local auto_explain.log_format = text");
                settings.execute("set local auto_explain.log_parameter_max_length = 0");
                settings.execute("set local auto_explain.log_level = notice");
                settings.execute("set local client_min_messages = notice");
                settings.execute("set local role " + connections.appUser());
                // set, not set_config(): no statement of its own is explained before the one asked for
                settings.execute("set local brugwerk.organisation = '" + organisation + "'");
            }
            // the statement's own plan comes when its portal closes (at the next statement or the transaction's end):
            // left out, should it come with the others
            String itself = connection.nativeSQL(statement.sql());
            List<String> explained = new ArrayList<>();
            try (PreparedStatement again = connection.prepareStatement(statement.sql())) {
                statement.bindTo(again);
                try (ResultSet rows = again.executeQuery()) {
                    while (rows.next()) {
                        // every row read, so that every statement has run to its end
                    }
                }
                for (SQLWarning notice = again.getWarnings(); notice != null; notice = notice.getNextWarning()) {
                    explained.add(notice.getMessage());
                }
            }
            connection.rollback();
            return explained.stream()
                    .map(NestedPlans::plan)
                    .filter(plan -> !plan.query().equals(itself))
                    .toList();
        }
    }

    /** A notice of auto_explain: "duration: … plan:", "Query Text: …", then the plan. */
    private static Plan plan(String notice) {
        List<String> lines = notice.lines().toList();
        int top = 0;
        while (top < lines.size() && !TOP_NODE.matcher(lines.get(top)).find()) {
            top++;
        }
        // the header line and "Query Text: …" come before the top node: a shorter notice is no plan
        if (top == lines.size() || top < 2 || !lines.get(1).startsWith("Query Text: ")) {
            throw new IllegalStateException("not a plan of auto_explain: " + notice);
        }
        String query = String.join("\n", lines.subList(1, top)).substring("Query Text: ".length());
        StringBuilder plan = new StringBuilder();
        lines.subList(top, lines.size())
                .forEach(line ->
                        plan.append(COSTS.matcher(line).replaceFirst("")).append('\n'));
        return new Plan(query, plan.toString());
    }

    private static String superuserPassword(String dataDir) {
        try {
            return Files.readString(Path.of(dataDir, "secrets", "postgres.password"))
                    .strip();
        } catch (IOException e) {
            throw new IllegalStateException("the embedded database's superuser password is kept in " + dataDir, e);
        }
    }
}

package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.QueryPlans;
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
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plans of the programme lists' queries (the programme list, a programme's buddies, its waiting list and its pairs)
 * when an organisation has 300 programmes and a programme 300 buddies, waiting participants and pairs, among ten other
 * organisations of that size. Each list's statement, as the page or the API ran it, first and deep in the list, is
 * explained as a generic plan as the application role with the organisation set: each is read from an index in the
 * list's order (no sort) and none reads its table sequentially. The plans go to {@code target/programme-list-plans.md};
 * docs/query-plans.md quotes them.
 */
@FullStackTest
class ProgrammeListPlansIntegrationTests {

    static final int SIZE = 300;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    @Autowired
    DatabaseConnections connections;

    /** A list's page and the table its statement reads, as the statement names it. */
    record Listed(String address, String reads) {}

    @Test
    void answersEveryProgrammeListFromAnIndexInItsOrder() throws SQLException, IOException {
        JdbcClient owner = accounts.owner();
        UUID organisation = accounts.organisation("Programme list plans");
        Account account = accounts.account(organisation, Role.COORDINATOR);
        WebSession coordinator = accounts.signedIn(account);
        WebSession admin = accounts.signedIn(organisation, Role.ORGANISATION_ADMIN);
        UUID programme = ProgrammeFixtures.programme(coordinator, "Buren").programme;
        ProgrammeListFixtures.write(owner, organisation, programme, account.id(), SIZE);
        for (int i = 0; i < 10; i++) {
            UUID other = accounts.organisation("Programme list plans elsewhere " + i);
            Account theirs = accounts.account(other, Role.COORDINATOR);
            UUID their = ProgrammeFixtures.programme(accounts.signedIn(theirs), "Elders").programme;
            ProgrammeListFixtures.write(owner, other, their, theirs.id(), SIZE);
        }
        // Statistics of every table the lists read, as the data now stands. Left to autovacuum, a table's statistics
        // depend on whether and when it ran: intake analyzed before these writes (after the previous test class's,
        // say) holds a few rows per organisation, and the buddies' plan then starts from intake and sorts. Not
        // pair_meeting, which the pairs count per row: no fixture writes meetings, and analyzed empty it is scanned.
        for (String table :
                List.of("programme", "programme_coordinator", "buddy", "intake", "waiting_entry", "buddy_pair")) {
            owner.sql("analyze " + table).update();
        }
        String deepProgramme = deep(
                owner,
                "select p.id from programme p where p.organisation_id = ?"
                        + " order by p.name, p.id offset 200 limit 1",
                organisation);
        String deepBuddy = deep(
                owner,
                "select id from buddy where programme_id = ? order by status, name, id" + " offset 200 limit 1",
                programme);
        String deepEntry = deep(
                owner,
                "select id from waiting_entry where programme_id = ?"
                        + " order by entered_on, participant_id offset 200 limit 1",
                programme);
        String deepPair = deep(
                owner,
                "select id from buddy_pair where programme_id = ? order by proposed_at, id" + " offset 200 limit 1",
                programme);
        String buddies = "/programmes/" + programme + "/buddies";
        String api = "/api/v1/programmes/" + programme;

        Map<String, Listed> lists = new LinkedHashMap<>();
        lists.put("programmes, coordinator, first page", new Listed("/programmes", "from programme p"));
        lists.put(
                "programmes, coordinator, 200 rows deep",
                new Listed("/programmes?after=" + deepProgramme, "from programme p"));
        lists.put("programmes, organisation admin, first page", new Listed("admin:/programmes", "from programme p"));
        lists.put("buddies, first page", new Listed(buddies, "from buddy b"));
        lists.put("buddies, 200 rows deep", new Listed(buddies + "?after=" + deepBuddy, "from buddy b"));
        lists.put("buddies, approved only", new Listed(buddies + "?status=APPROVED", "from buddy b"));
        lists.put("buddies, name search", new Listed(buddies + "?name=uddy+1", "from buddy b"));
        lists.put(
                "waiting list (API), 200 rows deep",
                new Listed("json:" + api + "/waiting?after=" + deepEntry, "from waiting_entry w"));
        lists.put("pairs (API), first page", new Listed("json:" + api + "/pairs", "from buddy_pair p"));
        lists.put(
                "pairs (API), 200 rows deep",
                new Listed("json:" + api + "/pairs?after=" + deepPair, "from buddy_pair p"));
        StringBuilder plans = new StringBuilder();
        for (Map.Entry<String, Listed> list : lists.entrySet()) {
            String address = list.getValue().address();
            WebSession session = address.startsWith("admin:") ? admin : coordinator;
            String path = address.replaceFirst("^(admin|json):", "");
            boolean json = address.startsWith("json:");
            List<Executed> ran =
                    statements.during(() -> assertThat((json ? session.getJson(path) : session.get(path)).statusCode())
                            .as(path)
                            .isEqualTo(200));
            String query = ran.stream()
                    .map(Executed::sql)
                    .filter(sql -> sql.contains(list.getValue().reads()) && sql.contains("limit"))
                    .findFirst()
                    .orElseThrow();
            String plan = QueryPlans.generic(connections, query, organisation);
            assertThat(plan)
                    .as(list.getKey())
                    .doesNotContain(
                            "Seq Scan on programme p",
                            "Seq Scan on programme_coordinator",
                            "Seq Scan on buddy b",
                            "Seq Scan on waiting_entry w",
                            "Seq Scan on buddy_pair p");
            if (!list.getKey().contains("search")) {
                // a name search sorts the few buddies whose name matches; every other list is read in its order
                assertThat(plan).as(list.getKey()).doesNotContainPattern("(?m)^\\s*(->\\s+)?Sort$");
            }
            plans.append("#### ")
                    .append(list.getKey())
                    .append(" (`")
                    .append(path.replaceAll("[0-9a-f-]{36}", "…"))
                    .append("`)\n\n```\n")
                    .append(plan)
                    .append("```\n\n");
        }
        Path out = Path.of("target", "programme-list-plans.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, plans.toString());
    }

    private static String deep(JdbcClient owner, String sql, UUID in) {
        return owner.sql(sql).param(in).query(UUID.class).single().toString();
    }
}

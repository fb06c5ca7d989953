package be.brugwerk.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.NestedPlans;
import be.brugwerk.support.NestedPlans.Plan;
import be.brugwerk.support.QueryPlans;
import be.brugwerk.support.SqlStatements;
import be.brugwerk.support.SqlStatements.Executed;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import be.brugwerk.system.database.DatabaseConnections;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The audit page over a trail of 100,000 rows: filtered by staff member, participant number, action and dates, and
 * paged through newest first, every matching row shows exactly once, in order, and nothing of another organisation
 * does; a page runs as many statements deep in the trail as on its first page. The rows are written in one statement
 * as the owner, with times that do not follow the ids and three rows per minute, so the page order (time, then id) is
 * tested where it is hard. Every thousandth row also names a participant named nowhere else (rare, as most are in a
 * long trail), and every thousandth of the other organisation's a participant named only there.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPageIntegrationTests {

    static final int ROWS = 100_000;
    /** Two days between which the trail holds more than a page of the rarely named participant's rows, not all. */
    private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

    private static final LocalDate JAN_18 = LocalDate.of(2026, 1, 18);

    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    static final Pattern ROW = Pattern.compile("data-audit-id=\"(\\d+)\"");
    static final Pattern OLDER = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\"");
    static final Pattern NEWER = Pattern.compile("<a href=\"([^\"]+)\" rel=\"prev\"");

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    @Autowired
    DatabaseConnections connections;

    @Value("${brugwerk.database.data-dir}")
    String dataDir;

    JdbcClient owner;
    UUID organisation;
    WebSession admin;
    List<Account> staff = new ArrayList<>();
    List<UUID> participants = new ArrayList<>();
    UUID rarelyNamed = UUID.randomUUID();
    UUID namedElsewhere = UUID.randomUUID();
    long rowElsewhere;

    @BeforeAll
    void aTrailOfAHundredThousandRows() {
        owner = accounts.owner();
        organisation = accounts.organisation("Audit paging");
        Account administrator = accounts.account(organisation, Role.ORGANISATION_ADMIN);
        for (Role role : List.of(Role.COORDINATOR, Role.PROFESSIONAL, Role.VOLUNTEER_COACH)) {
            staff.add(accounts.account(organisation, role));
        }
        for (int i = 0; i < 7; i++) {
            participants.add(UUID.randomUUID());
        }
        write(organisation, staff.stream().map(Account::id).toList(), participants, rarelyNamed, ROWS);
        // another organisation's rows at the same times, about the same participants: never on this page
        UUID other = accounts.organisation("Audit paging elsewhere");
        write(other, List.of(accounts.account(other, Role.COORDINATOR).id()), participants, namedElsewhere, 5_000);
        rowElsewhere = owner.sql("select max(id) from audit_event where organisation_id = ?")
                .param(other)
                .query(Long.class)
                .single();
        owner.sql("analyze audit_event").update();
        admin = accounts.signedIn(administrator);
    }

    /**
     * Row g: staff g mod 3, participant g mod 7 (and {@code rare} when g is a multiple of 1,000), action by its minute,
     * minute (g·7919 mod 100000) / 3 from 1 Jan.
     */
    private void write(UUID organisation, List<UUID> accounts, List<UUID> about, UUID rare, int rows) {
        owner.sql("""
                insert into audit_event (organisation_id, occurred_at, account_id, action, subject_type, subject_ids)
                select :organisation,
                       timestamptz '2026-01-01 00:00:00+00' + ((g::bigint * 7919 % 100000) / 3) * interval '1 minute',
                       (cast(:accounts as uuid[]))[1 + g % cardinality(cast(:accounts as uuid[]))],
                       (array['LIST', 'SEARCH', 'READ', 'UPDATE', 'CREATE'])[1 + (g / 3) % 5],
                       'participant',
                       case when g % 1000 = 0 then array[(cast(:about as uuid[]))[1 + g % 7], cast(:rare as uuid)]
                            else array[(cast(:about as uuid[]))[1 + g % 7]] end
                from generate_series(1, :rows) g""")
                .param("organisation", organisation)
                .param("accounts", be.brugwerk.system.Pg.array(accounts))
                .param("about", be.brugwerk.system.Pg.array(about))
                .param("rare", rare)
                .param("rows", rows)
                .update();
    }

    @Test
    void pagesThroughAStaffMembersReadsInADateRangeWithoutLosingOrRepeatingARow() {
        Account coach = staff.get(1);
        LocalDate from = LocalDate.of(2026, 1, 5);
        LocalDate to = LocalDate.of(2026, 1, 9);
        List<Long> expected = expected(
                "account_id = ? and action = 'READ' and occurred_at >= ? and occurred_at < ?",
                coach.id(),
                start(from),
                start(to.plusDays(1)));
        assertThat(expected).as("the filter matches many pages").hasSizeGreaterThan(10 * AuditController.PAGE_SIZE);

        List<List<Long>> pages = walk("/audit?staff=" + coach.id() + "&action=READ&from=" + from + "&to=" + to, OLDER);

        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(expected);
        assertThat(pages).allSatisfy(page -> assertThat(page).hasSizeLessThanOrEqualTo(AuditController.PAGE_SIZE));
        assertThat(pages.subList(0, pages.size() - 1))
                .allSatisfy(page -> assertThat(page).hasSize(AuditController.PAGE_SIZE));
    }

    @Test
    void pagesBackToTheNewestRowsThroughTheNewerLinks() {
        UUID participant = participants.get(3);
        LocalDate day = LocalDate.of(2026, 1, 12);
        String first = "/audit?participant=" + participant + "&from=" + day + "&to=" + day;
        List<Long> expected = expected(
                "subject_ids @> array[?] and occurred_at >= ? and occurred_at < ?",
                participant,
                start(day),
                start(day.plusDays(1)));
        assertThat(expected).hasSizeGreaterThan(3 * AuditController.PAGE_SIZE);

        List<List<Long>> forward = walk(first, OLDER);
        assertThat(forward.stream().flatMap(List::stream).toList()).isEqualTo(expected);
        String last = first + "&before=" + forward.get(forward.size() - 2).get(AuditController.PAGE_SIZE - 1);
        List<List<Long>> backward = walk(last, NEWER);

        assertThat(backward).hasSameSizeAs(forward);
        List<List<Long>> newestFirst = new ArrayList<>(backward);
        Collections.reverse(newestFirst);
        assertThat(newestFirst).isEqualTo(forward);
    }

    @Test
    void pagesThroughAParticipantsRowsByAStaffMemberAndActionWithFullPages() {
        UUID participant = participants.get(5);
        Account coach = staff.get(2);
        List<Long> expected = expected(
                "subject_ids @> array[?] and account_id = ? and action = 'SEARCH' and occurred_at >= ?",
                participant,
                coach.id(),
                start(LocalDate.of(2026, 1, 3)));
        assertThat(expected).as("the filters match many pages").hasSizeGreaterThan(5 * AuditController.PAGE_SIZE);
        String first = "/audit?participant=" + participant + "&staff=" + coach.id() + "&action=SEARCH&from=2026-01-03";

        List<List<Long>> forward = walk(first, OLDER);
        List<List<Long>> backward = walk(lastPage(first, forward), NEWER);

        assertThat(forward.stream().flatMap(List::stream).toList()).isEqualTo(expected);
        assertThat(forward.subList(0, forward.size() - 1))
                .allSatisfy(page -> assertThat(page).hasSize(AuditController.PAGE_SIZE));
        assertThat(newestFirst(backward))
                .as("newer and newer pages, from the last one back")
                .isEqualTo(forward);
    }

    @Test
    void pagesThroughARarelyNamedParticipantBothWays() {
        List<Long> expected = expected("subject_ids @> array[?]", rarelyNamed);
        assertThat(expected).hasSize(ROWS / 1000);

        String first = "/audit?participant=" + rarelyNamed;
        List<List<Long>> forward = walk(first, OLDER);
        List<List<Long>> backward = walk(lastPage(first, forward), NEWER);

        assertThat(forward).hasSize(2);
        assertThat(forward.stream().flatMap(List::stream).toList()).isEqualTo(expected);
        assertThat(newestFirst(backward)).isEqualTo(forward);
    }

    /**
     * A rarely named participant between two days, filters that leave far more rows than the function walks first: the
     * pages come from its second statement, the one the GIN index may answer. Were the days not applied there, its
     * newest rows would be later than the range and the first page short.
     */
    @Test
    void pagesThroughARarelyNamedParticipantsRowsBetweenTwoDaysBothWays() throws SQLException {
        List<Long> expected = expected(
                "subject_ids @> array[?] and occurred_at >= ? and occurred_at < ?",
                rarelyNamed,
                start(JAN_5),
                start(JAN_18.plusDays(1)));
        assertThat(expected).as("more than a page").hasSizeGreaterThan(AuditController.PAGE_SIZE);
        assertThat(expected)
                .as("not the newest of them")
                .doesNotContain(expected("subject_ids @> array[?]", rarelyNamed).get(0));

        String first = "/audit?participant=" + rarelyNamed + "&from=" + JAN_5 + "&to=" + JAN_18;
        assertThat(namingStatement(first)).contains("e.occurred_at >= $5", "e.occurred_at < $6");
        List<List<Long>> forward = walk(first, OLDER);
        List<List<Long>> backward = walk(lastPage(first, forward), NEWER);

        assertThat(forward.stream().flatMap(List::stream).toList()).isEqualTo(expected);
        assertThat(forward.get(0)).hasSize(AuditController.PAGE_SIZE);
        assertThat(newestFirst(backward)).isEqualTo(forward);
    }

    /**
     * The same by a staff member, and by an action: were either not applied there, the function would give the
     * participant's newest rows of any staff member or action, and the page would miss some of theirs.
     */
    @Test
    void findsARarelyNamedParticipantsRowsByAStaffMemberAndByAnAction() throws SQLException {
        Account coach = staff.get(1);
        List<Long> byStaff = expected("subject_ids @> array[?] and account_id = ?", rarelyNamed, coach.id());
        List<Long> byAction = expected("subject_ids @> array[?] and action = 'SEARCH'", rarelyNamed);
        assertThat(byStaff).isNotEmpty();
        assertThat(byAction).isNotEmpty();

        String ofStaff = "/audit?participant=" + rarelyNamed + "&staff=" + coach.id();
        String ofAction = "/audit?participant=" + rarelyNamed + "&action=SEARCH";
        assertThat(namingStatement(ofStaff)).contains("e.account_id = $3");
        assertThat(namingStatement(ofAction)).contains("e.action = $4");
        List<List<Long>> pagesByStaff = walk(ofStaff, OLDER);
        List<List<Long>> pagesByAction = walk(ofAction, OLDER);

        assertThat(pagesByStaff.stream().flatMap(List::stream).toList()).isEqualTo(byStaff);
        assertThat(pagesByAction.stream().flatMap(List::stream).toList()).isEqualTo(byAction);
    }

    /**
     * The page's statement for a participant named in a hundred of the trail's 100,000 rows, run again as the
     * application role with the parameters the page gave it, scans the GIN index of the ids: under row-level security
     * alone the planner may not ({@code @>} is not leakproof) and walked the organisation's whole time index.
     */
    @Test
    void findsARarelyNamedParticipantsRowsThroughTheIndexOfTheIds() throws SQLException {
        Scanned page = runAgain("/audit?participant=" + rarelyNamed);

        assertThat(page.indexScans()).as("scans of audit_event_subjects").isPositive();
        assertThat(page.rows())
                .isEqualTo(expected("subject_ids @> array[?]", rarelyNamed).subList(0, AuditController.PAGE_SIZE + 1));
    }

    /**
     * A participant named in one row of seven fills the page within the newest rows, found by walking the trail in the
     * page's order: the GIN would give all of their 14,000 rows to sort, which the planner, estimating from the whole
     * table, might choose.
     */
    @Test
    void findsAnOftenNamedParticipantsNewestRowsByWalkingTheTrail() throws SQLException {
        UUID participant = participants.get(1);

        Scanned page = runAgain("/audit?participant=" + participant);

        assertThat(page.indexScans()).as("scans of audit_event_subjects").isZero();
        assertThat(page.rows())
                .isEqualTo(expected("subject_ids @> array[?]", participant).subList(0, AuditController.PAGE_SIZE + 1));
    }

    /** The rows a statement read and how often it scanned the GIN index of the ids. */
    record Scanned(List<Long> rows, long indexScans) {}

    /**
     * Runs the page's statement at {@code address} again as the application role, with the parameters the page gave
     * it, and counts the scans of {@code audit_event_subjects} in its transaction.
     */
    private Scanned runAgain(String address) throws SQLException {
        Executed page = pageStatement(address);
        try (Connection connection = QueryPlans.appConnection(connections, organisation);
                PreparedStatement again = connection.prepareStatement(page.sql());
                Statement scans = connection.createStatement()) {
            page.bindTo(again);
            List<Long> rows = new ArrayList<>();
            try (ResultSet read = again.executeQuery()) {
                while (read.next()) {
                    rows.add(read.getLong(1));
                }
            }
            try (ResultSet counted =
                    scans.executeQuery("select pg_stat_get_xact_numscans('audit_event_subjects'::regclass)")) {
                counted.next();
                long indexScans = counted.getLong(1);
                connection.rollback();
                return new Scanned(rows, indexScans);
            }
        }
    }

    /** The statement that reads the page's rows, as the page at {@code address} ran it. */
    private Executed pageStatement(String address) {
        return statements.during(() -> ok(address)).stream()
                .filter(statement -> statement.sql().contains("from audit_event e"))
                .findFirst()
                .orElseThrow();
    }

    /**
     * The statements {@code brugwerk_audit_page_naming} ran for the page's statement, run again as the application
     * role with the page's parameters: their text as the function built it and their plans (auto_explain).
     */
    private List<Plan> naming(Executed page) throws SQLException {
        return NestedPlans.of(connections, dataDir, organisation, page).stream()
                .filter(plan -> plan.query().contains("from audit_event e"))
                .toList();
    }

    /** The text of the function's second statement for the page at {@code address}, which must have run. */
    private String namingStatement(String address) throws SQLException {
        return naming(pageStatement(address)).stream()
                .map(Plan::query)
                .filter(query -> query.contains(SECOND_STATEMENT))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the function's walk filled the page: " + address));
    }

    /** How the function's second statement asks for the participant's rows (V15_10). */
    static final String SECOND_STATEMENT = "e.subject_ids @> array[$2]";

    /**
     * For a participant named in a hundred rows the function's walk of the newest rows finds one, and its second
     * statement, planned with the participant's id, scans the GIN index of the ids; for one named in a row of seven
     * the walk fills the page and the second statement never runs.
     */
    @Test
    void asksTheIndexOfTheIdsInsideTheFunctionOnlyForARarelyNamedParticipant() throws SQLException {
        List<Plan> rare = naming(pageStatement("/audit?participant=" + rarelyNamed));
        List<Plan> often = naming(pageStatement("/audit?participant=" + participants.get(1)));

        assertThat(rare).extracting(Plan::query).hasSize(2);
        assertThat(rare.get(0).query()).doesNotContain(SECOND_STATEMENT);
        assertThat(rare.get(1).query()).contains(SECOND_STATEMENT);
        assertThat(rare.get(1).plan()).contains("Bitmap Index Scan on audit_event_subjects");
        assertThat(often).extracting(Plan::query).singleElement().asString().doesNotContain(SECOND_STATEMENT);
    }

    /**
     * The function that finds a page's rows naming a participant runs as the owner, without row-level security: it
     * answers for the organisation the transaction set and no other, and only the application role may call it.
     */
    @Test
    void findsNoRowOfAnotherOrganisationByTheParticipantsIds() throws SQLException {
        assertThat(ids(ok("/audit?participant=" + namedElsewhere))).isEmpty();
        assertThat(ids(ok("/audit?participant=" + rarelyNamed))).isNotEmpty();
        assertThat(owner.sql("select has_function_privilege('public', '" + PAGE_NAMING + "', 'execute')")
                        .query(Boolean.class)
                        .single())
                .as("PUBLIC may execute it")
                .isFalse();

        try (Connection connection = QueryPlans.appConnection(connections, organisation)) {
            assertThat(pageNaming(connection, namedElsewhere, null))
                    .as("named elsewhere")
                    .isEmpty();
            assertThat(pageNaming(connection, rarelyNamed, rowElsewhere))
                    .as("continuing from another organisation's row")
                    .isEmpty();
            assertThat(pageNaming(connection, rarelyNamed, null)).hasSize(AuditController.PAGE_SIZE + 1);
            try (Statement reset = connection.createStatement()) {
                reset.execute("select set_config('brugwerk.organisation', '', true)");
            }
            assertThat(pageNaming(connection, rarelyNamed, null))
                    .as("without an organisation")
                    .isEmpty();
            connection.rollback();
        }
        try (Connection connection = new DriverManagerDataSource(
                        connections.url(), connections.appUser(), connections.appPassword())
                .getConnection()) {
            assertThat(pageNaming(connection, rarelyNamed, null))
                    .as("never set")
                    .isEmpty();
        }
    }

    static final String PAGE_NAMING =
            "brugwerk_audit_page_naming(uuid, uuid, text, timestamptz, timestamptz, bigint, boolean, integer)";

    /** The ids the function finds for a participant, from a cursor (older rows) or the newest. */
    private static List<Long> pageNaming(Connection connection, UUID participant, Long cursor) throws SQLException {
        try (PreparedStatement call = connection.prepareStatement(
                "select unnest(brugwerk_audit_page_naming(?, null, null, null, null, ?, true, ?))")) {
            call.setObject(1, participant);
            call.setObject(2, cursor, java.sql.Types.BIGINT);
            call.setInt(3, AuditController.PAGE_SIZE + 1);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = call.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /** The address of the last of the pages {@code forward} walked from {@code first}: older than the one before it. */
    private static String lastPage(String first, List<List<Long>> forward) {
        List<Long> beforeLast = forward.get(forward.size() - 2);
        return first + "&before=" + beforeLast.get(beforeLast.size() - 1);
    }

    /** The pages newer links showed from the last page back, in the order older links show them. */
    private static List<List<Long>> newestFirst(List<List<Long>> backward) {
        List<List<Long>> pages = new ArrayList<>(backward);
        Collections.reverse(pages);
        return pages;
    }

    @Test
    void showsTheNewestRowsOfOnlyItsOwnOrganisationFirst() {
        List<Long> newest = expected("true").subList(0, AuditController.PAGE_SIZE);

        String page = ok("/audit");

        assertThat(ids(page)).isEqualTo(newest);
        assertThat(page).doesNotContain("??");
    }

    @Test
    void runsAsManyStatementsDeepInTheTrailAsOnItsFirstPage() {
        String filter = "/audit?staff=" + staff.get(0).id() + "&action=LIST";
        List<Long> expected =
                expected("account_id = ? and action = 'LIST'", staff.get(0).id());
        String deep = filter + "&before=" + expected.get(100 * AuditController.PAGE_SIZE);
        ok(filter);
        List<Executed> first = statements.during(() -> ok(filter));
        List<Executed> deeper = statements.during(() -> ok(deep));
        List<Executed> unfiltered = statements.during(() -> ok("/audit?before=" + expected.get(5_000)));

        assertThat(deeper)
                .as("deep in the trail:" + SqlStatements.describe(deeper))
                .hasSameSizeAs(first);
        assertThat(unfiltered)
                .as("without filter:" + SqlStatements.describe(unfiltered))
                .hasSameSizeAs(first);
        assertThat(first).as("the first page:" + SqlStatements.describe(first)).hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void keepsTheFilterInEveryLinkOfThePage() {
        String staffMember = staff.get(2).id().toString();
        String page = ok("/audit?staff=" + staffMember + "&action=UPDATE&from=2026-01-02");

        Matcher older = OLDER.matcher(page);
        assertThat(older.find()).isTrue();
        assertThat(older.group(1)).contains("staff=" + staffMember, "action=UPDATE", "from=2026-01-02", "before=");
        assertThat(page).contains("value=\"" + staffMember + "\" selected", "value=\"2026-01-02\"");
        for (String language : List.of("nl", "fr", "en")) {
            Matcher link = Pattern.compile("<a href=\"([^\"]*lang=" + language + "[^\"]*)\"")
                    .matcher(page);
            assertThat(link.find()).as("the link to " + language).isTrue();
            assertThat(link.group(1).replace("&amp;", "&"))
                    .as("the link to " + language)
                    .contains("staff=" + staffMember, "action=UPDATE", "from=2026-01-02");
        }
    }

    @Test
    void saysWhatIsWrongWithATypedFilterAndKeepsIt() {
        HttpResponse<String> answer = admin.get("/audit?participant=Amina&from=2026-02-30&to=2026-01-01");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("id=\"participant-error\"", "value=\"Amina\"", "id=\"from-error\"")
                .doesNotContain("data-audit-id=");
        assertThat(ok("/audit?from=2026-01-09&to=2026-01-05")).contains("id=\"to-error\"");
    }

    /**
     * Writes the plans of the page's statements, as the page ran them, over this trail, and for a participant those of
     * the statements {@code brugwerk_audit_page_naming} ran inside it: docs/query-plans.md quotes them. Each is
     * answered from an index, never by reading the whole trail.
     */
    @Test
    void answersEveryFilterFromAnIndex() throws SQLException, IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        List<Long> all = expected("true");
        pages.put("first page, no filter", "/audit");
        pages.put("page 1,000 deep, no filter", "/audit?before=" + all.get(1_000 * AuditController.PAGE_SIZE));
        pages.put("staff member and action", "/audit?staff=" + staff.get(1).id() + "&action=READ");
        pages.put("participant", "/audit?participant=" + participants.get(2));
        pages.put("rarely named participant", "/audit?participant=" + rarelyNamed);
        pages.put("date range", "/audit?from=2026-01-10&to=2026-01-11");
        StringBuilder plans = new StringBuilder();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            ok(page.getValue());
            Executed query = pageStatement(page.getValue());
            String plan = explain(query);
            assertThat(plan).as(page.getKey()).doesNotContain("Seq Scan on audit_event");
            plans.append("### ")
                    .append(page.getKey())
                    .append(" (`")
                    .append(page.getValue().replaceAll("[0-9a-f-]{36}", "…"))
                    .append("`)\n\n```\n")
                    .append(plan)
                    .append("```\n\n");
            if (page.getValue().contains("participant=")) {
                plans.append("and the statements `brugwerk_audit_page_naming` ran for it, as it ran them"
                        + " (auto_explain, costs left out):\n\n");
                for (Plan ran : naming(query)) {
                    assertThat(ran.plan())
                            .as(page.getKey() + ": " + ran.query())
                            .doesNotContain("Seq Scan on audit_event");
                    plans.append("`")
                            .append(ran.query())
                            .append("`\n\n```\n")
                            .append(ran.plan())
                            .append("```\n\n");
                }
            }
        }
        Path out = Path.of("target", "audit-query-plans.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, plans.toString());
    }

    /** EXPLAIN ANALYZE of the page's statement as the application role, with the parameters the page gave it. */
    private String explain(Executed query) throws SQLException {
        try (Connection connection = QueryPlans.appConnection(connections, organisation);
                PreparedStatement explain =
                        connection.prepareStatement("explain (analyze, buffers, costs off) " + query.sql())) {
            query.bindTo(explain);
            String plan = plan(explain);
            connection.rollback();
            return plan;
        }
    }

    private static String plan(PreparedStatement explain) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = explain.executeQuery()) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /** Follows one kind of link (older or newer) from {@code address} to the end: the ids of each page. */
    private List<List<Long>> walk(String address, Pattern next) {
        List<List<Long>> pages = new ArrayList<>();
        HashSet<String> seen = new HashSet<>();
        String at = address;
        while (at != null) {
            assertThat(seen.add(at))
                    .as("a link back to a page already seen: " + at)
                    .isTrue();
            String page = ok(at);
            pages.add(ids(page));
            Matcher link = next.matcher(page);
            at = link.find() ? link.group(1).replace("&amp;", "&") : null;
        }
        return pages;
    }

    private String ok(String address) {
        HttpResponse<String> answer = admin.get(address);
        assertThat(answer.statusCode()).as(address).isEqualTo(200);
        return answer.body();
    }

    private static List<Long> ids(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            ids.add(Long.parseLong(row.group(1)));
        }
        return ids;
    }

    /** The ids of the organisation's rows that match, newest first, as the owner reads them. */
    private List<Long> expected(String condition, Object... values) {
        Object[] params = new Object[values.length + 1];
        params[0] = organisation;
        System.arraycopy(values, 0, params, 1, values.length);
        return owner.sql("select id from audit_event where organisation_id = ? and " + condition
                        + " order by occurred_at desc, id desc")
                .params(params)
                .query(Long.class)
                .list();
    }

    private static OffsetDateTime start(LocalDate day) {
        Instant instant = day.atStartOfDay(ZONE).toInstant();
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.PagedList;
import be.brugwerk.support.PagedList.Walk;
import be.brugwerk.support.SqlStatements;
import be.brugwerk.support.SqlStatements.Executed;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lists of buddy programmes cost what their page costs, not what the organisation holds (issue 9, "every list is
 * paged"): the programme list, a programme's buddies, its waiting list and its pairs, on the pages and over the API,
 * run the same statements and show at most {@link Keyset#PAGE_SIZE} rows with 3 and with 120 of each. Paged to the end
 * they show every row once in the list's order (names and dates repeat, so ties are paged too), and paging back from
 * the last page shows the same pages; the buddies page keeps its status filter and name search on every link.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeListsScaleIntegrationTests {

    static final int MANY = 120;

    static final Pattern PROGRAMME_ROW = Pattern.compile("data-programme-id=\"([0-9a-f-]{36})\"");
    static final Pattern BUDDY_ROW = Pattern.compile("data-buddy-id=\"([0-9a-f-]{36})\"");
    static final Pattern JSON_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final Pattern JSON_ENTRY = Pattern.compile("\"entryId\":\"([0-9a-f-]{36})\"");
    static final Pattern PREVIOUS_HEADER = Pattern.compile("<([^>]+)>; rel=\"prev\"");

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    JdbcClient owner;
    Organisation few;
    Organisation many;

    /** An organisation whose coordinator has {@code count} programmes, the first with {@code count} of everything. */
    record Organisation(WebSession coordinator, UUID coordinatorAccount, WebSession admin, UUID id, UUID programme) {}

    @BeforeAll
    void twoOrganisations() {
        owner = accounts.owner();
        few = organisation("Programme lists: three", 3);
        many = organisation("Programme lists: 120", MANY);
    }

    private Organisation organisation(String name, int count) {
        UUID organisation = accounts.organisation(name);
        TestAccounts.Account account = accounts.account(organisation, Role.COORDINATOR);
        WebSession coordinator = accounts.signedIn(account);
        WebSession admin = accounts.signedIn(organisation, Role.ORGANISATION_ADMIN);
        UUID programme = ProgrammeFixtures.programme(coordinator, "Buren " + count).programme;
        ProgrammeListFixtures.write(owner, organisation, programme, account.id(), count);
        return new Organisation(coordinator, account.id(), admin, organisation, programme);
    }

    private List<String> ids(String sql, Object... params) {
        return owner.sql(sql).params(params).query(UUID.class).list().stream()
                .map(UUID::toString)
                .toList();
    }

    private List<String> programmes(Organisation organisation) {
        return ids("""
                select p.id from programme p join programme_coordinator c on c.programme_id = p.id
                where c.account_id = ? order by p.name, p.id""", organisation.coordinatorAccount());
    }

    private List<String> buddies(Organisation organisation, String where) {
        return ids(
                "select id from buddy where programme_id = ?" + where + " order by status, name, id",
                organisation.programme());
    }

    private List<String> waiting(Organisation organisation) {
        return ids(
                "select id from waiting_entry where programme_id = ? order by entered_on, participant_id",
                organisation.programme());
    }

    private List<String> pairs(Organisation organisation) {
        return ids(
                "select id from buddy_pair where programme_id = ? order by proposed_at, id", organisation.programme());
    }

    /** A list at {@code path} (the same in both organisations but for the programme), read as HTML or JSON. */
    private record Listed(String path, Pattern row, boolean api) {

        String in(Organisation organisation) {
            return path.replace("{id}", organisation.programme().toString());
        }

        Function<String, List<String>> rows() {
            return PagedList.anywhere(row);
        }
    }

    private static final Listed PROGRAMME_PAGE = new Listed("/programmes", PROGRAMME_ROW, false);
    private static final Listed PROGRAMME_API = new Listed("/api/v1/programmes", JSON_ID, true);
    private static final Listed BUDDY_PAGE = new Listed("/programmes/{id}/buddies", BUDDY_ROW, false);
    private static final Listed BUDDY_API = new Listed("/api/v1/programmes/{id}/buddies", JSON_ID, true);
    private static final Listed WAITING_API = new Listed("/api/v1/programmes/{id}/waiting", JSON_ENTRY, true);
    // a pair's explanation holds no ids: its id is the first of each pair
    private static final Listed PAIR_API = new Listed("/api/v1/programmes/{id}/pairs", JSON_ID, true);

    private HttpResponse<String> read(WebSession session, Listed list, String path) {
        HttpResponse<String> answer = list.api() ? session.getJson(path) : session.get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer;
    }

    /**
     * The first page of {@code list} shows what {@code expected} says of it, in both organisations, and runs the same
     * statements with 3 rows as with 120.
     */
    private void costsWhatItsPageCosts(Listed list, Function<Organisation, List<String>> expected) {
        assertThat(expected.apply(few)).hasSize(3);
        assertThat(expected.apply(many)).hasSize(MANY);
        assertThat(list.rows().apply(read(few.coordinator(), list, list.in(few)).body()))
                .isEqualTo(expected.apply(few));
        assertThat(list.rows()
                        .apply(read(many.coordinator(), list, list.in(many)).body()))
                .isEqualTo(expected.apply(many).subList(0, Keyset.PAGE_SIZE));

        List<Executed> withFew = statements.during(() -> read(few.coordinator(), list, list.in(few)));
        List<Executed> withMany = statements.during(() -> read(many.coordinator(), list, list.in(many)));

        assertThat(withMany)
                .as("with " + MANY + ":" + SqlStatements.describe(withMany) + "\nwith 3:"
                        + SqlStatements.describe(withFew))
                .hasSameSizeAs(withFew);
        assertThat(withMany)
                .as("no statement is given more ids than a page shows")
                .allSatisfy(s -> assertThat(s.largestArray()).as(s.sql()).isLessThanOrEqualTo(Keyset.PAGE_SIZE + 1));
    }

    /** Paged to the end every row once in order, and back from the last page the same pages. */
    private void pagesThrough(WebSession session, Listed list, String first, List<String> expected) {
        Walk forward = list.api()
                ? PagedList.walkApi(session, first, list.row())
                : PagedList.walk(session, first, list.rows(), PagedList.NEXT);
        assertThat(forward.pages()).allSatisfy(page -> assertThat(page).hasSizeLessThanOrEqualTo(Keyset.PAGE_SIZE));
        assertThat(forward.rows()).isEqualTo(expected);
        List<List<String>> backward = list.api()
                ? backOverTheApi(session, forward, list)
                : PagedList.backFromTheLastPage(session, forward, list.rows(), PagedList.PREVIOUS);
        assertThat(backward).isEqualTo(forward.pages());
    }

    /** The pages before the last one, following the Link header's rel="prev", put back in the list's order. */
    private List<List<String>> backOverTheApi(WebSession session, Walk forward, Listed list) {
        assertThat(forward.links()).as("a list of more than one page").isNotEmpty();
        List<List<String>> pages = new ArrayList<>();
        String at = forward.links().get(forward.links().size() - 1);
        while (at != null) {
            HttpResponse<String> page = read(session, list, at);
            pages.add(list.rows().apply(page.body()));
            assertThat(pages).as("a walk that ends").hasSizeLessThan(1_000);
            Matcher previous =
                    PREVIOUS_HEADER.matcher(page.headers().firstValue("Link").orElse(""));
            at = previous.find() ? previous.group(1) : null;
        }
        Collections.reverse(pages);
        return pages;
    }

    @Test
    void theProgrammeListCostsWhatItsPageCosts() {
        costsWhatItsPageCosts(PROGRAMME_PAGE, this::programmes);
        costsWhatItsPageCosts(PROGRAMME_API, this::programmes);
    }

    @Test
    void pagesThroughTheProgrammesByName() {
        pagesThrough(many.coordinator(), PROGRAMME_PAGE, "/programmes", programmes(many));
        pagesThrough(many.coordinator(), PROGRAMME_API, "/api/v1/programmes", programmes(many));
    }

    @Test
    void theOrganisationAdminPagesThroughEveryProgrammeOfTheOrganisation() {
        List<String> all = ids("select id from programme where organisation_id = ? order by name, id", many.id());
        assertThat(all).hasSize(MANY);

        pagesThrough(many.admin(), PROGRAMME_PAGE, "/programmes", all);
    }

    @Test
    void theBuddyListCostsWhatItsPageCosts() {
        costsWhatItsPageCosts(BUDDY_PAGE, o -> buddies(o, ""));
        costsWhatItsPageCosts(BUDDY_API, o -> buddies(o, ""));
    }

    @Test
    void pagesThroughTheBuddiesApplicantsFirstThenByName() {
        pagesThrough(many.coordinator(), BUDDY_PAGE, BUDDY_PAGE.in(many), buddies(many, ""));
        pagesThrough(many.coordinator(), BUDDY_API, BUDDY_API.in(many), buddies(many, ""));
        pagesThrough(many.admin(), BUDDY_PAGE, BUDDY_PAGE.in(many), buddies(many, ""));
    }

    @Test
    void keepsTheStatusFilterAndTheNameSearchOnEveryPage() {
        List<String> approved = buddies(many, " and status = 'APPROVED'");
        assertThat(approved).hasSizeGreaterThan(Keyset.PAGE_SIZE);
        pagesThrough(many.coordinator(), BUDDY_PAGE, BUDDY_PAGE.in(many) + "?status=APPROVED", approved);
        pagesThrough(many.coordinator(), BUDDY_API, BUDDY_API.in(many) + "?status=APPROVED", approved);

        // "Buddy 1" is in "Buddy 1", "Buddy 10" to "Buddy 19": a quarter of the names
        List<String> named = buddies(many, " and name like 'Buddy 1%'");
        assertThat(named).hasSizeBetween(2, Keyset.PAGE_SIZE);
        assertThat(BUDDY_PAGE
                        .rows()
                        .apply(read(many.coordinator(), BUDDY_PAGE, BUDDY_PAGE.in(many) + "?name=uddy+1")
                                .body()))
                .isEqualTo(named);
        assertThat(BUDDY_API
                        .rows()
                        .apply(read(many.coordinator(), BUDDY_API, BUDDY_API.in(many) + "?name=uddy+1")
                                .body()))
                .isEqualTo(named);
        // a wildcard typed is a character sought, not a pattern
        assertThat(read(many.coordinator(), BUDDY_PAGE, BUDDY_PAGE.in(many) + "?name=%25")
                        .body())
                .doesNotContain("data-buddy-id=");
    }

    @Test
    void refusesAnUnknownStatusOverTheApiNamingTheParameter() {
        HttpResponse<String> refused = many.coordinator().getJson(BUDDY_API.in(many) + "?status=STOPPED");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"status\"");
    }

    @Test
    void theWaitingListAndThePairsCostWhatTheirPageCosts() {
        costsWhatItsPageCosts(WAITING_API, this::waiting);
        costsWhatItsPageCosts(PAIR_API, this::pairs);
    }

    @Test
    void pagesThroughTheWaitingListAndThePairs() {
        pagesThrough(many.coordinator(), WAITING_API, WAITING_API.in(many), waiting(many));
        pagesThrough(many.coordinator(), PAIR_API, PAIR_API.in(many), pairs(many));
    }

    @Test
    void showsNothingOfAnotherOrganisationForItsCursor() {
        String theirs = pairs(few).get(0);

        HttpResponse<String> answer = many.coordinator().getJson(PAIR_API.in(many) + "?after=" + theirs);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(PAIR_API.rows().apply(answer.body())).isEmpty();
    }
}

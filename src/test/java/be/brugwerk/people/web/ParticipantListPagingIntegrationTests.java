package be.brugwerk.people.web;

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
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The participant list and its search, as a page and over JSON, in pages of {@link Keyset#PAGE_SIZE}: newest first,
 * every matching participant exactly once, the search kept in every link, archived participants and another
 * organisation's never; a page deep in the list runs the statements of the first. The participants are written as the
 * owner, three to a registration time and with ids that do not follow those times, so the tie on time is paged too.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipantListPagingIntegrationTests {

    static final int PARTICIPANTS = 160;
    static final Pattern ROW = Pattern.compile("data-participant-id=\"([0-9a-f-]{36})\"");
    static final Pattern JSON_ROW = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    JdbcClient owner;
    UUID organisation;
    WebSession coordinator;

    @BeforeAll
    void aLongList() {
        owner = accounts.owner();
        organisation = accounts.organisation("Participant paging");
        write(organisation, "Kastanje", PARTICIPANTS);
        // another organisation's participants, at the same times and with the same names: never on these pages
        write(accounts.organisation("Participant paging elsewhere"), "Kastanje", 70);
        coordinator = accounts.signedIn(organisation, Role.COORDINATOR);
    }

    /**
     * Participant g: named "{@code name} g" when g is even and "Linde g" when odd, registered in minute g / 3 (three to a
     * minute), archived when g is a multiple of 11.
     */
    private void write(UUID organisation, String name, int count) {
        owner.sql("""
                insert into participant (id, organisation_id, name, municipality, created_at, archived_at)
                select gen_random_uuid(), :organisation, case when g % 2 = 0 then :name else 'Linde' end || ' ' || g,
                       'Gent', timestamptz '2026-01-01 00:00:00+00' + (g / 3) * interval '1 minute',
                       case when g % 11 = 0 then timestamptz '2026-02-01 00:00:00+00' end
                from generate_series(1, :count) g""")
                .param("organisation", organisation)
                .param("name", name)
                .param("count", count)
                .update();
    }

    /** The organisation's participants not archived whose name matches, newest first, as the database orders them. */
    private List<String> expected(String namePattern) {
        return owner.sql("""
                select id from participant where organisation_id = ? and archived_at is null and name like ?
                order by created_at desc, id desc""").params(organisation, namePattern).query(UUID.class).list().stream()
                .map(UUID::toString)
                .toList();
    }

    @Test
    void pagesThroughEveryParticipantOnceNewestFirst() {
        List<String> expected = expected("%");
        assertThat(expected).hasSizeGreaterThan(2 * Keyset.PAGE_SIZE);

        Walk walk = PagedList.walk(coordinator, "/participants", ROW, PagedList.NEXT);

        assertThat(walk.pages().get(0)).hasSize(Keyset.PAGE_SIZE);
        assertThat(walk.rows()).isEqualTo(expected);
        assertThat(walk.pages().subList(0, walk.pages().size() - 1))
                .allSatisfy(page -> assertThat(page).hasSize(Keyset.PAGE_SIZE));
    }

    @Test
    void pagesBackThroughThePreviousLinks() {
        Walk forward = PagedList.walk(coordinator, "/participants", ROW, PagedList.NEXT);
        assertThat(forward.pages()).hasSizeGreaterThanOrEqualTo(3);

        List<List<String>> backward =
                PagedList.backFromTheLastPage(coordinator, forward, PagedList.anywhere(ROW), PagedList.PREVIOUS);

        assertThat(backward).isEqualTo(forward.pages());
    }

    @Test
    void keepsTheSearchOnEveryPage() {
        List<String> expected = expected("Kastanje %");
        assertThat(expected).hasSizeGreaterThan(Keyset.PAGE_SIZE);

        Walk walk = PagedList.walk(coordinator, "/participants?q=kastanje", ROW, PagedList.NEXT);

        assertThat(walk.rows()).isEqualTo(expected);
        assertThat(walk.links())
                .isNotEmpty()
                .allSatisfy(link -> assertThat(link).contains("q=kastanje"));
        assertThat(coordinator.get(walk.links().get(0)).body()).contains("value=\"kastanje\"");
    }

    @Test
    void pagesTheJsonListWithLinkHeaders() {
        List<String> expected = expected("Kastanje %");

        Walk walk = PagedList.walkApi(coordinator, "/api/v1/participants?q=kastanje", JSON_ROW);

        assertThat(walk.pages().get(0)).hasSize(Keyset.PAGE_SIZE);
        assertThat(walk.rows()).isEqualTo(expected);
        assertThat(walk.links())
                .isNotEmpty()
                .allSatisfy(link -> assertThat(link).contains("q=kastanje"));
    }

    @Test
    void startsAtTheFirstPageForACursorItCannotRead() {
        List<String> first = PagedList.matches(
                ROW, coordinator.get("/participants?after=not-an-id").body());

        assertThat(first).isEqualTo(expected("%").subList(0, Keyset.PAGE_SIZE));
        HttpResponse<String> searched = coordinator.get("/participants?q=kastanje&before=" + UUID.randomUUID() + "x");
        assertThat(PagedList.matches(ROW, searched.body()))
                .isEqualTo(expected("Kastanje %").subList(0, Keyset.PAGE_SIZE));
        assertThat(searched.body()).as("what was typed stays").contains("value=\"kastanje\"");
    }

    @Test
    void refusesACursorItCannotReadOnTheJsonListNamingTheParameter() {
        String readable = expected("%").get(3);
        for (String parameter : List.of("after", "before")) {
            for (String address : List.of(
                    "/api/v1/participants?" + parameter + "=not-an-id",
                    "/api/v1/participants?q=kastanje&" + parameter + "=" + readable + "x")) {
                HttpResponse<String> answer = coordinator.getJson(address);

                assertThat(answer.statusCode()).as(address).isEqualTo(400);
                assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                        .as(address)
                        .startsWith("application/problem+json");
                JsonNode error = JsonMapper.builder()
                        .build()
                        .readTree(answer.body())
                        .get("errors")
                        .get(0);
                assertThat(error.get("field").asString()).as(address).isEqualTo(parameter);
                assertThat(error.get("code").asString()).as(address).isEqualTo("input.cursor.unreadable");
            }
        }
        // a readable after beside an unreadable before is refused too: every cursor sent is read
        HttpResponse<String> both = coordinator.getJson("/api/v1/participants?after=" + readable + "&before=not-an-id");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(coordinator.getJson("/api/v1/participants?after=" + readable).statusCode())
                .isEqualTo(200);
    }

    @Test
    void runsAsManyStatementsDeepInTheListAsOnItsFirstPage() {
        List<String> expected = expected("%");
        String deep = "/participants?after=" + expected.get(2 * Keyset.PAGE_SIZE - 1);
        assertThat(coordinator.get("/participants").statusCode()).isEqualTo(200);

        List<Executed> first = statements.during(() -> coordinator.get("/participants"));
        List<Executed> deeper = statements.during(() -> coordinator.get(deep));
        List<Executed> searched = statements.during(
                () -> coordinator.get("/participants?q=kastanje&before=" + expected.get(Keyset.PAGE_SIZE)));

        assertThat(deeper)
                .as("deep in the list:" + SqlStatements.describe(deeper))
                .hasSameSizeAs(first);
        assertThat(searched)
                .as("searching backwards:" + SqlStatements.describe(searched))
                .hasSameSizeAs(first);
        assertThat(first).as("the first page:" + SqlStatements.describe(first)).hasSizeLessThanOrEqualTo(7);
    }
}

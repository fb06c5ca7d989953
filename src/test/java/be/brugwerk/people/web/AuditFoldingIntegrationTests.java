package be.brugwerk.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.people.AuditTrail;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.SignedIn;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Pg;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit page folds a row that names many ids: an admin's page of 50 list views, each naming the 50 participants
 * the list showed, shows five numbers a row and how many more, not 2,500; the row's own page shows all 50, and the
 * filter by participant still finds a row that names that participant among many, and names them first.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SignedIn.class)
class AuditFoldingIntegrationTests {

    static final Pattern ROW = Pattern.compile("<tr data-audit-id=\"(\\d+)\">(.*?)</tr>", Pattern.DOTALL);
    static final Pattern SUBJECT = Pattern.compile("href=\"/audit\\?participant=([0-9a-f-]{36})\"");
    static final Pattern MORE = Pattern.compile("<a class=\"audit-more\" href=\"/audit/(\\d+)\">([^<]*)</a>");

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditTrail trail;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    JdbcClient owner;
    Account administrator;
    WebSession admin;
    WebSession otherAdmin;
    final List<UUID> listed = new ArrayList<>();
    final List<UUID> few = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    long fewRow;

    @BeforeAll
    void fiftyListViewsOfFiftyParticipants() {
        owner = JdbcClient.create(ownerDataSource);
        UUID organisation = accounts.organisation("Audit folding");
        administrator = accounts.account(organisation, Role.ORGANISATION_ADMIN);
        for (int i = 0; i < 50; i++) {
            listed.add(UUID.randomUUID());
        }
        owner.sql("""
                insert into audit_event (organisation_id, occurred_at, account_id, action, subject_type, subject_ids)
                select ?, timestamptz '2026-03-01 10:00:00+00' + g * interval '1 minute', ?, 'LIST', 'participant',
                       cast(? as uuid[])
                from generate_series(1, 50) g""")
                .params(organisation, administrator.id(), Pg.array(listed))
                .update();
        fewRow = owner.sql("""
                insert into audit_event (organisation_id, occurred_at, account_id, action, subject_type, subject_ids)
                values (?, timestamptz '2026-03-01 09:00:00+00', ?, 'ASSIGN', 'participant', cast(? as uuid[]))
                returning id""")
                .params(organisation, administrator.id(), Pg.array(few))
                .query(Long.class)
                .single();
        admin = accounts.signedIn(administrator);
        UUID elsewhere = accounts.organisation("Audit folding elsewhere");
        otherAdmin = accounts.signedIn(elsewhere, Role.ORGANISATION_ADMIN);
    }

    @Test
    void showsFiveNumbersOfARowNamingFiftyAndHowManyMoreWithinABoundedPage() {
        String page = ok(admin, "/audit");

        List<String> rows = rows(page);
        assertThat(rows).hasSize(50);
        for (String row : rows) {
            assertThat(all(SUBJECT, row, 1))
                    .hasSize(AuditRow.SHOWN)
                    .containsExactlyElementsOf(
                            listed.subList(0, 5).stream().map(UUID::toString).toList());
            Matcher more = MORE.matcher(row);
            assertThat(more.find()).as(row).isTrue();
            assertThat(more.group(2)).contains("45");
        }
        assertThat(all(SUBJECT, page, 1)).as("numbers on the page").hasSize(50 * AuditRow.SHOWN);
        // before the fold the page drew 2,500 numbers, each a link: 250 KB and more
        assertThat(page.getBytes(StandardCharsets.UTF_8).length).as("bytes").isLessThan(64 * 1024);
    }

    @Test
    void aPageReadsOnlyTheIdsARowShowsAndHowManyItNames() {
        SignedIn.as(administrator);

        List<AuditTrail.Entry> entries =
                trail.page(AuditTrail.Filter.NONE, null, 50).rows();

        assertThat(entries).hasSize(50);
        for (AuditTrail.Entry entry : entries) {
            assertThat(entry.subjects()).containsExactlyElementsOf(listed.subList(0, AuditRow.SHOWN));
            assertThat(entry.subjectCount()).isEqualTo(listed.size());
        }
        AuditTrail.Entry whole = trail.entry(entries.get(0).id()).orElseThrow();
        assertThat(whole.subjects()).containsExactlyElementsOf(listed);
        assertThat(whole.subjectCount()).isEqualTo(listed.size());
    }

    @Test
    void showsEveryNumberOfARowOnItsOwnPage() {
        Matcher more = MORE.matcher(ok(admin, "/audit"));
        assertThat(more.find()).isTrue();

        String event = ok(admin, "/audit/" + more.group(1));

        assertThat(all(SUBJECT, event, 1))
                .containsExactlyElementsOf(listed.stream().map(UUID::toString).toList());
        assertThat(event).contains("data-audit-id=\"" + more.group(1) + "\"");
    }

    @Test
    void showsARowNamingAFewWhole() {
        String page = ok(admin, "/audit?action=ASSIGN");

        List<String> rows = rows(page);
        assertThat(rows).hasSize(1);
        assertThat(all(SUBJECT, rows.get(0), 1))
                .containsExactlyElementsOf(few.stream().map(UUID::toString).toList());
        assertThat(MORE.matcher(rows.get(0)).find()).isFalse();
        assertThat(all(SUBJECT, ok(admin, "/audit/" + fewRow), 1))
                .containsExactlyElementsOf(few.stream().map(UUID::toString).toList());
    }

    @Test
    void findsARowByAParticipantItNamesAmongManyAndNamesThemFirst() {
        UUID deep = listed.get(40);

        String page = ok(admin, "/audit?participant=" + deep);

        List<String> rows = rows(page);
        assertThat(rows).hasSize(50);
        for (String row : rows) {
            List<String> shown = all(SUBJECT, row, 1);
            assertThat(shown).hasSize(AuditRow.SHOWN);
            assertThat(shown.get(0)).isEqualTo(deep.toString());
        }
    }

    @Test
    void aRowOfAnotherOrganisationOrNoRowIsNotFound() {
        assertThat(otherAdmin.get("/audit/" + fewRow).statusCode()).isEqualTo(404);
        assertThat(admin.get("/audit/not-a-row").statusCode()).isEqualTo(404);
        assertThat(admin.get("/audit/99999999999999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void aPageStartsAtTheNewestRowsForACursorItCannotRead() {
        String unreadable = ok(admin, "/audit?action=ASSIGN&before=not-a-row");

        assertThat(rows(unreadable)).hasSize(1);
        assertThat(unreadable).contains("<option value=\"ASSIGN\" selected");
    }

    private static List<String> rows(String page) {
        return all(ROW, page, 2);
    }

    private static List<String> all(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group));
        }
        return found;
    }

    private String ok(WebSession session, String address) {
        HttpResponse<String> answer = session.get(address);
        assertThat(answer.statusCode()).as(address).isEqualTo(200);
        return answer.body();
    }
}

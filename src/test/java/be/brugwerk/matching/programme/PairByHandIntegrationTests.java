package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.matching.engine.MatchingPhase;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A pair made by hand from a waiting participant's row: the page offers the buddies who could take them now (approved,
 * consenting, with a free place), by name and searchable, and posts to the programme's pairs as before. A refusal
 * (the buddy has no free place left, the participant no longer waits, the pair is fixed already) shows that page
 * again saying why, with the search and the choice kept; a run going on answers 409.
 */
@FullStackTest
class PairByHandIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    MatchingRuns runs;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    Account coordinatorAccount;
    WebSession coordinator;
    ProgrammeFixtures programme;
    UUID amina;
    UUID entry;
    UUID lotte;
    UUID lieven;
    UUID jan;
    String pairPage;

    @BeforeEach
    void aminaWaitsAndThreeBuddiesOneOfThemFull() {
        coordinatorAccount = accounts.account(accounts.organisation("Pair by hand"), Role.COORDINATOR);
        coordinator = accounts.signedIn(coordinatorAccount);
        programme = ProgrammeFixtures.programme(coordinator, "By hand");
        amina = programme.waitingParticipant("Amina", true);
        UUID bram = programme.waitingParticipant("Bram", true);
        lotte = programme.approvedBuddy("Lotte", unique("lotte")).id();
        lieven = programme.approvedBuddy("Lieven", unique("lieven")).id();
        jan = programme.approvedBuddy("Jan", unique("jan")).id();
        entry = entryOf(amina);
        takePlace(jan, bram);
        pairPage = "/programmes/" + programme.programme + "/waiting/" + entry + "/pair";
    }

    @Test
    void reachesThePageFromTheWaitingListAndOffersOnlyBuddiesWithAFreePlace() {
        assertThat(coordinator
                        .get("/programmes/" + programme.programme + "?lang=en")
                        .body())
                .contains(pairPage)
                .contains("Make a pair for Amina");

        String page = coordinator.get(pairPage + "?lang=en").body();

        assertThat(page)
                .contains("Make a pair for Amina")
                .contains("value=\"" + lotte + "\"")
                .contains("value=\"" + lieven + "\"")
                .doesNotContain("value=\"" + jan + "\"")
                .contains("Lieven (free places: 1)");
    }

    @Test
    void searchesTheBuddiesByName() {
        String page = coordinator.get(pairPage + "?lang=en&q=LIE").body();

        assertThat(page)
                .contains("value=\"" + lieven + "\"")
                .doesNotContain("value=\"" + lotte + "\"")
                .contains("value=\"LIE\"");
        assertThat(coordinator.get(pairPage + "?lang=en&q=%25").body())
                .as("a percent sign is searched for as such")
                .doesNotContain("value=\"" + lieven + "\"")
                .contains("No buddy with a free place matches.");
    }

    @Test
    void fixesThePairChosenAndRunsTheRest() {
        HttpResponse<String> fixed = fix(lieven, "lie");

        assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(302);
        assertThat(owner().sql("""
                        select buddy_id from buddy_pair where participant_id = ? and status = 'PROPOSED'
                          and fixed_by_coordinator""").param(amina).query(UUID.class).single()).isEqualTo(lieven);
    }

    @Test
    void refusesABuddyWhoseLastPlaceWasTakenMeanwhileKeepingTheSearch() {
        takePlace(lieven, programme.waitingParticipant("Chris", true));

        HttpResponse<String> refused = fix(lieven, "lie");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("This buddy has no free place left.")
                .as("the refusal is an error summary, which the page's script focuses")
                .contains("role=\"alert\" tabindex=\"-1\" data-error-summary id=\"fix-refused\"")
                .contains("name=\"q\" maxlength=\"100\" value=\"lie\"")
                .doesNotContain("value=\"" + lieven + "\"");
        assertThat(fixedPairs()).isZero();
    }

    @Test
    void refusesAParticipantWhoNoLongerWaits() {
        owner().sql("update waiting_entry set status = 'DONE' where id = ?")
                .param(entry)
                .update();

        HttpResponse<String> refused = fix(lotte, "");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("This participant no longer waits: paired or taken off the waiting list meanwhile.")
                .contains("This participant no longer waits (pair completed)")
                .doesNotContain("value=\"" + lotte + "\"");
        assertThat(fixedPairs()).isZero();
        HttpResponse<String> api = coordinator.sendJson(
                "POST",
                "/api/v1/programmes/" + programme.programme + "/pairs",
                "{\"waitingEntry\":\"" + entry + "\",\"buddy\":\"" + lotte + "\"}");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"field\":\"waitingEntry\"").contains("matching.refused.noLongerWaiting");
    }

    @Test
    void refusesAPairFixedAlreadyKeepingTheChoice() {
        assertThat(fix(lotte, "").statusCode()).isEqualTo(302);

        HttpResponse<String> again = fix(lotte, "lo");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body())
                .contains("This pair is fixed already.")
                .containsPattern("value=\"" + lotte + "\"\\s+checked=\"checked\"");
        assertThat(fixedPairs()).isEqualTo(1);
    }

    @Test
    void answers409WhenARunGoesOnTheFixedPairBeingSaved() throws Exception {
        WebSession secondTab = accounts.signedIn(coordinatorAccount);
        AtomicInteger status = new AtomicInteger();
        AtomicBoolean once = new AtomicBoolean();

        try (AutoCloseable duringTheSolve = runs.onPhase((id, phase) -> {
            if (id.equals(programme.programme) && phase == MatchingPhase.SOLVING && !once.getAndSet(true)) {
                status.set(secondTab
                        .post(
                                "/programmes/" + programme.programme + "/pairs",
                                Map.of("waitingEntry", entry.toString(), "buddy", lieven.toString()))
                        .statusCode());
            }
        })) {
            programme.run();
        }

        assertThat(status.get()).isEqualTo(409);
        assertThat(fixedPairs()).isEqualTo(1);
    }

    private HttpResponse<String> fix(UUID buddy, String search) {
        return coordinator.post(
                "/programmes/" + programme.programme + "/pairs?lang=en",
                Map.of("waitingEntry", entry.toString(), "buddy", buddy.toString(), "q", search));
    }

    /** An accepted pair of the buddy (capacity 1) with another waiting participant: the buddy's place is taken. */
    private void takePlace(UUID buddy, UUID participant) {
        owner().sql("""
                insert into buddy_pair (id, organisation_id, programme_id, waiting_entry_id, participant_id, buddy_id,
                                        status, score, fixed_by_coordinator, proposed_at, decided_at)
                select gen_random_uuid(), w.organisation_id, w.programme_id, w.id, w.participant_id, ?,
                       'AWAITING_AGREEMENT', 1, false, now(), now()
                from waiting_entry w where w.id = ?""").params(buddy, entryOf(participant)).update();
    }

    private UUID entryOf(UUID participant) {
        return owner().sql("select id from waiting_entry where participant_id = ?")
                .param(participant)
                .query(UUID.class)
                .single();
    }

    private long fixedPairs() {
        return owner().sql("""
                select count(*) from buddy_pair where participant_id = ? and status = 'PROPOSED' and fixed_by_coordinator""").param(amina).query(Long.class).single();
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@buddies.test";
    }
}

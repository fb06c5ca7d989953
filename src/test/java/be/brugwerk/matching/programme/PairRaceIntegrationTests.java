package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.HeldTable;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two coordinators accept at the same moment, on real PostgreSQL: the database, not a check in Java, keeps a buddy
 * within their capacity and a participant in one pair. The two requests are made to overlap for certain, not by
 * timing: the test holds the pairs' table against writing until both requests are held up, each either saving its
 * pair after it read the buddy's free places or waiting for the other's lock on the buddy. Not the audit table: an
 * acceptance writes its first audit row (the participant's name read) before it reads the free places, so two
 * acceptances without the lock, held there, would read them after the table was let go, in either order.
 */
@FullStackTest
class PairRaceIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @Test
    void twoCoordinatorsAcceptingForTheBuddysLastPlaceAtOnceGetOneAcceptanceAndOneConflict() throws Exception {
        Account first = accounts.account(accounts.organisation("Pair race"), Role.COORDINATOR);
        Account second = accounts.account(first.organisation(), Role.COORDINATOR);
        WebSession anna = accounts.signedIn(first);
        ProgrammeFixtures programme = ProgrammeFixtures.programme(anna, "Race");
        anna.post(
                "/programmes/" + programme.programme + "/coordinators",
                Map.of("account", second.id().toString()));
        programme.waitingParticipant("Amina", true);
        programme.waitingParticipant("Bram", true);
        UUID lotte = programme.appliedBuddy("Lotte", "lotte-" + UUID.randomUUID() + "@test.brugwerk", "2");
        assertThat(anna.post(
                                "/programmes/" + programme.programme + "/buddies/" + lotte + "/approve",
                                Map.of("intakeHeld", "true"))
                        .statusCode())
                .isEqualTo(302);
        programme.run();
        List<UUID> proposals = owner().sql("select id from buddy_pair where programme_id = ? and status = 'PROPOSED'")
                .param(programme.programme)
                .query(UUID.class)
                .list();
        assertThat(proposals).as("both participants proposed to Lotte").hasSize(2);
        // Lotte's coordinator corrected her capacity after the run: one place left for two proposals.
        owner().sql("update buddy set capacity = 1 where id = ?").param(lotte).update();
        WebSession ben = accounts.signedIn(second);
        ben.get("/programmes/" + programme.programme);

        List<HttpResponse<String>> answers = HeldTable.holding(ownerDataSource, "buddy_pair")
                .answersOf(
                        () -> accept(anna, programme, proposals.get(0)),
                        () -> accept(ben, programme, proposals.get(1)),
                        HeldTable.TWO_HELD_UP);

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        assertThat(answers)
                .filteredOn(answer -> answer.statusCode() == 409)
                .singleElement()
                .satisfies(conflict ->
                        assertThat(conflict.body()).contains("\"status\":409").contains("buddy"));
        assertThat(owner().sql("select count(*) from buddy_pair where buddy_id = ? and status = 'AWAITING_AGREEMENT'")
                        .param(lotte)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theDatabaseItselfRefusesASecondAcceptedPairForAParticipant() {
        Account coordinator = accounts.account(accounts.organisation("Pair index"), Role.COORDINATOR);
        WebSession session = accounts.signedIn(coordinator);
        ProgrammeFixtures programme = ProgrammeFixtures.programme(session, "Index");
        programme.waitingParticipant("Amina", true);
        programme.approvedBuddy("Lotte", "lotte-" + UUID.randomUUID() + "@test.brugwerk");
        programme.run();
        UUID pair = owner().sql("select id from buddy_pair where programme_id = ? and status = 'PROPOSED'")
                .param(programme.programme)
                .query(UUID.class)
                .single();
        assertThat(accept(session, programme, pair).statusCode()).isEqualTo(200);

        assertThatThrownBy(
                        () -> owner().sql("""
                insert into buddy_pair (id, organisation_id, programme_id, waiting_entry_id, participant_id, buddy_id, status,
                    score, fixed_by_coordinator, proposed_at)
                select ?, organisation_id, programme_id, waiting_entry_id, participant_id, buddy_id, 'ACTIVE', score, true,
                    proposed_at
                from buddy_pair where id = ?""").params(UUID.randomUUID(), pair).update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    private static HttpResponse<String> accept(WebSession session, ProgrammeFixtures programme, UUID pair) {
        return session.sendJson("POST", "/api/v1/programmes/" + programme.programme + "/pairs/" + pair + "/accept", "");
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }
}

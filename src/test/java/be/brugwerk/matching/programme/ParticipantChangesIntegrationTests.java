package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.brugwerk.people.ConsentPurpose;
import be.brugwerk.people.ConsentWithdrawn;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.OneConnectionPerThread;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import be.brugwerk.system.events.UnfinishedReactions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matching reacts to what happens to a participant in {@code people}, through the event publication registry: an
 * accepted pair whose participant withdraws their consent to matching, or is archived, is signalled to the coordinator;
 * the reaction works inside the event's organisation only; a reaction that fails stays in the registry and happens,
 * once, when it is resubmitted.
 */
@FullStackTest
class ParticipantChangesIntegrationTests {

    private static final Duration REACTION = Duration.ofSeconds(20);

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    UnfinishedReactions unfinished;

    Account coordinatorAccount;
    WebSession coordinator;
    ProgrammeFixtures programme;
    UUID amina;
    UUID pair;
    List<String> refusalsBefore;

    @BeforeEach
    void rememberRefusals() {
        refusalsBefore = OneConnectionPerThread.refusals();
    }

    @AfterEach
    void noThreadHeldTwoConnections() {
        assertThat(OneConnectionPerThread.refusals()).isEqualTo(refusalsBefore);
    }

    @Test
    void signalsAnAcceptedPairWhoseParticipantWithdrewTheirConsentToMatching() {
        anAcceptedPairOfAminaAndLotte("Consent withdrawn, pair accepted");
        assertThat(programmePage()).doesNotContain("the participant withdrew their consent to matching");

        assertThat(coordinator
                        .post("/participants/" + amina + "/consents/MATCHING/withdraw", Map.of())
                        .statusCode())
                .isEqualTo(302);

        await().atMost(REACTION)
                .untilAsserted(
                        () -> assertThat(programmePage())
                                .contains(
                                        "Amina – Lotte: the participant withdrew their consent to matching; agree how the pair ends."));
        assertThat(noted(pair, "participant_consent_withdrawn_at")).isTrue();
        assertThat(status(pair))
                .as("the coordinator ends the pair, not the reaction")
                .isEqualTo("AWAITING_AGREEMENT");
        await().atMost(REACTION).until(() -> publicationsNaming(amina) == 0);
    }

    @Test
    void leavesThePairAloneWhenAnotherConsentIsWithdrawn() {
        anAcceptedPairOfAminaAndLotte("Sharing consent withdrawn");
        assertThat(coordinator
                        .post(
                                "/participants/" + amina + "/consents",
                                Map.of("purpose", "SHARING", "sharedWith", "VOLUNTEER_COACH"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(coordinator
                        .post("/participants/" + amina + "/consents/SHARING/withdraw", Map.of())
                        .statusCode())
                .isEqualTo(302);

        await().atMost(REACTION).until(() -> publicationsNaming(amina) == 0);
        assertThat(noted(pair, "participant_consent_withdrawn_at")).isFalse();
        assertThat(programmePage()).doesNotContain("the participant withdrew their consent to matching");
    }

    @Test
    void signalsAnAcceptedPairWhoseParticipantWasArchived() {
        anAcceptedPairOfAminaAndLotte("Participant archived, pair accepted");

        assertThat(coordinator
                        .post("/participants/" + amina + "/archive", Map.of())
                        .statusCode())
                .isEqualTo(302);

        await().atMost(REACTION)
                .untilAsserted(() -> assertThat(programmePage())
                        .contains("Amina – Lotte: the participant was archived; agree how the pair ends."));
        assertThat(noted(pair, "participant_consent_withdrawn_at")).isFalse();
        await().atMost(REACTION).until(() -> publicationsNaming(amina) == 0);
    }

    @Test
    void reactsOnlyInsideTheOrganisationTheEventNames() {
        anAcceptedPairOfAminaAndLotte("Organisation of the event");
        UUID otherOrganisation = accounts.organisation("Another organisation");

        // An event of another organisation naming Amina: its reaction runs for that organisation and cannot reach her.
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> events.publishEvent(new ConsentWithdrawn(
                        otherOrganisation, new ParticipantId(amina), ConsentPurpose.MATCHING, clock.instant())));

        await().atMost(REACTION).until(() -> publicationsNaming(amina) == 0);
        assertThat(noted(pair, "participant_consent_withdrawn_at")).isFalse();
        assertThat(programmePage()).doesNotContain("the participant withdrew their consent to matching");
    }

    @Test
    void aReactionThatFailedIsResubmittedAndHappensOnce() {
        anAcceptedPairOfAminaAndLotte("Reaction fails once");
        // The database refuses the reaction's update of this one pair until the trigger is dropped.
        owner().sql("""
                create function refuse_once_%s() returns trigger language plpgsql as $$
                begin raise exception 'refused by the test'; end $$""".formatted(suffix())).update();
        owner().sql("""
                create trigger refuse_once_%1$s before update of participant_consent_withdrawn_at on buddy_pair
                for each row when (new.id = '%2$s') execute function refuse_once_%1$s()""".formatted(suffix(), pair)).update();
        try {
            coordinator.post("/participants/" + amina + "/consents/MATCHING/withdraw", Map.of());

            await().atMost(REACTION).until(() -> failedPublicationsNaming(amina) == 1);
            assertThat(noted(pair, "participant_consent_withdrawn_at")).isFalse();
            unfinished.resubmit();
            assertThat(failedPublicationsNaming(amina))
                    .as("too young to be taken again")
                    .isEqualTo(1);
        } finally {
            owner().sql("drop trigger refuse_once_%s on buddy_pair".formatted(suffix()))
                    .update();
            owner().sql("drop function refuse_once_%s()".formatted(suffix())).update();
        }

        clock.advance(Duration.ofMinutes(2));
        unfinished.resubmit();

        await().atMost(REACTION).until(() -> publicationsNaming(amina) == 0);
        assertThat(noted(pair, "participant_consent_withdrawn_at")).isTrue();
        coordinator = accounts.signedIn(coordinatorAccount);
        String page = programmePage();
        assertThat(page.split("the participant withdrew their consent to matching", -1))
                .as("signalled once")
                .hasSize(2);
    }

    /** Amina waits, Lotte is a buddy, a run proposed them and the coordinator accepted: the pair waits for agreement. */
    private void anAcceptedPairOfAminaAndLotte(String name) {
        coordinatorAccount = accounts.account(accounts.organisation(name), Role.COORDINATOR);
        coordinator = accounts.signedIn(coordinatorAccount);
        programme = ProgrammeFixtures.programme(coordinator, name);
        amina = programme.waitingParticipant("Amina", true);
        programme.approvedBuddy("Lotte", "lotte-" + UUID.randomUUID() + "@test.brugwerk");
        programme.run();
        pair = owner().sql("select id from buddy_pair where programme_id = ? and status = 'PROPOSED'")
                .param(programme.programme)
                .query(UUID.class)
                .single();
        coordinator.post("/programmes/" + programme.programme + "/pairs/" + pair + "/accept", Map.of());
        assertThat(status(pair)).isEqualTo("AWAITING_AGREEMENT");
    }

    private String programmePage() {
        return coordinator
                .get("/programmes/" + programme.programme + "?lang=en")
                .body();
    }

    private boolean noted(UUID pair, String column) {
        return owner().sql("select " + column + " is not null from buddy_pair where id = ?")
                .param(pair)
                .query(Boolean.class)
                .single();
    }

    private String status(UUID pair) {
        return owner().sql("select status from buddy_pair where id = ?")
                .param(pair)
                .query(String.class)
                .single();
    }

    /** Publications still in the registry whose event names the participant (a finished one is deleted). */
    private long publicationsNaming(UUID participant) {
        return owner().sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + participant + "%")
                .query(Long.class)
                .single();
    }

    private long failedPublicationsNaming(UUID participant) {
        return owner().sql("select count(*) from event_publication where serialized_event like ? and status = 'FAILED'")
                .param("%" + participant + "%")
                .query(Long.class)
                .single();
    }

    private String suffix() {
        return pair.toString().replace("-", "_");
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }
}

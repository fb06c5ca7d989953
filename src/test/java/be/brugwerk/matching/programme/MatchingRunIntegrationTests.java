package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.matching.engine.MatchingPhase;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * Matching runs end to end on real PostgreSQL: who enters a run, what a rejection excludes, the database lock
 * that refuses a second start (tested with latches, not timing), the progress a coordinator sees, and that a
 * failed run changes nothing.
 */
@FullStackTest
class MatchingRunIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MatchingRuns runs;

    @Autowired
    MutableClock clock;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    Account coordinatorAccount;
    WebSession coordinator;

    @BeforeEach
    void aCoordinator() {
        coordinatorAccount = accounts.account(accounts.organisation("Matching runs"), Role.COORDINATOR);
        coordinator = accounts.signedIn(coordinatorAccount);
    }

    @Test
    void leavesOutParticipantsWithoutACurrentMatchingConsent() {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Consent");
        UUID consenting = programme.waitingParticipant("Amina", true);
        UUID notConsenting = programme.waitingParticipant("Bram", false);
        programme.approvedBuddy("Lotte", unique("lotte"));
        programme.approvedBuddy("Jan", unique("jan"));

        programme.run();

        assertThat(proposedParticipants(programme.programme))
                .containsExactly(consenting)
                .doesNotContain(notConsenting);
    }

    @Test
    void neverProposesAPairAgainOnceItWasRejected() {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Exclusion");
        programme.waitingParticipant("Amina", true);
        programme.approvedBuddy("Lotte", unique("lotte"));
        programme.approvedBuddy("Jan", unique("jan"));
        programme.run();
        Map<String, Object> first = proposals(programme.programme).get(0);
        assertThat(coordinator
                        .getJson("/api/v1/programmes/" + programme.programme + "/pairs")
                        .body())
                .contains("\"criterion\":\"WAITING\"")
                .contains("\"participantName\":\"Amina\"");

        HttpResponse<String> rejected = coordinator.post(
                "/programmes/" + programme.programme + "/pairs/" + first.get("id") + "/reject",
                Map.of("reason", "They know each other"));
        assertThat(rejected.statusCode()).isEqualTo(302);
        programme.run();

        List<Map<String, Object>> second = proposals(programme.programme);
        assertThat(second).hasSize(1);
        assertThat(second.get(0).get("buddy_id")).isNotEqualTo(first.get("buddy_id"));
        programme.run();
        assertThat(proposals(programme.programme))
                .extracting(p -> p.get("buddy_id"))
                .doesNotContain(first.get("buddy_id"));
    }

    @Test
    void rematchesAParticipantWhosePairStoppedEarlyWithAnotherBuddyAndTheirOriginalDate() {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Rematch");
        UUID amina = programme.waitingParticipant("Amina", true);
        programme.approvedBuddy("Lotte", unique("lotte"));
        programme.approvedBuddy("Jan", unique("jan"));
        programme.run();
        Map<String, Object> first = proposals(programme.programme).get(0);
        String pair = "/programmes/" + programme.programme + "/pairs/" + first.get("id");
        coordinator.post(pair + "/accept", Map.of());
        String enteredOn = enteredOn(amina);

        clock.advance(Duration.ofDays(3));
        coordinator = accounts.signedIn(coordinatorAccount);
        coordinator.post(pair + "/end", Map.of("outcome", "STOPPED", "reason", "Moved away"));
        programme = programme.as(coordinator);
        programme.run();

        List<Map<String, Object>> again = proposals(programme.programme);
        assertThat(again).hasSize(1);
        assertThat(again.get(0).get("participant_id")).isEqualTo(amina);
        assertThat(again.get(0).get("buddy_id")).isNotEqualTo(first.get("buddy_id"));
        assertThat(enteredOn(amina))
                .isEqualTo(enteredOn)
                .isNotEqualTo(LocalDate.now(clock).toString());
    }

    @Test
    void keepsAPairFixedByHandAndReRunsTheRestAroundIt() {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Fixed by hand");
        UUID amina = programme.waitingParticipant("Amina", true);
        UUID bram = programme.waitingParticipant("Bram", true);
        UUID lotte = programme.approvedBuddy("Lotte", unique("lotte")).id();
        UUID jan = programme.approvedBuddy("Jan", unique("jan")).id();
        programme.run();
        UUID proposedToAmina = buddyProposedTo(programme.programme, amina);
        UUID other = proposedToAmina.equals(lotte) ? jan : lotte;
        UUID entry = owner().sql("select id from waiting_entry where participant_id = ?")
                .param(amina)
                .query(UUID.class)
                .single();

        HttpResponse<String> fixed = coordinator.post(
                "/programmes/" + programme.programme + "/pairs",
                Map.of("waitingEntry", entry.toString(), "buddy", other.toString()));
        assertThat(fixed.statusCode()).isEqualTo(302);
        ProgrammeFixtures.follow(coordinator, fixed);

        assertThat(buddyProposedTo(programme.programme, amina)).isEqualTo(other);
        assertThat(buddyProposedTo(programme.programme, bram)).isEqualTo(proposedToAmina);
        assertThat(owner().sql(
                                "select fixed_by_coordinator from buddy_pair where participant_id = ? and status = 'PROPOSED'")
                        .param(amina)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        programme.run();
        assertThat(buddyProposedTo(programme.programme, amina)).isEqualTo(other);
        assertThat(buddyProposedTo(programme.programme, bram)).isEqualTo(proposedToAmina);
    }

    private UUID buddyProposedTo(UUID programme, UUID participant) {
        return owner().sql(
                        "select buddy_id from buddy_pair where programme_id = ? and participant_id = ? and status = 'PROPOSED'")
                .params(programme, participant)
                .query(UUID.class)
                .single();
    }

    @Test
    void withEqualFitTheLongerWaitWinsAndThePageStatesTheTradeOff() {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Longer wait");
        UUID bram = programme.waitingParticipant("Bram", true);
        UUID amina = programme.waitingParticipant("Amina", true);
        // Same intake for both (the fixture's); Amina entered 10 days before Bram, though registered after him.
        owner().sql("update waiting_entry set entered_on = entered_on - 10 where participant_id = ?")
                .param(amina)
                .update();
        programme.approvedBuddy("Lotte", unique("lotte"));

        programme.run();

        assertThat(proposedParticipants(programme.programme))
                .containsExactly(amina)
                .doesNotContain(bram);
        String page = coordinator
                .get("/programmes/" + programme.programme + "?lang=nl")
                .body();
        assertThat(page)
                .contains("30 dagen wachten wegen even zwaar als 10 punten match.")
                .contains("10 dagen gewacht (30 dagen wachten wegen 10 punten)");
    }

    @Test
    void explainsAPairInTheReadersLanguageWithPartsThatAddUpToItsScore() {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Reasons");
        programme.waitingParticipant("Amina", true);
        programme.approvedBuddy("Lotte", unique("lotte"));
        clock.advance(Duration.ofDays(12));
        coordinator = accounts.signedIn(coordinatorAccount);
        programme = programme.as(coordinator);
        programme.run();
        BigDecimal score = owner().sql("select score from buddy_pair where programme_id = ? and status = 'PROPOSED'")
                .param(programme.programme)
                .query(BigDecimal.class)
                .single();

        List<String> dutch = explanation(coordinator
                .get("/programmes/" + programme.programme + "?lang=nl")
                .body());
        assertThat(dutch).hasSize(6);
        assertThat(dutch)
                .anySatisfy(part ->
                        assertThat(part).startsWith("Taal: ").contains("beiden spreken Nederlands (A2 en moedertaal)"));
        assertThat(dutch).anySatisfy(part -> assertThat(part).contains("1 van 1 interesses gedeeld: koken"));
        assertThat(dutch)
                .anySatisfy(part -> assertThat(part).contains("12 dagen gewacht (30 dagen wachten wegen 10 punten)"));
        assertThat(dutch)
                .noneSatisfy(part -> assertThat(part).containsAnyOf("both speak", "interests", "waiting", "days"));
        assertThat(sumOfPoints(dutch, Locale.forLanguageTag("nl"))).isEqualByComparingTo(score);

        List<String> french = explanation(coordinator
                .get("/programmes/" + programme.programme + "?lang=fr")
                .body());
        assertThat(french).hasSize(6);
        assertThat(french)
                .anySatisfy(
                        part -> assertThat(part).contains("tous deux parlent néerlandais (A2 et langue maternelle)"));
        assertThat(french).anySatisfy(part -> assertThat(part).contains("1 centres d’intérêt communs sur 1 : koken"));
        assertThat(french).anySatisfy(part -> assertThat(part).contains("12 jours d’attente"));
        assertThat(french).noneSatisfy(part -> assertThat(part).containsAnyOf("both speak", "beiden", "waiting"));
        assertThat(sumOfPoints(french, Locale.forLanguageTag("fr"))).isEqualByComparingTo(score);
        coordinator.get("/programmes/" + programme.programme + "?lang=nl");
    }

    private static List<String> explanation(String page) {
        Matcher list = Pattern.compile("<ul class=\"explanation\">(.*?)</ul>", Pattern.DOTALL)
                .matcher(page);
        assertThat(list.find()).as("an explanation on the page").isTrue();
        Matcher item = Pattern.compile("<li>([^<]*)</li>").matcher(list.group(1));
        List<String> parts = new java.util.ArrayList<>();
        while (item.find()) {
            parts.add(HtmlUtils.htmlUnescape(item.group(1)));
        }
        return parts;
    }

    private static BigDecimal sumOfPoints(List<String> parts, Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setParseBigDecimal(true);
        BigDecimal sum = BigDecimal.ZERO;
        for (String part : parts) {
            Matcher points = Pattern.compile(":\\s([-0-9.,\\u00a0\\u202f ]+) (punten|points)")
                    .matcher(part);
            assertThat(points.find()).as(part).isTrue();
            try {
                sum = sum.add((BigDecimal) format.parse(points.group(1).strip()));
            } catch (java.text.ParseException e) {
                throw new AssertionError(part, e);
            }
        }
        return sum;
    }

    private String enteredOn(UUID participant) {
        return owner().sql("select cast(entered_on as text) from waiting_entry where participant_id = ?")
                .param(participant)
                .query(String.class)
                .single();
    }

    @Test
    void refusesASecondStartWhileARunHoldsTheLockAndShowsItsPhase() throws Exception {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Lock");
        programme.waitingParticipant("Amina", true);
        programme.approvedBuddy("Lotte", unique("lotte"));
        CountDownLatch inScoring = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (AutoCloseable hold = runs.onPhase((id, phase) -> {
            if (id.equals(programme.programme) && phase == MatchingPhase.SCORING) {
                inScoring.countDown();
                await(release);
            }
        })) {
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(programme::run);
            assertThat(inScoring.await(60, TimeUnit.SECONDS))
                    .as("the first run reached the scoring phase")
                    .isTrue();

            WebSession secondTab = accounts.signedIn(coordinatorAccount);
            HttpResponse<String> second =
                    secondTab.post("/programmes/" + programme.programme + "/runs?lang=en", Map.of());
            assertThat(second.statusCode()).isEqualTo(409);
            assertThat(second.body()).contains("a matching run that is going on");
            HttpResponse<String> byScript =
                    secondTab.sendJson("POST", "/api/v1/programmes/" + programme.programme + "/runs", "");
            assertThat(byScript.statusCode()).isEqualTo(409);
            assertThat(byScript.body())
                    .contains("\"status\":409")
                    .contains("A matching run of this programme is going on");
            assertThat(secondTab
                            .get("/programmes/" + programme.programme + "?lang=en")
                            .body())
                    .contains("Last run: scoring pairs");
            assertThat(secondTab
                            .get("/programmes/" + programme.programme + "/run")
                            .body())
                    .contains("Last run: scoring pairs")
                    .doesNotContain("<html");

            release.countDown();
            assertThat(first.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(302);
        }
        assertThat(proposals(programme.programme)).hasSize(1);
        assertThat(programme.run().statusCode())
                .as("the lock is released with the run")
                .isEqualTo(302);
    }

    @Test
    void aFailedRunChangesNothing() throws Exception {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Failure");
        programme.waitingParticipant("Amina", true);
        programme.waitingParticipant("Bram", true);
        programme.approvedBuddy("Lotte", unique("lotte"));
        programme.run();
        List<Map<String, Object>> before = proposals(programme.programme);
        assertThat(before).hasSize(1);
        programme.approvedBuddy("Jan", unique("jan"));

        try (AutoCloseable failing = runs.onPhase((id, phase) -> {
            if (id.equals(programme.programme) && phase == MatchingPhase.SOLVING) {
                throw new IllegalStateException("the solver broke down");
            }
        })) {
            assertThat(programme.run().statusCode()).isEqualTo(302);
        }

        assertThat(proposals(programme.programme)).isEqualTo(before);
        assertThat(owner().sql("select outcome from matching_run where programme_id = ? order by seq desc limit 1")
                        .param(programme.programme)
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED");
    }

    @Test
    void refusesABuddyWithCapacityZeroAndSaysWhy() {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Capacity");
        HttpResponse<String> refused = coordinator.post(
                "/programmes/" + programme.programme + "/buddies?lang=en",
                Map.of(
                        "name",
                        "Nul",
                        "email",
                        unique("nul"),
                        "capacity",
                        "0",
                        "consent",
                        "true",
                        "age",
                        "40",
                        "gender",
                        "MAN"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("A buddy takes at least 1 and at most 2 participants at once.");
        assertThat(programme.buddyIds()).isEmpty();
    }

    @Test
    void saysClearlyWhenAProgrammeHasNoCandidates() {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Empty");
        programme.approvedBuddy("Lotte", unique("lotte"));
        programme.run();
        assertThat(coordinator
                        .get("/programmes/" + programme.programme + "?lang=en")
                        .body())
                .contains("Nobody can be matched: no one on the waiting list with a current consent to matching.");
    }

    @Test
    void aBuddySeesOnlyTheirOwnPairs() {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Own pairs");
        programme.waitingParticipant("Amina", true);
        programme.waitingParticipant("Bram", true);
        String lotteEmail = unique("lotte");
        ProgrammeFixtures.Buddy lotte = programme.approvedBuddy("Lotte", lotteEmail);
        programme.approvedBuddy("Jan", unique("jan"));
        programme.run();
        for (Map<String, Object> proposal : proposals(programme.programme)) {
            coordinator.post(
                    "/programmes/" + programme.programme + "/pairs/" + proposal.get("id") + "/accept", Map.of());
        }
        WebSession buddy = new WebSession(port);
        buddy.get(lotte.activationLink());
        String token = lotte.activationLink().substring(lotte.activationLink().indexOf('=') + 1);
        assertThat(buddy.post("/activate", Map.of("token", token, "password", TestAccounts.PASSWORD))
                        .statusCode())
                .isEqualTo(302);
        assertThat(buddy.signIn(lotteEmail, TestAccounts.PASSWORD)).isTrue();

        List<Map<String, Object>> pairs = owner().sql("select id, buddy_id from buddy_pair where programme_id = ?")
                .param(programme.programme)
                .query()
                .listOfRows();
        assertThat(pairs).hasSize(2);
        String page = buddy.get("/buddy").body();
        for (Map<String, Object> pair : pairs) {
            boolean own = pair.get("buddy_id").equals(lotte.id());
            assertThat(page.contains(pair.get("id").toString()))
                    .as("pair shown")
                    .isEqualTo(own);
            int agreed = buddy.post("/buddy/pairs/" + pair.get("id") + "/agree", Map.of())
                    .statusCode();
            assertThat(agreed).as("agreeing to a pair").isEqualTo(own ? 302 : 404);
        }
        assertThat(buddy.get("/programmes/" + programme.programme).statusCode()).isEqualTo(403);
        assertThat(buddy.get("/participants").statusCode()).isEqualTo(403);
    }

    @Test
    void showsAProgrammeOnlyToItsCoordinatorsAndTheOrganisationAdmin() {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Shared");
        programme.appliedBuddy("Lotte", unique("lotte"), "1");
        Account colleagueAccount = accounts.account(coordinatorAccount.organisation(), Role.COORDINATOR);
        WebSession colleague = accounts.signedIn(colleagueAccount);
        WebSession admin = accounts.signedIn(coordinatorAccount.organisation(), Role.ORGANISATION_ADMIN);
        WebSession professional = accounts.signedIn(coordinatorAccount.organisation(), Role.PROFESSIONAL);
        String page = "/programmes/" + programme.programme;

        assertThat(colleague.get(page).statusCode()).isEqualTo(404);
        assertThat(colleague.get(page + "/buddies").statusCode()).isEqualTo(404);
        assertThat(professional.get(page + "/buddies").statusCode()).isEqualTo(403);
        assertThat(admin.get(page + "/buddies").body()).contains("Lotte");

        coordinator.post(
                page + "/coordinators", Map.of("account", colleagueAccount.id().toString()));
        assertThat(colleague.get(page).statusCode()).isEqualTo(200);
        assertThat(colleague.get(page + "/buddies").body()).contains("Lotte");
    }

    @Test
    void makesNoPairForSomeoneWhoWithdrewTheirConsentAfterTheRun() {
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Withdrawn");
        UUID amina = programme.waitingParticipant("Amina", true);
        programme.approvedBuddy("Lotte", unique("lotte"));
        programme.run();
        Object pair = proposals(programme.programme).get(0).get("id");

        coordinator.post("/participants/" + amina + "/consents/MATCHING/withdraw", Map.of());
        coordinator.post("/programmes/" + programme.programme + "/pairs/" + pair + "/accept", Map.of());

        assertThat(coordinator
                        .get("/programmes/" + programme.programme + "?lang=en")
                        .body())
                .contains("The participant no longer consents to matching");
        assertThat(owner().sql("select status from buddy_pair where id = ?")
                        .param(pair)
                        .query(String.class)
                        .single())
                .isEqualTo("PROPOSED");
        programme.run();
        assertThat(coordinator
                        .get("/programmes/" + programme.programme + "?lang=en")
                        .body())
                .contains("no one on the waiting list with a current consent to matching");
    }

    private List<UUID> proposedParticipants(UUID programme) {
        return owner().sql("select participant_id from buddy_pair where programme_id = ? and status = 'PROPOSED'")
                .param(programme)
                .query(UUID.class)
                .list();
    }

    private List<Map<String, Object>> proposals(UUID programme) {
        return owner().sql("""
                select id, participant_id, buddy_id, score from buddy_pair where programme_id = ? and status = 'PROPOSED'
                order by participant_id""").param(programme).query().listOfRows();
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@test.brugwerk";
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.matching.PairEnded;
import be.brugwerk.matching.PairStarted;
import be.brugwerk.people.ConsentMissing;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The life of a pair and its rules, without Spring or a database. */
class PairUnitTests {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    static final UUID COORDINATOR = UUID.randomUUID();
    static final WaitingEntry AMINA = new WaitingEntry(
            UUID.randomUUID(),
            new ParticipantId(UUID.randomUUID()),
            LocalDate.parse("2026-01-10"),
            WaitingEntry.Status.WAITING,
            UUID.randomUUID());
    static final UUID LOTTE = UUID.randomUUID();

    /** Everyone consents, the participant is in no other pair, the buddy takes two and has none. */
    static final Pair.Circumstances FREE = new Pair.Circumstances(true, false, true, 2, 0);

    static Pair proposal() {
        return Pair.proposed(
                UUID.randomUUID(),
                UUID.randomUUID(),
                AMINA,
                LOTTE,
                UUID.randomUUID(),
                new BigDecimal("71.5"),
                false,
                NOW);
    }

    static Pair accepted() {
        Pair pair = proposal();
        pair.accept(FREE, COORDINATOR, NOW, "Amina");
        return pair;
    }

    @Test
    void acceptsAProposalWhichThenWaitsForBothPeoplesAgreement() {
        Pair pair = proposal();

        pair.accept(FREE, COORDINATOR, NOW, "Amina");

        assertThat(pair.status()).isEqualTo(PairStatus.AWAITING_AGREEMENT);
        assertThat(pair.stored().sharedName()).isEqualTo("Amina");
        assertThat(pair.stored().decidedBy()).isEqualTo(COORDINATOR);
        assertThat(pair.participantStanding()).isEqualTo(WaitingEntry.Status.WAITING);
    }

    @Test
    void acceptsWhenTheBuddyHasItsLastPlaceFree() {
        Pair pair = proposal();

        pair.accept(new Pair.Circumstances(true, false, true, 2, 1), COORDINATOR, NOW, "Amina");

        assertThat(pair.status()).isEqualTo(PairStatus.AWAITING_AGREEMENT);
    }

    @Test
    void refusesAcceptWhenBuddyIsFull() {
        Pair pair = proposal();

        assertThatThrownBy(
                        () -> pair.accept(new Pair.Circumstances(true, false, true, 2, 2), COORDINATOR, NOW, "Amina"))
                .isInstanceOfSatisfying(
                        VersionConflict.class,
                        conflict -> assertThat(conflict.messageKey()).isEqualTo("matching.conflict.availability"));
        assertThat(pair.status()).isEqualTo(PairStatus.PROPOSED);
    }

    @Test
    void refusesAcceptWhenTheParticipantIsInAnotherPair() {
        Pair pair = proposal();

        assertThatThrownBy(() -> pair.accept(new Pair.Circumstances(true, true, true, 2, 0), COORDINATOR, NOW, "Amina"))
                .isInstanceOfSatisfying(
                        VersionConflict.class,
                        conflict -> assertThat(conflict.messageKey()).isEqualTo("matching.conflict.pairing"));
        assertThat(pair.status()).isEqualTo(PairStatus.PROPOSED);
    }

    @Test
    void refusesAcceptWithoutTheParticipantsConsentToMatching() {
        Pair pair = proposal();

        assertThatThrownBy(
                        () -> pair.accept(new Pair.Circumstances(false, false, true, 2, 0), COORDINATOR, NOW, "Amina"))
                .isInstanceOf(ConsentMissing.class);
        assertThat(pair.status()).isEqualTo(PairStatus.PROPOSED);
    }

    @Test
    void refusesAcceptWhenTheBuddyWithdrewTheirConsent() {
        Pair pair = proposal();

        assertThatThrownBy(
                        () -> pair.accept(new Pair.Circumstances(true, false, false, 2, 0), COORDINATOR, NOW, "Amina"))
                .isInstanceOf(BuddyConsentWithdrawn.class);
    }

    @Test
    void refusesToDecideTwiceOnTheSameProposal() {
        Pair pair = accepted();

        assertThatThrownBy(() -> pair.accept(FREE, COORDINATOR, NOW, "Amina")).isInstanceOf(VersionConflict.class);
        assertThatThrownBy(() -> pair.reject("Changed my mind", COORDINATOR, NOW))
                .isInstanceOf(VersionConflict.class);
    }

    @Test
    void rejectsAProposalOnlyWithAReasonOfAtMost500Characters() {
        assertThatThrownBy(() -> proposal().reject("  ", COORDINATOR, NOW))
                .isInstanceOf(Refusal.class)
                .hasMessageStartingWith("reason: ");
        assertThatThrownBy(() -> proposal().reject("x".repeat(501), COORDINATOR, NOW))
                .isInstanceOf(Refusal.class)
                .hasMessageStartingWith("reason: ");

        Pair pair = proposal();
        pair.reject("  They know each other ", COORDINATOR, NOW);

        assertThat(pair.status()).isEqualTo(PairStatus.REJECTED);
        assertThat(pair.stored().rejectReason()).isEqualTo("They know each other");
        assertThatThrownBy(() -> pair.accept(FREE, COORDINATOR, NOW, "Amina")).isInstanceOf(VersionConflict.class);
    }

    @Test
    void startsOnlyOnceTheBuddyAndTheParticipantBothAgreed() {
        Pair pair = accepted();

        assertThat(pair.agreeAsBuddy(FREE, NOW, TODAY)).isFalse();
        assertThat(pair.status()).isEqualTo(PairStatus.AWAITING_AGREEMENT);
        assertThat(pair.agreeForParticipant(FREE, COORDINATOR, NOW, TODAY)).isTrue();

        assertThat(pair.status()).isEqualTo(PairStatus.ACTIVE);
        assertThat(pair.stored().startedOn()).isEqualTo(TODAY);
        assertThat(pair.participantStanding()).isEqualTo(WaitingEntry.Status.PAIRED);
    }

    @Test
    void startsWhicheverSideAgreesLast() {
        Pair pair = accepted();

        assertThat(pair.agreeForParticipant(FREE, COORDINATOR, NOW, TODAY)).isFalse();
        assertThat(pair.agreeAsBuddy(FREE, NOW, TODAY)).isTrue();

        assertThat(pair.status()).isEqualTo(PairStatus.ACTIVE);
    }

    @Test
    void keepsTheMomentOfTheFirstAgreementWhenASideAgreesTwice() {
        Pair pair = accepted();
        pair.agreeAsBuddy(FREE, NOW, TODAY);

        pair.agreeAsBuddy(FREE, NOW.plusSeconds(3600), TODAY);

        assertThat(pair.stored().buddyAgreedAt()).isEqualTo(NOW);
        assertThat(pair.status()).isEqualTo(PairStatus.AWAITING_AGREEMENT);
    }

    @Test
    void refusesAgreementToAProposalTheCoordinatorHasNotAccepted() {
        assertThatThrownBy(() -> proposal().agreeAsBuddy(FREE, NOW, TODAY))
                .isInstanceOf(Refusal.class)
                .hasMessageStartingWith("pair: ");
        assertThatThrownBy(() -> proposal().agreeForParticipant(FREE, COORDINATOR, NOW, TODAY))
                .isInstanceOf(Refusal.class)
                .hasMessageStartingWith("pair: ");
    }

    @Test
    void refusesAgreementOnceAConsentIsWithdrawn() {
        Pair pair = accepted();

        assertThatThrownBy(() -> pair.agreeForParticipant(
                        new Pair.Circumstances(false, false, true, 2, 0), COORDINATOR, NOW, TODAY))
                .isInstanceOf(ConsentMissing.class);
        assertThatThrownBy(() -> pair.agreeAsBuddy(new Pair.Circumstances(true, false, false, 2, 0), NOW, TODAY))
                .isInstanceOf(BuddyConsentWithdrawn.class);
        assertThat(pair.stored().participantAgreedAt()).isNull();
        assertThat(pair.stored().buddyAgreedAt()).isNull();
    }

    @Test
    void stopsEarlyOnlyWithAReasonAndTheParticipantWaitsAgain() {
        Pair pair = running();
        assertThatThrownBy(() -> pair.stopEarly(" ", TODAY))
                .isInstanceOf(Refusal.class)
                .hasMessageStartingWith("reason: ");
        assertThatThrownBy(() -> pair.stopEarly("x".repeat(501), TODAY))
                .isInstanceOf(Refusal.class)
                .hasMessageStartingWith("reason: ");

        pair.stopEarly("Moved away", TODAY.plusDays(5));

        assertThat(pair.status()).isEqualTo(PairStatus.STOPPED);
        assertThat(pair.stored().endReason()).isEqualTo("Moved away");
        assertThat(pair.stored().endedOn()).isEqualTo(TODAY.plusDays(5));
        assertThat(pair.participantStanding()).isEqualTo(WaitingEntry.Status.WAITING);
    }

    @Test
    void completesWithoutAReasonAndTheParticipantIsDone() {
        Pair pair = running();

        pair.complete("", TODAY.plusWeeks(26));

        assertThat(pair.status()).isEqualTo(PairStatus.COMPLETED);
        assertThat(pair.stored().endReason()).isNull();
        assertThat(pair.participantStanding()).isEqualTo(WaitingEntry.Status.DONE);
    }

    @Test
    void endsAnAcceptedPairThatNeverStarted() {
        Pair pair = accepted();

        pair.stopEarly("The participant moved", TODAY);

        assertThat(pair.status()).isEqualTo(PairStatus.STOPPED);
    }

    @Test
    void refusesToEndAProposalOrAPairThatEndedAlready() {
        assertThatThrownBy(() -> proposal().complete(null, TODAY))
                .isInstanceOf(Refusal.class)
                .hasMessageStartingWith("pair: ");
        Pair ended = running();
        ended.complete(null, TODAY);

        assertThatThrownBy(() -> ended.stopEarly("Again", TODAY))
                .isInstanceOf(Refusal.class)
                .hasMessageStartingWith("pair: ");
    }

    @Test
    void fixesAPairByHandAsAProposalEveryRunKeeps() {
        Pair pair = Pair.fixedByHand(UUID.randomUUID(), UUID.randomUUID(), AMINA, LOTTE, FREE, false, NOW);

        assertThat(pair.status()).isEqualTo(PairStatus.PROPOSED);
        assertThat(pair.fixedByCoordinator()).isTrue();
        assertThat(pair.participant()).isEqualTo(AMINA.participant());
    }

    @Test
    void refusesToFixAPairForSomeoneInAPairOrTwiceOrWithoutConsent() {
        UUID organisation = UUID.randomUUID();
        UUID programme = UUID.randomUUID();
        assertThatThrownBy(() -> Pair.fixedByHand(
                        organisation,
                        programme,
                        AMINA,
                        LOTTE,
                        new Pair.Circumstances(true, true, true, 2, 0),
                        false,
                        NOW))
                .isInstanceOf(Refusal.class)
                .hasMessageStartingWith("participant: ");
        assertThatThrownBy(() -> Pair.fixedByHand(organisation, programme, AMINA, LOTTE, FREE, true, NOW))
                .isInstanceOf(Refusal.class)
                .hasMessageStartingWith("buddy: ");
        assertThatThrownBy(() -> Pair.fixedByHand(
                        organisation,
                        programme,
                        AMINA,
                        LOTTE,
                        new Pair.Circumstances(false, false, true, 2, 0),
                        false,
                        NOW))
                .isInstanceOf(ConsentMissing.class);
        assertThatThrownBy(() -> Pair.fixedByHand(
                        organisation,
                        programme,
                        AMINA,
                        LOTTE,
                        new Pair.Circumstances(true, false, false, 2, 0),
                        false,
                        NOW))
                .isInstanceOf(BuddyConsentWithdrawn.class);
    }

    @Test
    void remembersTheStatusItWasReadWithSoTheSaveCanRefuseAStaleDecision() {
        Pair pair = Pair.restore(accepted().stored());

        pair.agreeAsBuddy(FREE, NOW, TODAY);
        pair.agreeForParticipant(FREE, COORDINATOR, NOW, TODAY);

        assertThat(pair.storedStatus()).isEqualTo(PairStatus.AWAITING_AGREEMENT);
        assertThat(pair.status()).isEqualTo(PairStatus.ACTIVE);
    }

    @Test
    void tellsOtherModulesNothingOfAProposalOrAnAcceptance() {
        Pair pair = proposal();
        assertThat(pair.happened()).isEmpty();

        pair.accept(FREE, COORDINATOR, NOW, "Amina");

        assertThat(pair.happened()).isEmpty();
    }

    @Test
    void tellsThatThePairStartedOnceBothAgreed() {
        Pair pair = accepted();
        pair.agreeAsBuddy(FREE, NOW, TODAY);
        assertThat(pair.happened()).as("only the buddy agreed").isEmpty();

        pair.agreeForParticipant(FREE, COORDINATOR, NOW, TODAY);

        assertThat(pair.happened())
                .contains(new PairStarted(pair.stored().organisationId(), pair.id(), AMINA.participant(), TODAY));
    }

    @Test
    void tellsThatARunningPairEndedAndWhetherItStoppedEarly() {
        Pair completed = Pair.restore(running().stored());
        Pair stopped = Pair.restore(running().stored());

        completed.complete(null, TODAY.plusWeeks(26));
        stopped.stopEarly("Moved away", TODAY.plusWeeks(3));

        assertThat(completed.happened())
                .contains(new PairEnded(
                        completed.stored().organisationId(),
                        completed.id(),
                        AMINA.participant(),
                        TODAY.plusWeeks(26),
                        false));
        assertThat(stopped.happened())
                .contains(new PairEnded(
                        stopped.stored().organisationId(),
                        stopped.id(),
                        AMINA.participant(),
                        TODAY.plusWeeks(3),
                        true));
    }

    @Test
    void tellsThatAnAcceptedPairEndedBeforeItStarted() {
        Pair pair = Pair.restore(accepted().stored());

        pair.stopEarly("The participant moved", TODAY);

        assertThat(pair.happened())
                .contains(new PairEnded(pair.stored().organisationId(), pair.id(), AMINA.participant(), TODAY, true));
    }

    private static Pair running() {
        Pair pair = accepted();
        pair.agreeAsBuddy(FREE, NOW, TODAY);
        pair.agreeForParticipant(FREE, COORDINATOR, NOW, TODAY);
        return pair;
    }
}

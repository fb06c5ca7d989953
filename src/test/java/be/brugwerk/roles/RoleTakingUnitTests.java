package be.brugwerk.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoleTakingUnitTests {

    static final UUID COACH = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID COORDINATOR = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    static final ParticipantId AMINA = new ParticipantId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    /** The repair café's helper role, taking two people, as stored at version 1. */
    private static ValuedRole role() {
        ValuedRole made = ValuedRole.fromNeed(
                UUID.randomUUID(), ValuedRoleUnitTests.AT_THE_REPAIR_CAFE, ValuedRoleUnitTests.repairCafeHelper());
        return stored(made);
    }

    private static ValuedRole stored(ValuedRole role) {
        return ValuedRole.restore(role.id(), role.version(), role.site(), role.details(), role.taken(), role.closed());
    }

    private static RoleTaking stored(RoleTaking t) {
        return RoleTaking.restore(new RoleTaking.Stored(
                t.id(),
                t.roleId(),
                t.participant(),
                t.version(),
                t.status(),
                t.proposedBy(),
                t.proposedAt(),
                t.onMap(),
                t.chosenAt(),
                t.chosenRecordedBy(),
                t.agreedAt(),
                t.agreedRecordedBy(),
                t.startedOn(),
                t.endedOn(),
                t.reason(),
                t.decidedAt(),
                t.checkInIntervalDays(),
                t.heldOn()));
    }

    private static RoleTaking proposed(ValuedRole role) {
        return RoleTaking.propose(UUID.randomUUID(), role, AMINA, false, COACH, NOW);
    }

    private static String refusedKey(Runnable change) {
        try {
            change.run();
        } catch (Refusal refusal) {
            return refusal.field() + ":" + refusal.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void goesFromProposalThroughChoiceAndAgreementToActiveAndEndedTakingAndFreeingAPlace() {
        ValuedRole role = role();
        RoleTaking taking = proposed(role);
        assertThat(taking.status()).isEqualTo(TakingStatus.PROPOSED);
        assertThat(taking.version()).isEqualTo(1);

        taking.choose(1, true, COACH, NOW);
        assertThat(taking.status()).isEqualTo(TakingStatus.CHOSEN);
        assertThat(taking.onMap()).isTrue();
        assertThat(taking.chosenRecordedBy()).isEqualTo(COACH);
        taking = stored(taking);

        taking.agree(2, role, COORDINATOR, NOW);
        assertThat(taking.status()).isEqualTo(TakingStatus.AGREED);
        assertThat(taking.holdsPlace()).isTrue();
        assertThat(role.taken()).isEqualTo(1);
        assertThat(role.changed()).isTrue();
        taking = stored(taking);
        role = stored(role);

        taking.start(3, role, MONDAY);
        assertThat(taking.status()).isEqualTo(TakingStatus.ACTIVE);
        assertThat(taking.startedOn()).isEqualTo(MONDAY);
        assertThat(role.taken()).as("starting takes no second place").isEqualTo(1);
        taking = stored(taking);

        taking.end(4, role, MONDAY.plusMonths(2), "  Moved to another town ", NOW);
        assertThat(taking.status()).isEqualTo(TakingStatus.ENDED);
        assertThat(taking.reason()).isEqualTo("Moved to another town");
        assertThat(taking.holdsPlace()).isFalse();
        assertThat(role.taken()).isZero();
        assertThat(taking.version()).isEqualTo(5);
    }

    @Test
    void aTakingOfACollectiveRoleStartsOnceItsGroupIsFormed() {
        ValuedRole meal = stored(ValuedRole.fromNeed(
                UUID.randomUUID(), ValuedRoleUnitTests.AT_THE_REPAIR_CAFE, ValuedRoleUnitTests.mealTogether("2")));
        RoleTaking first = proposed(meal);
        first.choose(1, true, COACH, NOW);
        first = stored(first);
        first.agree(2, meal, COORDINATOR, NOW);
        RoleTaking agreedAlone = stored(first);
        ValuedRole oneAgreed = stored(meal);

        assertThat(refusedKey(() -> agreedAlone.start(3, oneAgreed, MONDAY)))
                .isEqualTo("taking:roles.taking.groupNotFormed");
        assertThat(agreedAlone.status()).as("a refused start changes nothing").isEqualTo(TakingStatus.AGREED);

        RoleTaking second = RoleTaking.propose(
                UUID.randomUUID(),
                oneAgreed,
                new ParticipantId(UUID.fromString("00000000-0000-0000-0000-0000000000b2")),
                false,
                COACH,
                NOW);
        second.choose(1, false, COACH, NOW);
        second = stored(second);
        second.agree(2, oneAgreed, COORDINATOR, NOW);
        ValuedRole twoAgreed = stored(oneAgreed);

        agreedAlone.start(3, twoAgreed, MONDAY);
        assertThat(agreedAlone.status()).isEqualTo(TakingStatus.ACTIVE);
    }

    @Test
    void aRoleThatTakesNobodyNowIsNotProposedNorAgreedTo() {
        ValuedRole closed = role();
        closed.close(1);
        assertThat(refusedKey(() -> proposed(closed))).isEqualTo("role:roles.role.closed");

        ValuedRole full = role();
        full.take(1);
        full = stored(full);
        full.take(2);
        ValuedRole filled = stored(full);
        assertThat(refusedKey(() -> proposed(filled))).isEqualTo("role:roles.role.filled");

        ValuedRole last = role();
        RoleTaking chosen = proposed(last);
        chosen.choose(1, false, COACH, NOW);
        RoleTaking first = stored(chosen);
        last.close(1);
        ValuedRole closedMeanwhile = stored(last);
        assertThat(refusedKey(() -> first.agree(2, closedMeanwhile, COORDINATOR, NOW)))
                .isEqualTo("role:roles.role.closed");
        assertThat(first.status()).isEqualTo(TakingStatus.CHOSEN);
    }

    @Test
    void aParticipantHasOneCurrentTakingOfARole() {
        assertThat(refusedKey(() -> RoleTaking.propose(UUID.randomUUID(), role(), AMINA, true, COACH, NOW)))
                .isEqualTo("role:roles.taking.alreadyTaking");
    }

    @Test
    void theChoiceSaysYesOrNoToTheMap() {
        RoleTaking taking = proposed(role());
        assertThat(refusedKey(() -> taking.choose(1, null, COACH, NOW))).isEqualTo("onMap:roles.taking.onMapRequired");
        taking.choose(1, false, COACH, NOW);
        assertThat(taking.onMap()).isFalse();
    }

    @Test
    void eachStepOnlyFollowsTheOneBefore() {
        ValuedRole role = role();
        RoleTaking taking = proposed(role);
        assertThat(refusedKey(() -> taking.agree(1, role, COORDINATOR, NOW)))
                .isEqualTo("taking:roles.taking.notChosen");
        assertThat(refusedKey(() -> taking.start(1, role, MONDAY))).isEqualTo("taking:roles.taking.notAgreed");
        assertThat(refusedKey(() -> taking.end(1, role, MONDAY, "why", NOW)))
                .isEqualTo("taking:roles.taking.notActive");
        assertThat(role.taken()).as("nothing taken by a refused step").isZero();
        taking.choose(1, true, COACH, NOW);
        RoleTaking chosen = stored(taking);
        assertThat(refusedKey(() -> chosen.choose(2, true, COACH, NOW))).isEqualTo("taking:roles.taking.notProposed");
    }

    @Test
    void isDeclinedAtAnyStepBeforeActiveWithAReasonFreeingAPlaceTaken() {
        RoleTaking proposal = proposed(role());
        assertThat(refusedKey(() -> proposal.decline(1, null, " ", NOW)))
                .isEqualTo("reason:roles.taking.reasonRequired");
        proposal.decline(1, null, "Prefers the library", NOW);
        assertThat(proposal.status()).isEqualTo(TakingStatus.DECLINED);

        ValuedRole role = role();
        RoleTaking taking = proposed(role);
        taking.choose(1, true, COACH, NOW);
        taking = stored(taking);
        taking.agree(2, role, COORDINATOR, NOW);
        RoleTaking agreed = stored(taking);
        ValuedRole held = stored(role);
        assertThat(held.taken()).isEqualTo(1);
        agreed.decline(3, held, "The actor found someone else", NOW);
        assertThat(agreed.status()).isEqualTo(TakingStatus.DECLINED);
        assertThat(held.taken()).as("the place is free again").isZero();

        RoleTaking declined = stored(agreed);
        assertThat(refusedKey(() -> declined.decline(4, held, "again", NOW)))
                .isEqualTo("taking:roles.taking.notBeforeActive");
    }

    @Test
    void anActiveTakingIsEndedNotDeclinedAndNotBeforeItStarted() {
        ValuedRole role = role();
        RoleTaking taking = proposed(role);
        taking.choose(1, true, COACH, NOW);
        taking = stored(taking);
        taking.agree(2, role, COORDINATOR, NOW);
        taking = stored(taking);
        taking.start(3, role, MONDAY);
        RoleTaking active = stored(taking);
        ValuedRole held = stored(role);
        assertThat(refusedKey(() -> active.decline(4, held, "no", NOW)))
                .isEqualTo("taking:roles.taking.notBeforeActive");
        assertThat(refusedKey(() -> active.end(4, held, MONDAY.minusDays(1), "no", NOW)))
                .isEqualTo("date:roles.taking.endBeforeStart");
        assertThat(refusedKey(() -> active.end(4, held, MONDAY, null, NOW)))
                .isEqualTo("reason:roles.taking.reasonRequired");
        assertThat(refusedKey(() -> active.end(4, held, MONDAY, "x".repeat(501), NOW)))
                .isEqualTo("reason:roles.role.tooLong");
        assertThat(held.taken()).as("a refused end frees nothing").isEqualTo(1);
    }

    @Test
    void aCheckInIsOnAnActiveTakingDatedFromItsStartUntilTodayWithANote() {
        ValuedRole role = role();
        RoleTaking taking = proposed(role);
        assertThat(refusedKey(() -> taking.checkIn(MONDAY, "Going well", MONDAY)))
                .isEqualTo("taking:roles.taking.notActive");
        taking.choose(1, true, COACH, NOW);
        RoleTaking chosen = stored(taking);
        chosen.agree(2, role, COORDINATOR, NOW);
        RoleTaking agreed = stored(chosen);
        agreed.start(3, role, MONDAY);
        RoleTaking active = stored(agreed);
        LocalDate today = MONDAY.plusDays(14);
        assertThat(refusedKey(() -> active.checkIn(MONDAY.minusDays(1), "Early", today)))
                .isEqualTo("date:roles.taking.checkInDate");
        assertThat(refusedKey(() -> active.checkIn(today.plusDays(1), "Tomorrow", today)))
                .isEqualTo("date:roles.taking.checkInDate");
        assertThat(refusedKey(() -> active.checkIn(today, " ", today))).isEqualTo("note:roles.taking.noteRequired");
        RoleTaking.CheckIn checkIn = active.checkIn(today, "  Fixed three lamps with Jef ", today);
        assertThat(checkIn.on()).isEqualTo(today);
        assertThat(checkIn.note()).isEqualTo("Fixed three lamps with Jef");
        assertThat(active.changed())
                .as("a check-in leaves the taking's version")
                .isFalse();
    }

    @Test
    void aTakingStartsWithACheckInDueEveryFourteenDaysUnlessTheCoachSaysOtherwise() {
        ValuedRole role = role();
        RoleTaking taking = proposed(role);
        taking.choose(1, true, COACH, NOW);
        RoleTaking chosen = stored(taking);
        chosen.agree(2, role, COORDINATOR, NOW);
        RoleTaking agreed = stored(chosen);
        assertThat(refusedKey(() -> stored(agreed).start(3, role, MONDAY, 0)))
                .isEqualTo("checkInIntervalDays:roles.taking.checkInInterval");
        assertThat(refusedKey(() -> stored(agreed).start(3, role, MONDAY, 366)))
                .isEqualTo("checkInIntervalDays:roles.taking.checkInInterval");
        RoleTaking byDefault = stored(agreed);
        byDefault.start(3, role, MONDAY);
        assertThat(byDefault.checkInIntervalDays()).isEqualTo(14);
        RoleTaking weekly = stored(agreed);
        weekly.start(3, role, MONDAY, 7);
        RoleTakingView view = RoleTakingView.of(stored(weekly));
        assertThat(view.checkInIntervalDays()).isEqualTo(7);
        assertThat(view.checkInDue(null)).as("a week after the start").isEqualTo(MONDAY.plusDays(7));
        assertThat(view.checkInDue(MONDAY.plusDays(10)))
                .as("a week after the last check-in")
                .isEqualTo(MONDAY.plusDays(17));
        assertThat(RoleTakingView.of(agreed).checkInDue(null))
                .as("nothing is due before the start")
                .isNull();
    }

    @Test
    void theFirstCheckInEightWeeksAfterTheStartFindsTheTakingHolding() {
        ValuedRole role = role();
        RoleTaking taking = proposed(role);
        taking.choose(1, true, COACH, NOW);
        RoleTaking chosen = stored(taking);
        chosen.agree(2, role, COORDINATOR, NOW);
        RoleTaking agreed = stored(chosen);
        agreed.start(3, role, MONDAY);
        RoleTaking active = stored(agreed);
        LocalDate today = MONDAY.plusDays(100);
        assertThat(active.holdsFirstWith(active.checkIn(MONDAY.plusDays(55), "Going well", today)))
                .as("a day short of eight weeks")
                .isFalse();
        assertThat(active.holdsFirstWith(active.checkIn(MONDAY.plusDays(56), "Going well", today)))
                .isTrue();
        RoleTaking held = RoleTaking.restore(new RoleTaking.Stored(
                active.id(),
                active.roleId(),
                active.participant(),
                active.version(),
                active.status(),
                active.proposedBy(),
                active.proposedAt(),
                active.onMap(),
                active.chosenAt(),
                active.chosenRecordedBy(),
                active.agreedAt(),
                active.agreedRecordedBy(),
                active.startedOn(),
                active.endedOn(),
                active.reason(),
                active.decidedAt(),
                active.checkInIntervalDays(),
                MONDAY.plusDays(56)));
        assertThat(held.holdsFirstWith(held.checkIn(MONDAY.plusDays(90), "Still going", today)))
                .as("once")
                .isFalse();
    }

    @Test
    void aStaleVersionIsAConflict() {
        RoleTaking taking = proposed(role());
        assertThatThrownBy(() -> taking.choose(2, true, COACH, NOW)).isInstanceOf(VersionConflict.class);
        assertThat(taking.status()).isEqualTo(TakingStatus.PROPOSED);
    }
}

package be.brugwerk.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.coaching.TrajectoryManagement.NewAction;
import be.brugwerk.coaching.TrajectoryManagement.NewSession;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantIsArchived;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.people.ParticipantView.CaseloadMember;
import be.brugwerk.people.SharingRole;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A trajectory's rules — who coaches, what its parts must hold, changes as read, closing — without Spring. */
class TrajectoryUnitTests {

    static final LocalDate STARTED = LocalDate.parse("2026-02-02");
    static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final UUID ORGANISATION = UUID.randomUUID();
    static final UUID SOFIE = UUID.randomUUID();
    static final UUID KOEN = UUID.randomUUID();
    static final UUID STEP = UUID.randomUUID();
    static final UUID ACTION = UUID.randomUUID();
    static final UUID DONE_ACTION = UUID.randomUUID();
    static final UUID ROUND_TABLE = UUID.randomUUID();
    static final UUID RITA = UUID.randomUUID();
    static final UUID STRANGER = UUID.randomUUID();

    /** Rita, the neighbour, is on the participant's map; nobody else is. */
    static final Trajectory.MapMembers MAP = Set.of(RITA)::contains;

    static final Trajectory.MapMembers NOT_TO_BE_ASKED = member -> {
        throw new AssertionError("the map was asked about " + member);
    };

    /** Sofie is a professional on the caseload; Koen a volunteer coach on it. */
    static ParticipantView amina(Set<SharingRole> sharedWith, boolean restricted) {
        return new ParticipantView(
                new ParticipantId(UUID.randomUUID()),
                null,
                false,
                NOW,
                0,
                List.of(
                        new CaseloadMember(SOFIE, "Sofie", "PROFESSIONAL", true),
                        new CaseloadMember(KOEN, "Koen", "VOLUNTEER_COACH", true)),
                Set.of(),
                sharedWith,
                restricted);
    }

    static ParticipantView amina() {
        return amina(Set.of(), false);
    }

    /** A trajectory in its fifth week, at version 3, with a step, an open and a done action and a round table. */
    static Trajectory running() {
        return restored(null);
    }

    static Trajectory closed() {
        return restored(TODAY.minusDays(1));
    }

    private static Trajectory restored(LocalDate closedOn) {
        return Trajectory.restore(
                new Trajectories.Head(
                        UUID.randomUUID(),
                        ORGANISATION,
                        new ParticipantId(UUID.randomUUID()),
                        SOFIE,
                        STARTED,
                        closedOn,
                        3),
                List.of(new Trajectory.StoredStep(STEP, 1)),
                List.of(
                        new Trajectory.StoredAction(ACTION, 2, ActionStatus.OPEN),
                        new Trajectory.StoredAction(DONE_ACTION, 4, ActionStatus.DONE)),
                List.of(new Trajectory.StoredRoundTable(ROUND_TABLE, 0)));
    }

    static Trajectory start(
            ParticipantView participant, UUID coach, UUID starter, boolean volunteer, boolean alreadyOpen) {
        return Trajectory.start(
                ORGANISATION, participant, coach, starter, volunteer, alreadyOpen, TemplateStep.defaults(), TODAY, NOW);
    }

    static NewAction action(UUID member, Performer performer, UUID performerMember, LocalDate dueOn) {
        return new NewAction(ActionKind.REACTIVATE_DORMANT, "Rita bellen", member, performer, performerMember, dueOn);
    }

    static void refused(Runnable work, String field, String key) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void startsWithItsOwnCopyOfThePlanAndTheCoachOfTheCaseload() {
        Trajectory trajectory = start(amina(), SOFIE, SOFIE, false, false);

        assertThat(trajectory.isNew()).isTrue();
        assertThat(trajectory.coach()).isEqualTo(SOFIE);
        assertThat(trajectory.startedOn()).isEqualTo(TODAY);
        assertThat(trajectory.plan()).hasSize(TemplateStep.DEFAULT_STEPS);
        assertThat(trajectory.closedOn()).isNull();
        assertThat(trajectory.happened()).isEmpty();
    }

    @Test
    void refusesToStartForAnArchivedParticipant() {
        ParticipantView archived = new ParticipantView(
                new ParticipantId(UUID.randomUUID()),
                null,
                true,
                NOW,
                1,
                List.of(new CaseloadMember(SOFIE, "Sofie", "PROFESSIONAL", true)),
                Set.of(),
                Set.of(),
                false);

        assertThatThrownBy(() -> start(archived, SOFIE, SOFIE, false, false))
                .isInstanceOfSatisfying(
                        ParticipantIsArchived.class,
                        conflict -> assertThat(conflict.messageKey()).isEqualTo("participant.conflict.archived"));
    }

    @Test
    void refusesACoachWhoIsNotActiveOnTheCaseload() {
        refused(() -> start(amina(), STRANGER, STRANGER, false, false), "coach", "coaching.coach.notEligible");
        ParticipantView sofieLeft = new ParticipantView(
                new ParticipantId(UUID.randomUUID()),
                null,
                false,
                NOW,
                0,
                List.of(new CaseloadMember(SOFIE, "Sofie", "PROFESSIONAL", false)),
                Set.of(),
                Set.of(),
                false);
        refused(() -> start(sofieLeft, SOFIE, SOFIE, false, false), "coach", "coaching.coach.notEligible");
    }

    @Test
    void letsAVolunteerCoachCoachOnlyWithTheParticipantsConsentToShareWithThem() {
        assertThat(Trajectory.mayCoach(amina(), KOEN)).isFalse();
        assertThat(Trajectory.mayCoach(amina(Set.of(SharingRole.VOLUNTEER_COACH), false), KOEN))
                .isTrue();
        assertThat(Trajectory.mayCoach(amina(), SOFIE)).isTrue();

        refused(() -> start(amina(), KOEN, KOEN, true, false), "coach", "coaching.coach.notEligible");
        assertThat(start(amina(Set.of(SharingRole.VOLUNTEER_COACH), false), KOEN, KOEN, true, false)
                        .coach())
                .isEqualTo(KOEN);
    }

    @Test
    void refusesAVolunteerCoachWhoNamesSomeoneElseAsCoach() {
        refused(() -> start(amina(), SOFIE, KOEN, true, false), "coach", "coaching.coach.onlyYourself");
    }

    @Test
    void refusesASecondOpenTrajectoryAndAParticipantWhoseDataMayNotBeProcessed() {
        refused(() -> start(amina(), SOFIE, SOFIE, false, true), "participant", "coaching.trajectory.alreadyOpen");
        refused(
                () -> start(amina(Set.of(), true), SOFIE, SOFIE, false, false),
                "participant",
                "coaching.participant.restricted");
    }

    @Test
    void aClosedTrajectoryTakesNothingMore() {
        List<Consumer<Trajectory>> everyChange = List.of(
                t -> t.handTo(SOFIE, 3, amina()),
                t -> t.changeStep(STEP, 1, StepStatus.DONE, null, TODAY),
                t -> t.addWish(WishContact.NEW, null, "Iemand om mee te wandelen", MAP, NOW),
                t -> t.addAction(action(null, Performer.PARTICIPANT, null, null), MAP, TODAY, NOW),
                t -> t.changeAction(ACTION, 2, "Rita opnieuw bellen", null, TODAY),
                t -> t.setActionStatus(ACTION, 2, ActionStatus.DONE, TODAY),
                t -> t.addSuccess(TODAY, "Zelf naar de markt", TODAY, NOW),
                t -> t.requireLoggable(new NewSession(TODAY, 60, null, null, null), TODAY),
                t -> t.addNote(NoteVisibility.SHARED, "Goed gesprek", SOFIE, NOW),
                t -> t.addPlanEntry(RITA, null, true, null, MAP, NOW),
                t -> t.planRoundTable(TODAY.plusDays(7), "Wie helpt wanneer", List.of(), true, MAP, TODAY, NOW),
                t -> t.recordAgreements(ROUND_TABLE, 0, "Rita komt dinsdag"),
                t -> t.close(3, new TrajectoryView.Evaluation(null, null, null, TODAY, null), TODAY));

        for (Consumer<Trajectory> change : everyChange) {
            Trajectory trajectory = closed();
            refused(() -> change.accept(trajectory), "trajectory", "coaching.trajectory.closed");
            assertThat(trajectory.stepChanges()).isEmpty();
            assertThat(trajectory.addedWishes()).isEmpty();
            assertThat(trajectory.coachChanged()).isFalse();
        }
        refused(
                () -> Trajectory.requireOpen(new Trajectories.Head(
                        UUID.randomUUID(),
                        ORGANISATION,
                        new ParticipantId(UUID.randomUUID()),
                        SOFIE,
                        STARTED,
                        TODAY,
                        4)),
                "trajectory",
                "coaching.trajectory.closed");
    }

    @Test
    void savesAStepAsReadWithBlankNotesAsNone() {
        Trajectory trajectory = running();

        trajectory.changeStep(STEP, 1, StepStatus.IN_PROGRESS, "   ", TODAY);

        assertThat(trajectory.stepChanges())
                .containsExactly(new Trajectory.StepChange(STEP, 1, StepStatus.IN_PROGRESS, null, TODAY));
    }

    @Test
    void refusesAStepSavedBySomeoneElseSinceItWasReadAndAStepOfAnotherTrajectory() {
        Trajectory trajectory = running();

        assertThatThrownBy(() -> trajectory.changeStep(STEP, 0, StepStatus.DONE, "oud", TODAY))
                .isInstanceOf(VersionConflict.class);
        assertThatThrownBy(() -> trajectory.changeStep(UUID.randomUUID(), 1, StepStatus.DONE, null, TODAY))
                .isInstanceOf(NotFound.class);
        assertThat(trajectory.stepChanges()).isEmpty();
    }

    @Test
    void addsAnActionCarriedOutByAMemberOfTheMap() {
        Trajectory trajectory = running();

        UUID id = trajectory.addAction(
                new NewAction(
                        ActionKind.ASK_PRACTICAL_HELP,
                        "  Boodschappen  ",
                        null,
                        Performer.MEMBER,
                        RITA,
                        TODAY.plusDays(3)),
                MAP,
                TODAY,
                NOW);

        assertThat(trajectory.addedActions()).singleElement().satisfies(added -> {
            assertThat(added.id()).isEqualTo(id);
            assertThat(added.description()).isEqualTo("Boodschappen");
            assertThat(added.performerMember()).isEqualTo(RITA);
        });
    }

    @Test
    void forgetsAPerformingMemberUnlessAMemberCarriesItOutAndAsksTheMapOnlyWhenAMemberIsNamed() {
        Trajectory trajectory = running();

        trajectory.addAction(action(null, Performer.COACH, STRANGER, null), NOT_TO_BE_ASKED, TODAY, NOW);

        assertThat(trajectory.addedActions())
                .singleElement()
                .satisfies(added -> assertThat(added.performerMember()).isNull());
    }

    @Test
    void refusesAnActionWithSomeoneWhoIsNotOnTheMap() {
        refused(
                () -> running().addAction(action(STRANGER, Performer.PARTICIPANT, null, null), MAP, TODAY, NOW),
                "memberId",
                "coaching.member.notOnMap");
        refused(
                () -> running().addAction(action(RITA, Performer.MEMBER, STRANGER, null), MAP, TODAY, NOW),
                "performerMemberId",
                "coaching.member.notOnMap");
        refused(
                () -> running().addAction(action(null, Performer.MEMBER, null, null), MAP, TODAY, NOW),
                "performerMemberId",
                "coaching.action.performerMemberRequired");
    }

    @Test
    void refusesAnActionWithoutWhatItIsOrWhoDoesIt() {
        refused(
                () -> running()
                        .addAction(
                                new NewAction(null, "Rita bellen", null, Performer.COACH, null, null), MAP, TODAY, NOW),
                "kind",
                "coaching.field.required");
        refused(
                () -> running()
                        .addAction(
                                new NewAction(ActionKind.OTHER, "Rita bellen", null, null, null, null),
                                MAP,
                                TODAY,
                                NOW),
                "performer",
                "coaching.field.required");
        refused(
                () -> running()
                        .addAction(
                                new NewAction(ActionKind.OTHER, " ", null, Performer.COACH, null, null),
                                MAP,
                                TODAY,
                                NOW),
                "description",
                "coaching.field.required");
        refused(
                () -> running()
                        .addAction(
                                new NewAction(
                                        ActionKind.OTHER,
                                        "x".repeat(Trajectory.MAX_TEXT + 1),
                                        null,
                                        Performer.COACH,
                                        null,
                                        null),
                                MAP,
                                TODAY,
                                NOW),
                "description",
                "coaching.field.tooLong");
    }

    @Test
    void refusesADueDateBeforeTheStartOrMoreThanFiveYearsAhead() {
        refused(
                () -> running().addAction(action(null, Performer.COACH, null, STARTED.minusDays(1)), MAP, TODAY, NOW),
                "dueOn",
                "coaching.action.dueBeforeStart");
        refused(
                () -> running().addAction(action(null, Performer.COACH, null, TODAY.plusYears(6)), MAP, TODAY, NOW),
                "dueOn",
                "date.tooFarAhead");
        refused(
                () -> running().changeAction(ACTION, 2, "Rita bellen", STARTED.minusDays(1), TODAY),
                "dueOn",
                "coaching.action.dueBeforeStart");
    }

    @Test
    void reschedulesAnOpenActionButNotOneDoneOrChangedMeanwhile() {
        Trajectory trajectory = running();

        trajectory.changeAction(ACTION, 2, " Rita volgende week bellen ", TODAY.plusDays(7), TODAY);

        assertThat(trajectory.actionChanges())
                .containsExactly(new Trajectory.ActionChange(
                        ACTION, 2, "Rita volgende week bellen", TODAY.plusDays(7), null, null));
        assertThatThrownBy(() -> running().changeAction(DONE_ACTION, 4, "Nog eens", null, TODAY))
                .isInstanceOf(VersionConflict.class);
        assertThatThrownBy(() -> running().changeAction(ACTION, 1, "Nog eens", null, TODAY))
                .isInstanceOf(VersionConflict.class);
        assertThatThrownBy(() -> running().changeAction(UUID.randomUUID(), 2, "Nog eens", null, TODAY))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void marksAnActionDoneTodayAndADroppedOneWithoutADate() {
        Trajectory trajectory = running();

        trajectory.setActionStatus(ACTION, 2, ActionStatus.DONE, TODAY);
        trajectory.setActionStatus(DONE_ACTION, 4, ActionStatus.DROPPED, TODAY);

        assertThat(trajectory.actionChanges())
                .containsExactly(
                        new Trajectory.ActionChange(ACTION, 2, null, null, ActionStatus.DONE, TODAY),
                        new Trajectory.ActionChange(DONE_ACTION, 4, null, null, ActionStatus.DROPPED, null));
        assertThat(trajectory.actionChanges()).allMatch(Trajectory.ActionChange::ofStatus);
        assertThatThrownBy(() -> running().setActionStatus(ACTION, 1, ActionStatus.DONE, TODAY))
                .isInstanceOf(VersionConflict.class);
        refused(() -> running().setActionStatus(ACTION, 2, null, TODAY), "status", "coaching.field.required");
    }

    @Test
    void logsASessionWithTheMapVersionItTookAndItsNote() {
        Trajectory trajectory = running();
        Trajectory.SessionMap map = new Trajectory.SessionMap(UUID.randomUUID(), 8, 6, 5, 4.25);

        UUID session = trajectory.logSession(
                new NewSession(TODAY, 45, " ", " Rita kwam langs ", NoteVisibility.PRIVATE), map, SOFIE, TODAY, NOW);

        assertThat(trajectory.addedSessions()).singleElement().satisfies(added -> {
            assertThat(added.id()).isEqualTo(session);
            assertThat(added.place()).isNull();
            assertThat(added.map()).isEqualTo(map);
        });
        assertThat(trajectory.addedNotes()).singleElement().satisfies(note -> {
            assertThat(note.session()).isEqualTo(session);
            assertThat(note.text()).isEqualTo("Rita kwam langs");
            assertThat(note.visibility()).isEqualTo(NoteVisibility.PRIVATE);
            assertThat(note.author()).isEqualTo(SOFIE);
        });
    }

    @Test
    void refusesASessionBeforeTheStartInTheFutureOrOfAnImpossibleLength() {
        refused(
                () -> running().requireLoggable(new NewSession(null, 60, null, null, null), TODAY),
                "heldOn",
                "date.required");
        refused(
                () -> running().requireLoggable(new NewSession(STARTED.minusDays(1), 60, null, null, null), TODAY),
                "heldOn",
                "coaching.session.beforeStart");
        refused(
                () -> running().requireLoggable(new NewSession(TODAY.plusDays(1), 60, null, null, null), TODAY),
                "heldOn",
                "date.inTheFuture");
        refused(
                () -> running().requireLoggable(new NewSession(TODAY, 0, null, null, null), TODAY),
                "durationMinutes",
                "coaching.session.duration");
        refused(
                () -> running()
                        .requireLoggable(
                                new NewSession(TODAY, Trajectory.MAX_SESSION_MINUTES + 1, null, null, null), TODAY),
                "durationMinutes",
                "coaching.session.duration");
        refused(
                () -> running().requireLoggable(new NewSession(TODAY, 60, null, "Een notitie", null), TODAY),
                "noteVisibility",
                "coaching.field.required");
        running().requireLoggable(new NewSession(STARTED, Trajectory.MAX_SESSION_MINUTES, null, null, null), TODAY);
    }

    @Test
    void refusesAMemberForAWishForSomeoneNewAndChecksTheMemberOfAnExistingContact() {
        Trajectory trajectory = running();

        trajectory.addWish(WishContact.NEW, null, "Iemand om Nederlands mee te oefenen", NOT_TO_BE_ASKED, NOW);

        assertThat(trajectory.addedWishes())
                .singleElement()
                .satisfies(wish -> assertThat(wish.member()).isNull());
        refused(
                () -> running()
                        .addWish(
                                WishContact.NEW, STRANGER, "Iemand om Nederlands mee te oefenen", NOT_TO_BE_ASKED, NOW),
                "memberId",
                "coaching.wish.newContactNotOnMap");
        refused(
                () -> running().addWish(WishContact.EXISTING, STRANGER, "Weer eens binnenspringen", MAP, NOW),
                "memberId",
                "coaching.member.notOnMap");
    }

    @Test
    void refusesASmallSuccessInTheFutureAndANoteWithoutSayingWhoMayReadIt() {
        refused(
                () -> running().addSuccess(TODAY.plusDays(1), "Zelf naar de markt", TODAY, NOW),
                "occurredOn",
                "date.inTheFuture");
        refused(() -> running().addSuccess(null, "Zelf naar de markt", TODAY, NOW), "occurredOn", "date.required");
        refused(() -> running().addNote(null, "Goed gesprek", SOFIE, NOW), "visibility", "coaching.field.required");
        refused(() -> running().addNote(NoteVisibility.SHARED, "", SOFIE, NOW), "text", "coaching.field.required");
    }

    @Test
    void recordsAPlanEntryForSomeoneNamedInWordsButNotForNobody() {
        Trajectory trajectory = running();

        trajectory.addPlanEntry(null, " Mijn broer ", false, " ", NOT_TO_BE_ASKED, NOW);

        assertThat(trajectory.addedPlanEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.who()).isEqualTo("Mijn broer");
            assertThat(entry.involve()).isFalse();
            assertThat(entry.purpose()).isNull();
        });
        refused(
                () -> running().addPlanEntry(null, " ", true, "Boodschappen", MAP, NOW),
                "memberId",
                "coaching.plan.whoRequired");
        refused(
                () -> running().addPlanEntry(STRANGER, null, true, null, MAP, NOW),
                "memberId",
                "coaching.member.notOnMap");
    }

    @Test
    void plansARoundTableWithInviteesFromTheMapOnly() {
        Trajectory trajectory = running();

        trajectory.planRoundTable(TODAY.plusDays(7), "Wie helpt wanneer", List.of(RITA, RITA), true, MAP, TODAY, NOW);

        assertThat(trajectory.addedRoundTables())
                .singleElement()
                .satisfies(table -> assertThat(table.invitees()).containsExactly(RITA));
        refused(
                () -> running()
                        .planRoundTable(
                                TODAY.plusDays(7), "Wie helpt wanneer", List.of(RITA, STRANGER), true, MAP, TODAY, NOW),
                "invitees",
                "coaching.member.notOnMap");
        refused(
                () -> running()
                        .planRoundTable(TODAY.plusDays(7), "Wie helpt wanneer", List.of(), null, MAP, TODAY, NOW),
                "participantCentral",
                "coaching.field.required");
        refused(
                () -> running().planRoundTable(null, "Wie helpt wanneer", List.of(), true, MAP, TODAY, NOW),
                "plannedOn",
                "date.required");
    }

    @Test
    void recordsAgreementsAsReadOnly() {
        Trajectory trajectory = running();

        trajectory.recordAgreements(ROUND_TABLE, 0, " Rita komt dinsdag ");

        assertThat(trajectory.agreementsChanges())
                .containsExactly(new Trajectory.AgreementsChange(ROUND_TABLE, 0, "Rita komt dinsdag"));
        assertThatThrownBy(() -> running().recordAgreements(ROUND_TABLE, 1, "Iets anders"))
                .isInstanceOf(VersionConflict.class);
        assertThatThrownBy(() -> running().recordAgreements(UUID.randomUUID(), 0, "Iets anders"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void closesWithAFollowUpDateAndTellsOtherModules() {
        Trajectory trajectory = running();

        trajectory.close(
                3, new TrajectoryView.Evaluation(" Meer contact met Rita ", "", null, TODAY.plusMonths(3), " "), TODAY);

        assertThat(trajectory.closedOn()).isEqualTo(TODAY);
        assertThat(trajectory.evaluation())
                .isEqualTo(
                        new TrajectoryView.Evaluation("Meer contact met Rita", null, null, TODAY.plusMonths(3), null));
        assertThat(trajectory.happened())
                .contains(new TrajectoryClosed(ORGANISATION, trajectory.id(), trajectory.participant(), TODAY));
        refused(
                () -> trajectory.addNote(NoteVisibility.SHARED, "Nog iets", SOFIE, NOW),
                "trajectory",
                "coaching.trajectory.closed");
    }

    @Test
    void closesWithAHandoverAloneButNeverWithNeitherOrAFollowUpInThePast() {
        Trajectory handedOver = running();
        handedOver.close(3, new TrajectoryView.Evaluation(null, null, null, null, "OCMW Gent"), TODAY);
        assertThat(handedOver.closedNow()).isTrue();

        refused(
                () -> running().close(3, new TrajectoryView.Evaluation("Veel", null, null, null, " "), TODAY),
                "followUpOn",
                "coaching.closing.followUpOrHandover");
        refused(
                () -> running()
                        .close(3, new TrajectoryView.Evaluation(null, null, null, TODAY.minusDays(1), null), TODAY),
                "followUpOn",
                "coaching.closing.followUpInThePast");
    }

    @Test
    void refusesClosingATrajectoryChangedSinceItWasRead() {
        Trajectory trajectory = running();

        assertThatThrownBy(
                        () -> trajectory.close(2, new TrajectoryView.Evaluation(null, null, null, TODAY, null), TODAY))
                .isInstanceOf(VersionConflict.class);
        assertThat(trajectory.closedNow()).isFalse();
        assertThat(trajectory.happened()).isEmpty();
    }

    @Test
    void handsOverToAnotherCoachWhoMayCoachAsRead() {
        ParticipantView sharedWithVolunteers = amina(Set.of(SharingRole.VOLUNTEER_COACH), false);
        Trajectory trajectory = running();

        trajectory.handTo(KOEN, 3, sharedWithVolunteers);

        assertThat(trajectory.coach()).isEqualTo(KOEN);
        assertThat(trajectory.coachChanged()).isTrue();
        refused(() -> running().handTo(KOEN, 3, amina()), "coach", "coaching.coach.notEligible");
        assertThatThrownBy(() -> running().handTo(KOEN, 2, sharedWithVolunteers))
                .isInstanceOf(VersionConflict.class);
    }
}

package be.brugwerk.coaching;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.people.SharingRole;
import be.brugwerk.system.DateRange;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Role;
import be.brugwerk.system.VersionConflict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A coaching trajectory (traject) and the rules of its life: who may coach it, what its wishes, actions, sessions,
 * notes, small successes, support plan and round tables must hold, that a step, an action or a round table is changed
 * only as it was read (a change made meanwhile is a conflict, never overwritten), and that closing it needs a
 * follow-up date or a handover, after which it is kept as it was and takes nothing more.
 *
 * <p>It holds what its rules need: its head, and the version (and an action's status) of each part that is edited
 * in place. What it adds or changes it keeps until {@link Trajectories#save} writes it, each change only if the row
 * still has the version it was read with. The members on the participant's map, which another module owns, come in
 * as {@link MapMembers}.
 */
final class Trajectory {

    /** The longest text a field of a trajectory takes. */
    static final int MAX_TEXT = 4000;

    /** A session lasts at least a minute and at most a day. */
    static final int MAX_SESSION_MINUTES = 1440;

    /** Whether a member is on the participant's map now; asked only when a rule needs it. */
    @FunctionalInterface
    interface MapMembers {
        boolean holds(UUID member);
    }

    /** A step of its plan, as read. */
    record StoredStep(UUID id, int version) {}

    /** An action, as read: its status decides whether it may still be changed. */
    record StoredAction(UUID id, int version, ActionStatus status) {}

    /** A round table, as read. */
    record StoredRoundTable(UUID id, int version) {}

    /** What is added to the trajectory, to be inserted; ids are made here so that the caller can name them. */
    record AddedWish(UUID id, WishContact contact, UUID member, String description, Instant at) {}

    record AddedAction(
            UUID id,
            ActionKind kind,
            String description,
            UUID member,
            Performer performer,
            UUID performerMember,
            LocalDate dueOn,
            Instant at) {}

    record AddedSuccess(UUID id, LocalDate occurredOn, String description, Instant at) {}

    /** The map's version the session took, with its main figures for the organisation view. */
    record SessionMap(UUID version, int members, int activeMembers, int informal, Double effectiveSize) {}

    record AddedSession(
            UUID id, LocalDate heldOn, int durationMinutes, String place, SessionMap map, UUID by, Instant at) {}

    record AddedNote(UUID id, UUID session, UUID author, NoteVisibility visibility, String text, Instant at) {}

    record AddedPlanEntry(UUID id, UUID member, String who, boolean involve, String purpose, Instant at) {}

    record AddedRoundTable(
            UUID id, LocalDate plannedOn, String agenda, Set<UUID> invitees, boolean participantCentral, Instant at) {}

    /** A step's new status and notes, saved if the step still has {@code readVersion}. */
    record StepChange(UUID step, int readVersion, StepStatus status, String notes, LocalDate changedOn) {}

    /** An action's new description and due date, or its new status; saved if it still has {@code readVersion}. */
    record ActionChange(
            UUID action, int readVersion, String description, LocalDate dueOn, ActionStatus status, LocalDate doneOn) {

        boolean ofStatus() {
            return status != null;
        }
    }

    record AgreementsChange(UUID roundTable, int readVersion, String agreements) {}

    private final UUID id;
    private final UUID organisationId;
    private final ParticipantId participant;
    private final LocalDate startedOn;
    private final int version;
    private final boolean isNew;
    private final List<TemplateStep> plan;
    private final UUID createdBy;
    private final Instant createdAt;
    private final Map<UUID, StoredStep> steps;
    private final Map<UUID, StoredAction> actions;
    private final Map<UUID, StoredRoundTable> roundTables;

    private UUID coach;
    private final UUID storedCoach;
    private LocalDate closedOn;
    private TrajectoryView.Evaluation evaluation;

    private final List<AddedWish> addedWishes = new ArrayList<>();
    private final List<AddedAction> addedActions = new ArrayList<>();
    private final List<AddedSuccess> addedSuccesses = new ArrayList<>();
    private final List<AddedSession> addedSessions = new ArrayList<>();
    private final List<AddedNote> addedNotes = new ArrayList<>();
    private final List<AddedPlanEntry> addedPlanEntries = new ArrayList<>();
    private final List<AddedRoundTable> addedRoundTables = new ArrayList<>();
    private final List<StepChange> stepChanges = new ArrayList<>();
    private final List<ActionChange> actionChanges = new ArrayList<>();
    private final List<AgreementsChange> agreementsChanges = new ArrayList<>();

    private Trajectory(
            Trajectories.Head head,
            boolean isNew,
            List<TemplateStep> plan,
            UUID createdBy,
            Instant createdAt,
            Collection<StoredStep> steps,
            Collection<StoredAction> actions,
            Collection<StoredRoundTable> roundTables) {
        this.id = Objects.requireNonNull(head.id());
        this.organisationId = head.organisation();
        this.participant = head.participant();
        this.coach = head.coach();
        this.storedCoach = head.coach();
        this.startedOn = head.startedOn();
        this.closedOn = head.closedOn();
        this.version = head.version();
        this.isNew = isNew;
        this.plan = List.copyOf(plan);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.steps = byId(steps, StoredStep::id);
        this.actions = byId(actions, StoredAction::id);
        this.roundTables = byId(roundTables, StoredRoundTable::id);
    }

    /** A trajectory as stored, with the parts that are edited in place; only the repository rebuilds one. */
    static Trajectory restore(
            Trajectories.Head head,
            Collection<StoredStep> steps,
            Collection<StoredAction> actions,
            Collection<StoredRoundTable> roundTables) {
        return new Trajectory(head, false, List.of(), null, null, steps, actions, roundTables);
    }

    /**
     * Starts a trajectory for a participant, with its own copy of the organisation's step plan. Refused for a
     * participant whose data may not be processed or who is archived ({@code ParticipantIsArchived}), for a coach who does not work with the participant
     * ({@link #mayCoach}), for a volunteer coach who names someone else, and while the participant has an open one.
     *
     * @param starter who starts it; {@code starterIsVolunteerCoach} when they start it as a volunteer coach
     */
    static Trajectory start(
            UUID organisation,
            ParticipantView participant,
            UUID coach,
            UUID starter,
            boolean starterIsVolunteerCoach,
            boolean participantHasOpenTrajectory,
            List<TemplateStep> plan,
            LocalDate today,
            Instant now) {
        participant.requireChangeable(); // an archived file is read-only: nothing new starts on it
        if (participant.restricted()) {
            throw new Refusal("participant", "coaching.participant.restricted");
        }
        if (starterIsVolunteerCoach && !starter.equals(coach)) {
            throw new Refusal("coach", "coaching.coach.onlyYourself");
        }
        requireMayCoach(participant, coach);
        if (participantHasOpenTrajectory) {
            throw new Refusal("participant", "coaching.trajectory.alreadyOpen");
        }
        Trajectories.Head head =
                new Trajectories.Head(UUID.randomUUID(), organisation, participant.id(), coach, today, null, 0);
        return new Trajectory(head, true, plan, starter, now, List.of(), List.of(), List.of());
    }

    /**
     * Whether someone may coach the participant: active on their caseload as a professional, or as a volunteer coach
     * with the participant's consent to share with volunteer coaches (the caseload policy).
     */
    static boolean mayCoach(ParticipantView participant, UUID coach) {
        return participant.caseload().stream()
                .anyMatch(m -> m.accountId().equals(coach)
                        && m.active()
                        && (Role.PROFESSIONAL.name().equals(m.role())
                                || Role.VOLUNTEER_COACH.name().equals(m.role())
                                        && participant.sharedWith().contains(SharingRole.VOLUNTEER_COACH)));
    }

    /** A closed trajectory is kept as it was: nothing is added to it or changed in it. */
    static void requireOpen(Trajectories.Head head) {
        requireOpen(head.closedOn());
    }

    private static void requireOpen(LocalDate closedOn) {
        if (closedOn != null) {
            throw new Refusal("trajectory", "coaching.trajectory.closed");
        }
    }

    /**
     * Hands the trajectory to another coach (a volunteer coach dropped out, say), under the same rule as at the
     * start. The notes stay with their authors.
     *
     * @throws VersionConflict when the trajectory changed since it was read at {@code readVersion}
     */
    void handTo(UUID newCoach, int readVersion, ParticipantView participantNow) {
        requireOpen();
        requireMayCoach(participantNow, newCoach);
        requireVersion(readVersion);
        coach = newCoach;
    }

    /** Saves a step's status and notes as read at {@code readVersion}; blank notes are none. */
    void changeStep(UUID step, int readVersion, StepStatus status, String notes, LocalDate today) {
        requireOpen();
        if (status == null) {
            throw new Refusal("status", "coaching.field.required");
        }
        StoredStep stored = steps.get(step);
        if (stored == null) {
            throw new NotFound("Step");
        }
        if (stored.version() != readVersion) {
            throw new VersionConflict("trajectory.conflict.step");
        }
        stepChanges.add(new StepChange(step, readVersion, status, blankToNull(notes), today));
    }

    /**
     * A wish of the participant: a new contact, or more of an existing one (a member of the map, if named). A new
     * contact is no one on the map yet, so a member named with it is refused rather than dropped unsaid.
     */
    UUID addWish(WishContact contact, UUID member, String description, MapMembers onMap, Instant now) {
        requireOpen();
        requireText("description", description);
        if (contact == WishContact.NEW && member != null) {
            throw new Refusal("memberId", "coaching.wish.newContactNotOnMap");
        }
        if (contact == WishContact.EXISTING && member != null) {
            requireOnMap(onMap, "memberId", member);
        }
        UUID id = UUID.randomUUID();
        addedWishes.add(new AddedWish(id, contact, member, description.strip(), now));
        return id;
    }

    /**
     * Adds an action. A member it points at, or who carries it out, must be on the participant's map; a due date is a
     * plan (at most five years ahead) and cannot lie before the trajectory started.
     */
    UUID addAction(TrajectoryManagement.NewAction action, MapMembers onMap, LocalDate today, Instant now) {
        requireOpen();
        requireText("description", action.description());
        if (action.kind() == null) {
            throw new Refusal("kind", "coaching.field.required");
        }
        if (action.performer() == null) {
            throw new Refusal("performer", "coaching.field.required");
        }
        boolean byMember = action.performer() == Performer.MEMBER;
        if (byMember && action.performerMember() == null) {
            throw new Refusal("performerMemberId", "coaching.action.performerMemberRequired");
        }
        if (action.member() != null) {
            requireOnMap(onMap, "memberId", action.member());
        }
        if (byMember) {
            requireOnMap(onMap, "performerMemberId", action.performerMember());
        }
        requireDue(action.dueOn(), today);
        AddedAction added = new AddedAction(
                UUID.randomUUID(),
                action.kind(),
                action.description().strip(),
                action.member(),
                action.performer(),
                byMember ? action.performerMember() : null,
                action.dueOn(),
                now);
        addedActions.add(added);
        return added.id();
    }

    /**
     * Changes what an open action is and when it is due (a plan moved, an overdue action rescheduled), as read at
     * {@code readVersion}.
     *
     * @throws VersionConflict when the action changed since, or is done or dropped meanwhile
     */
    void changeAction(UUID action, int readVersion, String description, LocalDate dueOn, LocalDate today) {
        requireOpen();
        requireText("description", description);
        requireDue(dueOn, today);
        StoredAction stored = requireAction(action, readVersion);
        if (stored.status() != ActionStatus.OPEN) {
            throw new VersionConflict("trajectory.conflict.action");
        }
        actionChanges.add(new ActionChange(action, readVersion, description.strip(), dueOn, null, null));
    }

    /** Sets an action's status as read at {@code readVersion}; one done is done today. */
    void setActionStatus(UUID action, int readVersion, ActionStatus status, LocalDate today) {
        requireOpen();
        if (status == null) {
            throw new Refusal("status", "coaching.field.required");
        }
        requireAction(action, readVersion);
        actionChanges.add(
                new ActionChange(action, readVersion, null, null, status, status == ActionStatus.DONE ? today : null));
    }

    /** A small success (klein succes): something that happened, celebrated in the timeline. */
    UUID addSuccess(LocalDate occurredOn, String description, LocalDate today, Instant now) {
        requireOpen();
        requireText("description", description);
        requirePast("occurredOn", occurredOn, today);
        UUID id = UUID.randomUUID();
        addedSuccesses.add(new AddedSuccess(id, occurredOn, description.strip(), now));
        return id;
    }

    /**
     * Refuses a session that cannot be logged: held before the trajectory started or in the future, shorter than a
     * minute or longer than a day, or with a note but no say in who may read it. Asked before the map's version is
     * taken, which {@link #logSession} needs.
     */
    void requireLoggable(TrajectoryManagement.NewSession session, LocalDate today) {
        requireOpen();
        if (session.heldOn() == null) {
            throw new Refusal("heldOn", "date.required");
        }
        requirePast("heldOn", session.heldOn(), today);
        if (session.heldOn().isBefore(startedOn)) {
            throw new Refusal("heldOn", "coaching.session.beforeStart");
        }
        if (session.durationMinutes() < 1 || session.durationMinutes() > MAX_SESSION_MINUTES) {
            throw new Refusal("durationMinutes", "coaching.session.duration");
        }
        if (hasText(session.note()) && session.noteVisibility() == null) {
            throw new Refusal("noteVisibility", "coaching.field.required");
        }
    }

    /** Logs a session with the version of the map it took, and its note if one was written. */
    UUID logSession(TrajectoryManagement.NewSession session, SessionMap map, UUID by, LocalDate today, Instant now) {
        requireLoggable(session, today);
        AddedSession added = new AddedSession(
                UUID.randomUUID(),
                session.heldOn(),
                session.durationMinutes(),
                blankToNull(session.place()),
                map,
                by,
                now);
        addedSessions.add(added);
        if (hasText(session.note())) {
            addedNotes.add(new AddedNote(
                    UUID.randomUUID(),
                    added.id(),
                    by,
                    session.noteVisibility(),
                    session.note().strip(),
                    now));
        }
        return added.id();
    }

    /** A note, shared with the participant or private to its author. */
    UUID addNote(NoteVisibility visibility, String text, UUID author, Instant now) {
        requireOpen();
        requireText("text", text);
        if (visibility == null) {
            throw new Refusal("visibility", "coaching.field.required");
        }
        UUID id = UUID.randomUUID();
        addedNotes.add(new AddedNote(id, null, author, visibility, text.strip(), now));
        return id;
    }

    /**
     * Records the participant's choice: whom they want to involve and for what, or whom not. Either a member of the
     * map or someone named in words.
     */
    UUID addPlanEntry(UUID member, String who, boolean involve, String purpose, MapMembers onMap, Instant now) {
        requireOpen();
        if (member == null && !hasText(who)) {
            throw new Refusal("memberId", "coaching.plan.whoRequired");
        }
        if (member != null) {
            requireOnMap(onMap, "memberId", member);
        }
        UUID id = UUID.randomUUID();
        addedPlanEntries.add(new AddedPlanEntry(id, member, blankToNull(who), involve, blankToNull(purpose), now));
        return id;
    }

    /**
     * Prepares a round table: a planned date, an agenda, invitees from the map, and whether the participant wants to
     * be central at it (their choice, recorded as theirs).
     */
    UUID planRoundTable(
            LocalDate plannedOn,
            String agenda,
            List<UUID> invitees,
            Boolean participantCentral,
            MapMembers onMap,
            LocalDate today,
            Instant now) {
        requireOpen();
        if (plannedOn == null) {
            throw new Refusal("plannedOn", "date.required");
        }
        DateRange.PLANNED.check("plannedOn", plannedOn, today);
        requireText("agenda", agenda);
        if (participantCentral == null) {
            throw new Refusal("participantCentral", "coaching.field.required");
        }
        for (UUID invitee : invitees) {
            requireOnMap(onMap, "invitees", invitee);
        }
        UUID id = UUID.randomUUID();
        addedRoundTables.add(
                new AddedRoundTable(id, plannedOn, agenda.strip(), Set.copyOf(invitees), participantCentral, now));
        return id;
    }

    /** @throws VersionConflict when someone recorded agreements since they were read at {@code readVersion} */
    void recordAgreements(UUID roundTable, int readVersion, String agreements) {
        requireOpen();
        requireText("agreements", agreements);
        StoredRoundTable stored = roundTables.get(roundTable);
        if (stored == null) {
            throw new NotFound("Round table");
        }
        if (stored.version() != readVersion) {
            throw new VersionConflict("trajectory.conflict.agreements");
        }
        agreementsChanges.add(new AgreementsChange(roundTable, readVersion, agreements.strip()));
    }

    /**
     * Closes the trajectory with its evaluation: what changed in the network and in the scores, the participant's own
     * words, and a follow-up date (today or later) or a handover; one of the two is required. After this the
     * trajectory takes nothing more.
     *
     * @throws VersionConflict when the trajectory changed since it was read at {@code readVersion}
     */
    void close(int readVersion, TrajectoryView.Evaluation given, LocalDate today) {
        requireOpen();
        if (given.followUpOn() == null && !hasText(given.handoverTo())) {
            throw new Refusal("followUpOn", "coaching.closing.followUpOrHandover");
        }
        if (given.followUpOn() != null && given.followUpOn().isBefore(today)) {
            throw new Refusal("followUpOn", "coaching.closing.followUpInThePast");
        }
        DateRange.PLANNED.check("followUpOn", given.followUpOn(), today);
        requireVersion(readVersion);
        evaluation = new TrajectoryView.Evaluation(
                blankToNull(given.network()),
                blankToNull(given.scores()),
                blankToNull(given.participantWords()),
                given.followUpOn(),
                blankToNull(given.handoverTo()));
        closedOn = today;
    }

    /** What other modules may react to since the trajectory was read: that it closed. */
    Optional<TrajectoryClosed> happened() {
        return closedNow()
                ? Optional.of(new TrajectoryClosed(organisationId, id, participant, closedOn))
                : Optional.empty();
    }

    private void requireOpen() {
        requireOpen(closedOn);
    }

    private void requireVersion(int readVersion) {
        if (readVersion != version) {
            throw new VersionConflict("trajectory.conflict.trajectory");
        }
    }

    private StoredAction requireAction(UUID action, int readVersion) {
        StoredAction stored = actions.get(action);
        if (stored == null) {
            throw new NotFound("Action");
        }
        if (stored.version() != readVersion) {
            throw new VersionConflict("trajectory.conflict.action");
        }
        return stored;
    }

    /** A due date is a plan, and none lies before the trajectory started. */
    private void requireDue(LocalDate dueOn, LocalDate today) {
        DateRange.PLANNED.check("dueOn", dueOn, today);
        if (dueOn != null && dueOn.isBefore(startedOn)) {
            throw new Refusal("dueOn", "coaching.action.dueBeforeStart");
        }
    }

    private static void requireMayCoach(ParticipantView participant, UUID coach) {
        if (!mayCoach(participant, coach)) {
            throw new Refusal("coach", "coaching.coach.notEligible");
        }
    }

    private static void requireOnMap(MapMembers onMap, String field, UUID member) {
        if (!onMap.holds(member)) {
            throw new Refusal(field, "coaching.member.notOnMap");
        }
    }

    /** A date of something that happened: required, from 1900 until today. */
    private static void requirePast(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            throw new Refusal(field, "date.required");
        }
        DateRange.PAST.check(field, date, today);
    }

    private static void requireText(String field, String text) {
        if (!hasText(text)) {
            throw new Refusal(field, "coaching.field.required");
        }
        if (text.length() > MAX_TEXT) {
            throw new Refusal(field, "coaching.field.tooLong");
        }
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String blankToNull(String text) {
        return hasText(text) ? text.strip() : null;
    }

    private static <T> Map<UUID, T> byId(Collection<T> parts, java.util.function.Function<T, UUID> id) {
        Map<UUID, T> byId = new LinkedHashMap<>();
        parts.forEach(part -> byId.put(id.apply(part), part));
        return byId;
    }

    // what the repository reads to save it

    UUID id() {
        return id;
    }

    UUID organisationId() {
        return organisationId;
    }

    ParticipantId participant() {
        return participant;
    }

    UUID coach() {
        return coach;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    LocalDate closedOn() {
        return closedOn;
    }

    /** The version it was read with; a change of its head is saved only while the stored one is the same. */
    int version() {
        return version;
    }

    boolean isNew() {
        return isNew;
    }

    List<TemplateStep> plan() {
        return plan;
    }

    UUID createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean coachChanged() {
        return !isNew && !coach.equals(storedCoach);
    }

    boolean closedNow() {
        return evaluation != null;
    }

    TrajectoryView.Evaluation evaluation() {
        return evaluation;
    }

    List<AddedWish> addedWishes() {
        return List.copyOf(addedWishes);
    }

    List<AddedAction> addedActions() {
        return List.copyOf(addedActions);
    }

    List<AddedSuccess> addedSuccesses() {
        return List.copyOf(addedSuccesses);
    }

    List<AddedSession> addedSessions() {
        return List.copyOf(addedSessions);
    }

    List<AddedNote> addedNotes() {
        return List.copyOf(addedNotes);
    }

    List<AddedPlanEntry> addedPlanEntries() {
        return List.copyOf(addedPlanEntries);
    }

    List<AddedRoundTable> addedRoundTables() {
        return List.copyOf(addedRoundTables);
    }

    List<StepChange> stepChanges() {
        return List.copyOf(stepChanges);
    }

    List<ActionChange> actionChanges() {
        return List.copyOf(actionChanges);
    }

    List<AgreementsChange> agreementsChanges() {
        return List.copyOf(agreementsChanges);
    }
}

package be.brugwerk.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import be.brugwerk.coaching.TrajectoryView.MemberRef;
import be.brugwerk.coaching.TrajectoryView.TimelineEntry;
import be.brugwerk.network.MapDocument;
import be.brugwerk.network.NetworkMapManagement;
import be.brugwerk.network.VersionSummary;
import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.AuditTrail.Action;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.people.SharingRole;
import be.brugwerk.people.StaffDirectory;
import be.brugwerk.system.DateRange;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching trajectories (traject): started for a participant with a coach, worked through the organisation's step
 * plan, with wishes, actions tied to members of the map, sessions (each one takes a version of the map), notes,
 * small successes, the participant's support plan and round tables, and a closing evaluation. Who may do what is
 * {@link TrajectoryAccess}; every read and write of a trajectory is audited (ids only).
 */
@Service
@Transactional
public class TrajectoryManagement {

    static final AuditTrail.Subject SUBJECT = AuditTrail.Subject.TRAJECTORY;

    private final Trajectories trajectories;
    private final StepTemplates templates;
    private final TrajectoryAccess access;
    private final ParticipantManagement participants;
    private final NetworkMapManagement maps;
    private final AuditTrail audit;
    private final StaffDirectory staff;
    private final Clock clock;

    TrajectoryManagement(Trajectories trajectories, StepTemplates templates, TrajectoryAccess access,
            ParticipantManagement participants, NetworkMapManagement maps, AuditTrail audit, StaffDirectory staff,
            Clock clock) {
        this.trajectories = trajectories;
        this.templates = templates;
        this.access = access;
        this.participants = participants;
        this.maps = maps;
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * One page of the trajectories the person may work in, newest first, from {@code from} (the newest when
     * {@code null}); a volunteer coach sees only their own. Only the page's participants are named, in one audit row.
     */
    public Keyset.Page<TrajectorySummary, UUID> page(Keyset.Cursor<UUID> from, int size) {
        SignedInUser me = Tenancy.requireRole(Role.COORDINATOR, Role.PROFESSIONAL, Role.VOLUNTEER_COACH);
        Keyset.Page<Trajectories.Listed, UUID> page = trajectories.listed(me.organisationId(), participants.workable(),
                me.hasRole(Role.VOLUNTEER_COACH) ? me.accountId() : null, from, size);
        Map<ParticipantId, String> names = page.rows().isEmpty() ? Map.of()
                : participants.namesAuditedByCaller(page.rows().stream().map(listed -> listed.head().participant())
                        .toList());
        Map<UUID, Integer> overdue = page.rows().isEmpty() ? Map.of()
                : trajectories.overdueActions(me.organisationId(), today(),
                        page.rows().stream().map(listed -> listed.head().id()).toList());
        Map<UUID, String> coaches = page.rows().isEmpty() ? Map.of()
                : staff.names(page.rows().stream().map(listed -> listed.head().coach()).collect(Collectors.toSet()));
        Keyset.Page<TrajectorySummary, UUID> summaries = page.map(listed -> {
            Trajectories.Head head = listed.head();
            return new TrajectorySummary(head.id(), head.participant(), names.get(head.participant()),
                    coachName(coaches, head.coach()), head.startedOn(), head.closedOn(), listed.currentDefaultStep(),
                    listed.currentStepName(), overdue.getOrDefault(head.id(), 0));
        });
        audit.record(Action.LIST, SUBJECT, summaries.rows().stream().map(t -> t.participant().value()).toList());
        return summaries;
    }

    /** Participants one may start a trajectory for: visible, with a ground to process, none open yet. */
    @Transactional(readOnly = true)
    public List<ParticipantView> startable(List<ParticipantView> visible) {
        SignedInUser me = Tenancy.requireUser();
        Set<ParticipantId> open = trajectories.withOpenTrajectory(me.organisationId());
        return visible.stream().filter(p -> !p.restricted() && !open.contains(p.id())).toList();
    }

    /**
     * Starts a trajectory with the organisation's current step plan (its own copy). The coach must work with the
     * participant: on their caseload, and — for a volunteer coach — with the participant's consent to share with
     * volunteer coaches (the caseload policy). A volunteer coach can start one only with themselves as coach.
     */
    public UUID start(ParticipantId participant, UUID coach) {
        SignedInUser me = Tenancy.requireRole(Role.COORDINATOR, Role.PROFESSIONAL, Role.VOLUNTEER_COACH);
        ParticipantView view = participants.get(participant);
        if (view.restricted()) {
            throw new Refusal("participant", "coaching.participant.restricted");
        }
        if (me.hasRole(Role.VOLUNTEER_COACH) && !me.accountId().equals(coach)) {
            throw new Refusal("coach", "coaching.coach.onlyYourself");
        }
        requireEligible(view, coach);
        if (trajectories.hasOpenTrajectory(participant)) {
            throw new Refusal("participant", "coaching.trajectory.alreadyOpen");
        }
        UUID id = UUID.randomUUID();
        trajectories.insert(id, me.organisationId(), participant, coach, today(), me.accountId(), clock.instant(),
                templates.current(me.organisationId()));
        audit.record(Action.CREATE, SUBJECT, List.of(participant.value()));
        return id;
    }

    /**
     * Hands a running trajectory to another coach (a volunteer coach dropped out, say): the coordinator's decision,
     * under the same rule as at the start. The notes stay with their authors; private ones stay private.
     *
     * @throws VersionConflict when the trajectory changed since it was read at {@code version} (handed over, closed)
     */
    public void changeCoach(UUID id, int version, UUID coach) {
        Tenancy.requireRole(Role.COORDINATOR);
        Trajectories.Head head = access.open(id);
        requireEligible(participants.get(head.participant()), coach);
        if (!trajectories.changeCoach(id, version, coach)) {
            throw new VersionConflict("This trajectory");
        }
        audit.record(Action.UPDATE, SUBJECT, List.of(head.participant().value()));
    }

    /** On the participant's caseload; a volunteer coach also with the participant's consent to share with them. */
    private static void requireEligible(ParticipantView participant, UUID coach) {
        boolean eligible = participant.caseload().stream().anyMatch(m -> m.accountId().equals(coach) && m.active()
                && (Role.PROFESSIONAL.name().equals(m.role()) || Role.VOLUNTEER_COACH.name().equals(m.role())
                        && participant.sharedWith().contains(SharingRole.VOLUNTEER_COACH)));
        if (!eligible) {
            throw new Refusal("coach", "coaching.coach.notEligible");
        }
    }

    /**
     * Throws {@link be.brugwerk.system.NotFound} unless the signed-in person may work in the trajectory; reads nothing
     * of it, so it writes no audit row. Asked before a request's input is read (ADR 0006).
     */
    @Transactional(readOnly = true)
    public void checkAccess(UUID id) {
        access.workable(id);
    }

    public TrajectoryView get(UUID id) {
        Trajectories.Head head = access.workable(id);
        String name = participants.get(head.participant()).details().name();
        TrajectoryView view = view(head, name, members(head), false);
        audit.record(Action.READ, SUBJECT, List.of(head.participant().value()));
        return view;
    }

    /** What the participant receives: shared notes only, never a private one. */
    public TrajectoryView forParticipant(UUID id) {
        Trajectories.Head head = access.workable(id);
        String name = participants.get(head.participant()).details().name();
        TrajectoryView view = view(head, name, members(head), true);
        audit.record(Action.READ, SUBJECT, List.of(head.participant().value()));
        return view;
    }

    /**
     * Saves a step's status and notes as read at {@code version}.
     *
     * @throws VersionConflict when someone saved the step since it was read: nothing is overwritten
     */
    public void updateStep(UUID id, UUID step, int version, StepStatus status, String notes) {
        Trajectories.Head head = access.open(id);
        if (!trajectories.updateStep(id, step, version, status, blankToNull(notes), today())) {
            throw missingOrChanged("trajectory_step", id, step, "Step", "This step");
        }
        audit.record(Action.UPDATE, SUBJECT, List.of(head.participant().value()));
    }

    public void addWish(UUID id, WishContact contact, UUID member, String description) {
        Trajectories.Head head = access.open(id);
        requireText("description", description);
        if (contact == WishContact.EXISTING && member != null) {
            requireMember(head, "memberId", member);
        }
        trajectories.addWish(id, head.organisation(), contact, contact == WishContact.NEW ? null : member,
                description.strip(), clock.instant());
        audit.record(Action.UPDATE, SUBJECT, List.of(head.participant().value()));
    }

    /** What an action needs; members are ids of members of the participant's map. */
    public record NewAction(ActionKind kind, String description, UUID member, Performer performer,
            UUID performerMember, LocalDate dueOn) {
    }

    /**
     * Adds an action. A member it points at, or who carries it out, must be on this participant's map; a due date
     * cannot lie before the trajectory started.
     */
    public UUID addAction(UUID id, NewAction action) {
        Trajectories.Head head = access.open(id);
        requireText("description", action.description());
        if (action.kind() == null) {
            throw new Refusal("kind", "coaching.field.required");
        }
        if (action.performer() == null) {
            throw new Refusal("performer", "coaching.field.required");
        }
        if (action.performer() == Performer.MEMBER && action.performerMember() == null) {
            throw new Refusal("performerMemberId", "coaching.action.performerMemberRequired");
        }
        if (action.member() != null || action.performer() == Performer.MEMBER) {
            Set<UUID> members = members(head).keySet();
            if (action.member() != null && !members.contains(action.member())) {
                throw notOnMap("memberId");
            }
            if (action.performer() == Performer.MEMBER && !members.contains(action.performerMember())) {
                throw notOnMap("performerMemberId");
            }
        }
        DateRange.PLANNED.check("dueOn", action.dueOn(), today());
        requireDueAfterStart(head, action.dueOn());
        UUID created = trajectories.addAction(id, head.organisation(), action.kind(), action.description().strip(),
                action.member(), action.performer(),
                action.performer() == Performer.MEMBER ? action.performerMember() : null, action.dueOn(),
                clock.instant());
        audit.record(Action.UPDATE, SUBJECT, List.of(head.participant().value()));
        return created;
    }

    /**
     * Changes what an open action is and when it is due (a plan moved, an overdue action rescheduled), as read at
     * {@code version}; the due date cannot lie before the trajectory started.
     *
     * @throws VersionConflict when someone changed the action since (its status included)
     */
    public void updateAction(UUID id, UUID action, int version, String description, LocalDate dueOn) {
        Trajectories.Head head = access.open(id);
        requireText("description", description);
        DateRange.PLANNED.check("dueOn", dueOn, today());
        requireDueAfterStart(head, dueOn);
        if (!trajectories.updateAction(id, action, version, description.strip(), dueOn)) {
            throw missingOrChanged("coaching_action", id, action, "Action", "This action");
        }
        audit.record(Action.UPDATE, SUBJECT, List.of(head.participant().value()));
    }

    private static void requireDueAfterStart(Trajectories.Head head, LocalDate dueOn) {
        if (dueOn != null && dueOn.isBefore(head.startedOn())) {
            throw new Refusal("dueOn", "coaching.action.dueBeforeStart");
        }
    }

    /** @throws VersionConflict when someone changed the action since it was read at {@code version} */
    public void setActionStatus(UUID id, UUID action, int version, ActionStatus status) {
        Trajectories.Head head = access.open(id);
        if (status == null) {
            throw new Refusal("status", "coaching.field.required");
        }
        if (!trajectories.setActionStatus(id, action, version, status,
                status == ActionStatus.DONE ? today() : null)) {
            throw missingOrChanged("coaching_action", id, action, "Action", "This action");
        }
        audit.record(Action.UPDATE, SUBJECT, List.of(head.participant().value()));
    }

    /** A small success (klein succes), celebrated in the timeline. */
    public void addSuccess(UUID id, LocalDate on, String description) {
        Trajectories.Head head = access.open(id);
        requireText("description", description);
        notInTheFuture("occurredOn", on);
        trajectories.addSuccess(id, head.organisation(), on, description.strip(), clock.instant());
        audit.record(Action.UPDATE, SUBJECT, List.of(head.participant().value()));
    }

    /** A meeting of coach and participant; logging it takes a version of the map (reason SESSION). */
    public record NewSession(LocalDate heldOn, int durationMinutes, String place, String note,
            NoteVisibility noteVisibility) {
    }

    public UUID logSession(UUID id, NewSession session) {
        Trajectories.Head head = access.open(id);
        if (session.heldOn() == null) {
            throw new Refusal("heldOn", "date.required");
        }
        notInTheFuture("heldOn", session.heldOn());
        if (session.heldOn().isBefore(head.startedOn())) {
            throw new Refusal("heldOn", "coaching.session.beforeStart");
        }
        if (session.durationMinutes() < 1 || session.durationMinutes() > 1440) {
            throw new Refusal("durationMinutes", "coaching.session.duration");
        }
        if (session.note() != null && !session.note().isBlank() && session.noteVisibility() == null) {
            throw new Refusal("noteVisibility", "coaching.field.required");
        }
        SignedInUser me = Tenancy.requireUser();
        MapDocument map = maps.workingCopy(head.participant());
        VersionSummary version = maps.takeVersion(head.participant(), VersionSummary.Reason.SESSION);
        NetworkFigures figures = NetworkFigures.of(version.id(), version.takenAt(), map, head.participant());
        UUID created = trajectories.addSession(id, head.organisation(), session.heldOn(), session.durationMinutes(),
                blankToNull(session.place()), version.id(), new Trajectories.SessionFigures(figures.members(),
                        figures.activeMembers(), figures.informal(), figures.effectiveSize()),
                me.accountId(), clock.instant());
        if (session.note() != null && !session.note().isBlank()) {
            trajectories.addNote(id, head.organisation(), created, me.accountId(), session.noteVisibility(),
                    session.note().strip(), clock.instant());
        }
        audit.record(Action.UPDATE, SUBJECT, List.of(head.participant().value()));
        return created;
    }

    public void addNote(UUID id, NoteVisibility visibility, String text) {
        Trajectories.Head head = access.open(id);
        requireText("text", text);
        if (visibility == null) {
            throw new Refusal("visibility", "coaching.field.required");
        }
        trajectories.addNote(id, head.organisation(), null, Tenancy.requireUser().accountId(), visibility,
                text.strip(), clock.instant());
        audit.record(Action.UPDATE, SUBJECT, List.of(head.participant().value()));
    }

    /**
     * Records the participant's choice: whom they want to involve and for what, or whom not. Either a member of the
     * map or someone named in words.
     */
    public void addPlanEntry(UUID id, UUID member, String who, boolean involve, String purpose) {
        Trajectories.Head head = access.open(id);
        if (member == null && (who == null || who.isBlank())) {
            throw new Refusal("memberId", "coaching.plan.whoRequired");
        }
        if (member != null) {
            requireMember(head, "memberId", member);
        }
        trajectories.addPlanEntry(id, head.organisation(), member, blankToNull(who), involve, blankToNull(purpose),
                clock.instant());
        audit.record(Action.UPDATE, SUBJECT, List.of(head.participant().value()));
    }

    /**
     * Prepares a round table: invitees picked from the map, a date, an agenda, and whether the participant wants to
     * be central at it (the personal-network model: their choice, recorded as theirs).
     */
    public void planRoundTable(UUID id, LocalDate plannedOn, String agenda, List<UUID> invitees,
            Boolean participantCentral) {
        Trajectories.Head head = access.open(id);
        if (plannedOn == null) {
            throw new Refusal("plannedOn", "date.required");
        }
        DateRange.PLANNED.check("plannedOn", plannedOn, today());
        requireText("agenda", agenda);
        if (participantCentral == null) {
            throw new Refusal("participantCentral", "coaching.field.required");
        }
        if (!invitees.isEmpty()) {
            Set<UUID> members = members(head).keySet();
            for (UUID invitee : invitees) {
                if (!members.contains(invitee)) {
                    throw notOnMap("invitees");
                }
            }
        }
        trajectories.addRoundTable(id, head.organisation(), plannedOn, agenda.strip(), Set.copyOf(invitees),
                participantCentral, clock.instant());
        audit.record(Action.UPDATE, SUBJECT, List.of(head.participant().value()));
    }

    /** @throws VersionConflict when someone recorded agreements since they were read at {@code version} */
    public void recordAgreements(UUID id, UUID roundTable, int version, String agreements) {
        Trajectories.Head head = access.open(id);
        requireText("agreements", agreements);
        if (!trajectories.recordAgreements(id, roundTable, version, agreements.strip())) {
            throw missingOrChanged("round_table", id, roundTable, "Round table", "These agreements");
        }
        audit.record(Action.UPDATE, SUBJECT, List.of(head.participant().value()));
    }

    /**
     * Closes the trajectory with its evaluation: what changed in the network and in the scores, the participant's
     * own words, and a follow-up date or a handover (one of the two is required).
     */
    public void close(UUID id, int version, TrajectoryView.Evaluation evaluation) {
        Trajectories.Head head = access.open(id);
        boolean handover = evaluation.handoverTo() != null && !evaluation.handoverTo().isBlank();
        if (evaluation.followUpOn() == null && !handover) {
            throw new Refusal("followUpOn", "coaching.closing.followUpOrHandover");
        }
        if (evaluation.followUpOn() != null && evaluation.followUpOn().isBefore(today())) {
            throw new Refusal("followUpOn", "coaching.closing.followUpInThePast");
        }
        DateRange.PLANNED.check("followUpOn", evaluation.followUpOn(), today());
        TrajectoryView.Evaluation cleaned = new TrajectoryView.Evaluation(blankToNull(evaluation.network()),
                blankToNull(evaluation.scores()), blankToNull(evaluation.participantWords()), evaluation.followUpOn(),
                blankToNull(evaluation.handoverTo()));
        if (!trajectories.close(id, version, today(), cleaned)) {
            throw new VersionConflict("This trajectory");
        }
        audit.record(Action.UPDATE, SUBJECT, List.of(head.participant().value()));
    }

    /**
     * The network before and after: the first and the last version of the map since the trajectory started, their
     * figures, what changed, and both maps (drawn side by side).
     */
    public record NetworkChange(NetworkFigures before, NetworkFigures after,
            be.brugwerk.network.MapComparison changes, MapDocument beforeMap, MapDocument afterMap) {
    }

    /** Empty when fewer than two versions were taken since the trajectory started. */
    public java.util.Optional<NetworkChange> networkChange(UUID id) {
        Trajectories.Head head = access.workable(id);
        List<VersionSummary> versions = maps.versions(head.participant()).stream()
                .filter(v -> !LocalDate.ofInstant(v.takenAt(), clock.getZone()).isBefore(head.startedOn()))
                .sorted(Comparator.comparing(VersionSummary::takenAt)).toList();
        audit.record(Action.READ, SUBJECT, List.of(head.participant().value()));
        if (versions.size() < 2) {
            return java.util.Optional.empty();
        }
        VersionSummary first = versions.get(0);
        VersionSummary last = versions.get(versions.size() - 1);
        MapDocument before = maps.version(head.participant(), first.id());
        MapDocument after = maps.version(head.participant(), last.id());
        return java.util.Optional.of(new NetworkChange(
                NetworkFigures.of(first.id(), first.takenAt(), before, head.participant()),
                NetworkFigures.of(last.id(), last.takenAt(), after, head.participant()),
                be.brugwerk.network.MapComparison.between(before, after), before, after));
    }

    private TrajectoryView view(Trajectories.Head head, String participantName, Map<UUID, String> members,
            boolean sharedOnly) {
        UUID me = Tenancy.requireUser().accountId();
        LocalDate today = today();
        List<TrajectoryView.Wish> wishes = trajectories.wishes(head.id()).stream()
                .map(w -> new TrajectoryView.Wish(w.id(), w.contact(), ref(w.member(), members), w.description()))
                .toList();
        List<TrajectoryView.Action> actions = trajectories.actions(head.id()).stream()
                .map(a -> new TrajectoryView.Action(a.id(), a.kind(), a.description(), ref(a.member(), members),
                        a.performer(), ref(a.performerMember(), members), a.dueOn(), a.status(), a.doneOn(),
                        head.closedOn() == null && a.status() == ActionStatus.OPEN && a.dueOn() != null
                                && a.dueOn().isBefore(today),
                        a.version()))
                .toList();
        List<TrajectoryView.Session> sessions = trajectories.sessions(head.id());
        Trajectories.DatedFacts facts = trajectories.datedFacts(head.id());
        List<TrajectoryView.Success> successes = facts.successes();
        List<TrajectoryView.PlanEntry> plan = trajectories.plan(head.id()).stream()
                .map(p -> new TrajectoryView.PlanEntry(p.id(), ref(p.member(), members), p.who(), p.involve(),
                        p.purpose()))
                .toList();
        List<TrajectoryView.RoundTable> tables = trajectories.roundTables(head.id()).stream()
                .map(t -> new TrajectoryView.RoundTable(t.id(), t.plannedOn(), t.agenda(), t.agreements(),
                        t.invitees().stream().map(i -> ref(i, members)).toList(), t.participantCentral(), t.version()))
                .toList();
        List<TimelineEntry> timeline = new ArrayList<>();
        sessions.forEach(s -> timeline.add(new TimelineEntry(s.heldOn(), TimelineEntry.Kind.SESSION, s.place())));
        successes.forEach(s -> timeline.add(new TimelineEntry(s.occurredOn(), TimelineEntry.Kind.SUCCESS,
                s.description())));
        actions.stream().filter(a -> a.status() == ActionStatus.DONE && a.doneOn() != null)
                .forEach(a -> timeline.add(new TimelineEntry(a.doneOn(), TimelineEntry.Kind.ACTION_DONE,
                        a.description())));
        for (Trajectories.BuddyPairRow pair : facts.buddyPairs()) {
            if (pair.startedOn() != null) {
                timeline.add(new TimelineEntry(pair.startedOn(), TimelineEntry.Kind.BUDDY_PAIR_STARTED, null));
            }
            if (pair.endedOn() != null) {
                timeline.add(new TimelineEntry(pair.endedOn(), Boolean.TRUE.equals(pair.stoppedEarly())
                        ? TimelineEntry.Kind.BUDDY_PAIR_STOPPED : TimelineEntry.Kind.BUDDY_PAIR_COMPLETED, null));
            }
        }
        timeline.sort(Comparator.comparing(TimelineEntry::on));
        List<TrajectoryView.MapMember> mapMembers = members.entrySet().stream()
                .map(e -> new TrajectoryView.MapMember(e.getKey(), e.getValue())).toList();
        return new TrajectoryView(head.id(), head.participant(), participantName, head.coach(),
                coachName(staff.names(List.of(head.coach())), head.coach()), head.startedOn(), head.closedOn(), head.version(),
                trajectories.steps(head.id()), wishes, actions, sessions,
                trajectories.notes(head.id(), me, sharedOnly), successes, plan, tables,
                trajectories.evaluation(head.id()), mapMembers, List.copyOf(timeline));
    }

    /** A coach's name; "?" for an account that is not there any more (names are people's, not ours to keep). */
    private static String coachName(Map<UUID, String> names, UUID coach) {
        return names.getOrDefault(coach, "?");
    }

    /** Why an update by version changed nothing: the row is not this trajectory's (404), or it changed (409). */
    private RuntimeException missingOrChanged(String table, UUID trajectory, UUID row, String what, String conflict) {
        return trajectories.holds(table, trajectory, row) ? new VersionConflict(conflict)
                : new be.brugwerk.system.NotFound(what);
    }

    private static MemberRef ref(UUID member, Map<UUID, String> members) {
        if (member == null) {
            return null;
        }
        String name = members.get(member);
        return new MemberRef(member, name, name == null);
    }

    /** The members on the participant's map now, by id, in the map's order. */
    private Map<UUID, String> members(Trajectories.Head head) {
        Map<UUID, String> members = new LinkedHashMap<>();
        maps.workingCopy(head.participant()).members().forEach(m -> members.put(m.id(), m.name()));
        return members;
    }

    private void requireMember(Trajectories.Head head, String field, UUID member) {
        if (!members(head).containsKey(member)) {
            throw notOnMap(field);
        }
    }

    private static Refusal notOnMap(String field) {
        return new Refusal(field, "coaching.member.notOnMap");
    }

    /** A date of something that happened: required, from 1900 until today. */
    private void notInTheFuture(String field, LocalDate date) {
        if (date == null) {
            throw new Refusal(field, "date.required");
        }
        DateRange.PAST.check(field, date, today());
    }

    private static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new Refusal(field, "coaching.field.required");
        }
        if (text.length() > 4000) {
            throw new Refusal(field, "coaching.field.tooLong");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}

package be.brugwerk.coaching;

import be.brugwerk.network.MapDocument;
import be.brugwerk.network.NetworkMapManagement;
import be.brugwerk.network.VersionSummary;
import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.AuditTrail.Action;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.people.StaffDirectory;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching trajectories (traject): started for a participant with a coach, worked through the organisation's step
 * plan, with wishes, actions tied to members of the map, sessions (each one takes a version of the map), notes,
 * small successes, the participant's support plan and round tables, and a closing evaluation. This orchestrates:
 * who may do what is {@link TrajectoryAccess}, the rules are the {@link Trajectory}'s, the pages are built by
 * {@link TrajectoryViews}; every read and write of a trajectory is audited (ids only).
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
    private final TrajectoryViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrajectoryManagement(
            Trajectories trajectories,
            StepTemplates templates,
            TrajectoryAccess access,
            ParticipantManagement participants,
            NetworkMapManagement maps,
            AuditTrail audit,
            StaffDirectory staff,
            TrajectoryViews views,
            ApplicationEventPublisher events,
            Clock clock) {
        this.trajectories = trajectories;
        this.templates = templates;
        this.access = access;
        this.participants = participants;
        this.maps = maps;
        this.audit = audit;
        this.staff = staff;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One page of the trajectories the person may work in, newest first, from {@code from} (the newest when
     * {@code null}); a volunteer coach sees only their own. Only the page's participants are shown, named in one audit
     * row.
     */
    public Keyset.Page<TrajectorySummary, UUID> page(Keyset.Cursor<UUID> from, int size) {
        SignedInUser me = Tenancy.requireRole(Role.COORDINATOR, Role.PROFESSIONAL, Role.VOLUNTEER_COACH);
        UUID coach = me.hasRole(Role.VOLUNTEER_COACH) ? me.accountId() : null;
        // Who works across the organisation: page the organisation's trajectories and check and name only their
        // participants (one query for both), rather than read every workable participant of the organisation first;
        // who works from their own caseload: that caseload, checked and named in one query, is the narrower start.
        Keyset.Page<Trajectories.Listed, UUID> page = participants.worksAcrossOrganisation()
                ? trajectories.listed(me.organisationId(), participants::workableNamedAmong, coach, from, size)
                : ownCaseload(me.organisationId(), coach, from, size);
        // a closed trajectory shows no overdue actions: only the open ones are counted
        List<UUID> open = page.rows().stream()
                .map(Trajectories.Listed::head)
                .filter(head -> head.closedOn() == null)
                .map(Trajectories.Head::id)
                .toList();
        Map<UUID, Integer> overdue =
                open.isEmpty() ? Map.of() : trajectories.overdueActions(me.organisationId(), today(), open);
        Map<UUID, String> coaches = page.rows().isEmpty()
                ? Map.of()
                : staff.names(page.rows().stream()
                        .map(listed -> listed.head().coach())
                        .collect(Collectors.toSet()));
        Keyset.Page<TrajectorySummary, UUID> summaries = page.map(listed -> {
            Trajectories.Head head = listed.head();
            return new TrajectorySummary(
                    head.id(),
                    head.participant(),
                    listed.participantName(),
                    TrajectoryViews.coachName(coaches, head.coach()),
                    head.startedOn(),
                    head.closedOn(),
                    listed.currentDefaultStep(),
                    listed.currentStepName(),
                    overdue.getOrDefault(head.id(), 0));
        });
        audit.record(
                Action.LIST,
                SUBJECT,
                summaries.rows().stream().map(t -> t.participant().value()).toList());
        return summaries;
    }

    /** A page of the trajectories of the participants on one's own caseload that one may work with, named. */
    private Keyset.Page<Trajectories.Listed, UUID> ownCaseload(
            UUID organisation, UUID coach, Keyset.Cursor<UUID> from, int size) {
        Map<ParticipantId, String> names = participants.ownCaseloadWorkableNamed();
        return trajectories
                .listed(organisation, names.keySet(), coach, from, size)
                .map(listed -> listed.named(names.get(listed.head().participant())));
    }

    /**
     * Whom one may start a trajectory for (at most {@link #MOST_STARTABLE}), whom one may name as its coach, and how
     * much of what matched is offered ({@code reach}: more matched, or reading stopped before the choice was full; a
     * page words the two differently).
     */
    public record StartChoices(
            List<ParticipantView> participants,
            List<ParticipantView.CaseloadMember> coaches,
            ParticipantManagement.Reach reach) {

        /**
         * Whether others may match too (more matched, or reading stopped): derived from {@code reach}, and a field of
         * the API's answer as it has always been.
         */
        @JsonProperty("more")
        public boolean more() {
            return reach.more();
        }

        /** The participants offered as the bounded choice by name they are: not a field of the API's answer. */
        @JsonIgnore
        public ParticipantManagement.NamedChoice choice() {
            Map<ParticipantId, String> names = new LinkedHashMap<>();
            participants.forEach(p -> names.put(p.id(), p.details().name()));
            return new ParticipantManagement.NamedChoice(names, reach);
        }
    }

    /** How many participants the start of a trajectory offers at once: a search on the name narrows them down. */
    public static final int MOST_STARTABLE = 20;

    /**
     * Up to {@value #MOST_STARTABLE} of the participants one may start a trajectory for (workable: visible, not
     * archived, with a ground to process their data; none open yet) whose name contains {@code search} (all when
     * blank), in name order, with {@code chosen} first when it is one of them (a participant's page links to the start
     * with them chosen; a refused form keeps its choice), and the people active on their caseloads, each once: the
     * coaches of the participants offered, as before the choice was bounded, so that nobody is offered who coaches
     * none of them and the offer follows the choice, not the organisation's size. A volunteer coach is offered only
     * themselves. Who may really coach is checked at the start. Its statements follow the choice, not the size of the
     * organisation: a fixed number when the first read of names fills the choice or holds every match, and two more for
     * each further read, which only rows left out (an open trajectory) call for and which stop after some 400 rows
     * ({@link ParticipantManagement#offeredWithChosenFirst}, which writes the one audit row naming those offered).
     */
    public StartChoices startChoices(String search, ParticipantId chosen) {
        SignedInUser me = Tenancy.requireUser();
        Function<Set<ParticipantId>, Set<ParticipantId>> open =
                among -> trajectories.withOpenTrajectory(me.organisationId(), among);
        // the chosen one is shown as long as a trajectory can be started for them, wherever they come in the order
        ParticipantManagement.NamedChoice offered =
                participants.offeredWithChosenFirst(search, MOST_STARTABLE, chosen, open);
        Map<ParticipantId, ParticipantView> views =
                participants.getAllWithoutAudit(offered.names().keySet());
        List<ParticipantView> startable = offered.names().keySet().stream()
                .map(views::get)
                .filter(Objects::nonNull)
                .toList();
        Set<UUID> coaching = new HashSet<>();
        List<ParticipantView.CaseloadMember> coaches = startable.stream()
                .flatMap(p -> p.caseload().stream())
                .filter(m -> m.active()
                        && (!me.hasRole(Role.VOLUNTEER_COACH) || m.accountId().equals(me.accountId())))
                .filter(m -> coaching.add(m.accountId()))
                .toList();
        return new StartChoices(startable, coaches, offered.reach());
    }

    /**
     * Whom a coordinator may hand the open trajectory to: the organisation's professionals and volunteer coaches but
     * its coach now. None for anyone else, or for a closed trajectory. Who may really coach is checked at the handover.
     * It starts no transaction of its own: it reads nothing when there is nothing to offer.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<ParticipantView.CaseloadMember> coachCandidates(TrajectoryView trajectory) {
        if (!Tenancy.requireUser().hasRole(Role.COORDINATOR) || trajectory.closed()) {
            return List.of();
        }
        return participants.caseloadCandidates().stream()
                .filter(candidate -> !candidate.accountId().equals(trajectory.coachId()))
                .toList();
    }

    /**
     * Starts a trajectory with the organisation's current step plan (its own copy). The coach must work with the
     * participant: on their caseload, and — for a volunteer coach — with the participant's consent to share with
     * volunteer coaches (the caseload policy). A volunteer coach can start one only with themselves as coach.
     */
    public UUID start(ParticipantId participant, UUID coach) {
        SignedInUser me = Tenancy.requireRole(Role.COORDINATOR, Role.PROFESSIONAL, Role.VOLUNTEER_COACH);
        ParticipantView view = participants.get(participant);
        Trajectory trajectory = Trajectory.start(
                me.organisationId(),
                view,
                coach,
                me.accountId(),
                me.hasRole(Role.VOLUNTEER_COACH),
                trajectories.hasOpenTrajectory(participant),
                templates.current(me.organisationId()),
                today(),
                clock.instant());
        trajectories.save(trajectory);
        audit.record(Action.CREATE, SUBJECT, List.of(participant.value()));
        return trajectory.id();
    }

    /**
     * Hands a running trajectory to another coach (a volunteer coach dropped out, say): the coordinator's decision,
     * under the same rule as at the start. The notes stay with their authors; private ones stay private.
     *
     * @throws VersionConflict when the trajectory changed since it was read at {@code version} (handed over, closed)
     */
    public void changeCoach(UUID id, int version, UUID coach) {
        Tenancy.requireRole(Role.COORDINATOR);
        change(id, trajectory -> trajectory.handTo(coach, version, participants.get(trajectory.participant())));
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
        return read(id, false);
    }

    /** What the participant receives: shared notes only, never a private one. */
    public TrajectoryView forParticipant(UUID id) {
        return read(id, true);
    }

    private TrajectoryView read(UUID id, boolean sharedOnly) {
        Trajectories.Head head = access.workable(id);
        String name = participants.get(head.participant()).details().name();
        TrajectoryView view = views.view(head, name, sharedOnly);
        audit.record(Action.READ, SUBJECT, List.of(head.participant().value()));
        return view;
    }

    /**
     * Saves a step's status and notes as read at {@code version}.
     *
     * @throws VersionConflict when someone saved the step since it was read: nothing is overwritten
     */
    public void updateStep(UUID id, UUID step, int version, StepStatus status, String notes) {
        change(id, trajectory -> trajectory.changeStep(step, version, status, notes, today()));
    }

    public UUID addWish(UUID id, WishContact contact, UUID member, String description) {
        return changeAnswering(
                id, trajectory -> trajectory.addWish(contact, member, description, onMap(trajectory), clock.instant()));
    }

    /** What an action needs; members are ids of members of the participant's map. */
    public record NewAction(
            ActionKind kind,
            String description,
            UUID member,
            Performer performer,
            UUID performerMember,
            LocalDate dueOn) {}

    /**
     * Adds an action. A member it points at, or who carries it out, must be on this participant's map; a due date
     * cannot lie before the trajectory started.
     */
    public UUID addAction(UUID id, NewAction action) {
        return changeAnswering(
                id, trajectory -> trajectory.addAction(action, onMap(trajectory), today(), clock.instant()));
    }

    /**
     * Changes what an open action is and when it is due (a plan moved, an overdue action rescheduled), as read at
     * {@code version}; the due date cannot lie before the trajectory started.
     *
     * @throws VersionConflict when someone changed the action since (its status included)
     */
    public void updateAction(UUID id, UUID action, int version, String description, LocalDate dueOn) {
        change(id, trajectory -> trajectory.changeAction(action, version, description, dueOn, today()));
    }

    /** @throws VersionConflict when someone changed the action since it was read at {@code version} */
    public void setActionStatus(UUID id, UUID action, int version, ActionStatus status) {
        change(id, trajectory -> trajectory.setActionStatus(action, version, status, today()));
    }

    /** A small success (klein succes), celebrated in the timeline. */
    public UUID addSuccess(UUID id, LocalDate on, String description) {
        return changeAnswering(id, trajectory -> trajectory.addSuccess(on, description, today(), clock.instant()));
    }

    /** A meeting of coach and participant; logging it takes a version of the map (reason SESSION). */
    public record NewSession(
            LocalDate heldOn, int durationMinutes, String place, String note, NoteVisibility noteVisibility) {}

    public UUID logSession(UUID id, NewSession session) {
        return changeAnswering(id, trajectory -> {
            trajectory.requireLoggable(session, today());
            ParticipantId participant = trajectory.participant();
            MapDocument map = maps.workingCopy(participant);
            VersionSummary version = maps.takeVersion(participant, VersionSummary.Reason.SESSION);
            NetworkFigures figures = NetworkFigures.of(version.id(), version.takenAt(), map, participant);
            return trajectory.logSession(
                    session,
                    new Trajectory.SessionMap(
                            version.id(),
                            figures.members(),
                            figures.activeMembers(),
                            figures.informal(),
                            figures.effectiveSize()),
                    Tenancy.requireUser().accountId(),
                    today(),
                    clock.instant());
        });
    }

    public UUID addNote(UUID id, NoteVisibility visibility, String text) {
        return changeAnswering(
                id,
                trajectory -> trajectory.addNote(
                        visibility, text, Tenancy.requireUser().accountId(), clock.instant()));
    }

    /**
     * Records the participant's choice: whom they want to involve and for what, or whom not. Either a member of the
     * map or someone named in words.
     */
    public UUID addPlanEntry(UUID id, UUID member, String who, boolean involve, String purpose) {
        return changeAnswering(
                id,
                trajectory ->
                        trajectory.addPlanEntry(member, who, involve, purpose, onMap(trajectory), clock.instant()));
    }

    /**
     * Prepares a round table: invitees picked from the map, a date, an agenda, and whether the participant wants to
     * be central at it (the personal-network model: their choice, recorded as theirs).
     */
    public UUID planRoundTable(
            UUID id, LocalDate plannedOn, String agenda, List<UUID> invitees, Boolean participantCentral) {
        return changeAnswering(
                id,
                trajectory -> trajectory.planRoundTable(
                        plannedOn, agenda, invitees, participantCentral, onMap(trajectory), today(), clock.instant()));
    }

    /** @throws VersionConflict when someone recorded agreements since they were read at {@code version} */
    public void recordAgreements(UUID id, UUID roundTable, int version, String agreements) {
        change(id, trajectory -> trajectory.recordAgreements(roundTable, version, agreements));
    }

    /**
     * Closes the trajectory with its evaluation: what changed in the network and in the scores, the participant's
     * own words, and a follow-up date or a handover (one of the two is required). Other modules learn it from
     * {@link TrajectoryClosed}.
     */
    public void close(UUID id, int version, TrajectoryView.Evaluation evaluation) {
        change(id, trajectory -> trajectory.close(version, evaluation, today()));
    }

    /**
     * The one way a trajectory changes: load it if the signed-in person may work in it, let it apply its rules, save
     * what it added or changed, audit the write and tell other modules what happened.
     */
    private <T> T changeAnswering(UUID id, Function<Trajectory, T> work) {
        Trajectory trajectory = trajectories.load(access.workable(id));
        T result = work.apply(trajectory);
        trajectories.save(trajectory);
        audit.record(Action.UPDATE, SUBJECT, List.of(trajectory.participant().value()));
        trajectory.happened().ifPresent(events::publishEvent);
        return result;
    }

    private void change(UUID id, Consumer<Trajectory> work) {
        changeAnswering(id, trajectory -> {
            work.accept(trajectory);
            return null;
        });
    }

    /** The participant's map, read once and only when a rule asks about a member. */
    private Trajectory.MapMembers onMap(Trajectory trajectory) {
        return new Trajectory.MapMembers() {
            private Set<UUID> members;

            @Override
            public boolean holds(UUID member) {
                if (members == null) {
                    members = views.members(trajectory.participant()).keySet();
                }
                return members.contains(member);
            }
        };
    }

    /**
     * The network before and after: the first and the last version of the map since the trajectory started, their
     * figures, what changed, and both maps (drawn side by side).
     */
    public record NetworkChange(
            NetworkFigures before,
            NetworkFigures after,
            be.brugwerk.network.MapComparison changes,
            MapDocument beforeMap,
            MapDocument afterMap) {}

    /** Empty when fewer than two versions were taken since the trajectory started. */
    public java.util.Optional<NetworkChange> networkChange(UUID id) {
        Trajectories.Head head = access.workable(id);
        List<VersionSummary> versions = maps.versions(head.participant()).stream()
                .filter(v -> !LocalDate.ofInstant(v.takenAt(), clock.getZone()).isBefore(head.startedOn()))
                .sorted(Comparator.comparing(VersionSummary::takenAt))
                .toList();
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
                be.brugwerk.network.MapComparison.between(before, after),
                before,
                after));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}

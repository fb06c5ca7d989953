package be.brugwerk.roles;

import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.AuditTrail.Action;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.system.DateRange;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants taking valued roles: a coach proposes an open role to a participant they work with and records the
 * participant's choice; a coordinator records the actor's agreement, which takes a place of the role; the taking
 * starts, ends, or is declined before it starts. Who may see the participant (their coach by caseload, the
 * coordinator) may see and follow the taking; anyone else gets {@link NotFound}. Every read and write is audited
 * (subject {@code role_taking}, ids only). A taking that starts publishes {@link RoleTakingStarted}, one that ends
 * {@link RoleTakingEnded}, and the first check-in that finds it holding {@link RoleTakingHeld}.
 */
@Service
@Transactional
public class RoleTakingManagement {

    /** Who proposes, records the participant's word, starts, ends and declines. */
    static final Role[] COACHES = {Role.COORDINATOR, Role.PROFESSIONAL, Role.VOLUNTEER_COACH};
    /** Who records the actor's agreement. */
    static final Role[] AGREEMENT = {Role.COORDINATOR};

    /** The most check-ins due that one list shows, longest due first. */
    static final int MOST_DUE = 50;

    private static final AuditTrail.Subject SUBJECT = AuditTrail.Subject.ROLE_TAKING;

    private final RoleTakings takings;
    private final Roles roles;
    private final ParticipantManagement participants;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoleTakingManagement(
            RoleTakings takings,
            Roles roles,
            ParticipantManagement participants,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.takings = takings;
        this.roles = roles;
        this.participants = participants;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Throws {@link NotFound} unless the taking is of the organisation and of a participant the signed-in person may
     * see. Asked before a request's input is read (ADR 0006).
     */
    @Transactional(readOnly = true)
    public void checkAccess(UUID taking) {
        find(Tenancy.requireRole(COACHES), taking);
    }

    /** The participant's takings of roles, newest proposal first. */
    public List<RoleTakingView> ofParticipant(ParticipantId participant) {
        SignedInUser me = Tenancy.requireRole(COACHES);
        requireVisible(participant);
        List<RoleTaking> found = takings.ofParticipant(me.organisationId(), participant);
        audit.record(Action.LIST, SUBJECT, found.stream().map(RoleTaking::id).toList());
        return found.stream().map(RoleTakingView::of).toList();
    }

    public RoleTakingView get(UUID id) {
        SignedInUser me = Tenancy.requireRole(COACHES);
        RoleTaking taking = find(me, id);
        audit.record(Action.READ, SUBJECT, List.of(taking.id()));
        return RoleTakingView.of(taking);
    }

    /**
     * A coach proposes an open role to a participant they work with.
     *
     * @throws Refusal on {@code role} for a role that takes nobody now or that the participant already has
     */
    public RoleTakingView propose(UUID role, ParticipantId participant) {
        SignedInUser me = Tenancy.requireRole(COACHES);
        requireVisible(participant);
        ValuedRole valued = role(me, role);
        boolean already = takings.hasCurrent(me.organisationId(), role, participant);
        RoleTaking taking =
                RoleTaking.propose(UUID.randomUUID(), valued, participant, already, me.accountId(), clock.instant());
        takings.insert(me.organisationId(), taking);
        audit.record(Action.CREATE, SUBJECT, List.of(taking.id()));
        return RoleTakingView.of(taking);
    }

    /** The participant chose the role, on their word, with their yes or no to the network map. */
    public RoleTakingView choose(UUID id, int readVersion, Boolean onMap) {
        SignedInUser me = Tenancy.requireRole(COACHES);
        RoleTaking taking = find(me, id);
        taking.choose(readVersion, onMap, me.accountId(), clock.instant());
        return stored(me, taking, null);
    }

    /**
     * A coordinator records the actor's agreement: a place of the role is taken. The agreement that brings a
     * collective role's group to its minimum publishes {@link RoleGroupFormed}.
     *
     * @throws VersionConflict when the role changed since it was read: another agreement may have taken its last place
     */
    public RoleTakingView agree(UUID id, int readVersion) {
        SignedInUser me = Tenancy.requireRole(AGREEMENT);
        RoleTaking taking = find(me, id);
        ValuedRole role = role(me, taking.roleId());
        boolean formedBefore = role.groupFormed();
        taking.agree(readVersion, role, me.accountId(), clock.instant());
        RoleTakingView view = stored(me, taking, role);
        if (role.details().collective() && !formedBefore && role.groupFormed()) {
            events.publishEvent(RoleGroupFormed.of(me, role, takings.holdingPlace(me.organisationId(), role.id())));
        }
        return view;
    }

    /**
     * The participant starts in the role: the taking is active, with a check-in due every {@code checkInIntervalDays}
     * (1 to 365, 14 when null), and {@link RoleTakingStarted} is published. A taking of a collective role starts once
     * its group is formed ({@link ValuedRole#groupFormed}).
     */
    public RoleTakingView start(UUID id, int readVersion, LocalDate on, Integer checkInIntervalDays) {
        SignedInUser me = Tenancy.requireRole(COACHES);
        RoleTaking taking = find(me, id);
        DateRange.PLANNED.check("date", on, LocalDate.now(clock)); // a start may be agreed ahead, not decades ahead
        // the role is read without a lock: a start writes only the taking (its version guards it), not the role, so an
        // end committed meanwhile may shrink a group below its minimum as this member starts; that is the same as a
        // group that shrinks after its members started, whose members stay under way (docs/roles.md)
        ValuedRole role = role(me, taking.roleId());
        taking.start(readVersion, role, on, checkInIntervalDays);
        RoleTakingView view = stored(me, taking, null);
        events.publishEvent(new RoleTakingStarted(
                me.organisationId(),
                taking.id(),
                taking.participant(),
                role.id(),
                role.site().actor(),
                Boolean.TRUE.equals(taking.onMap()),
                on,
                me.accountId()));
        return view;
    }

    /**
     * The active taking ends on a date, for a reason; its place is free again and {@link RoleTakingEnded} is
     * published.
     */
    public RoleTakingView end(UUID id, int readVersion, LocalDate on, String reason) {
        SignedInUser me = Tenancy.requireRole(COACHES);
        RoleTaking taking = find(me, id);
        ValuedRole role = role(me, taking.roleId());
        DateRange.PLANNED.check("date", on, LocalDate.now(clock));
        taking.end(readVersion, role, on, reason, clock.instant());
        RoleTakingView view = stored(me, taking, role);
        events.publishEvent(new RoleTakingEnded(
                me.organisationId(),
                taking.id(),
                taking.participant(),
                role.id(),
                role.site().actor(),
                Boolean.TRUE.equals(taking.onMap()),
                on,
                me.accountId()));
        return view;
    }

    /** The participant or the actor says no before the taking is active; a place it held is freed. */
    public RoleTakingView decline(UUID id, int readVersion, String reason) {
        SignedInUser me = Tenancy.requireRole(COACHES);
        RoleTaking taking = find(me, id);
        ValuedRole role = taking.holdsPlace() ? role(me, taking.roleId()) : null;
        taking.decline(readVersion, role, reason, clock.instant());
        return stored(me, taking, role);
    }

    /** A check-in as pages and the API show it. */
    public record CheckInView(UUID id, LocalDate date, String note) {}

    /**
     * A check-in on the active taking: a date and a short note of how it goes. The first one at least eight weeks after
     * the start notes that the taking holds and publishes {@link RoleTakingHeld}: a success on the trajectory.
     */
    public CheckInView checkIn(UUID id, LocalDate on, String note) {
        SignedInUser me = Tenancy.requireRole(COACHES);
        RoleTaking taking = find(me, id);
        RoleTaking.CheckIn checkIn = taking.checkIn(on, note, LocalDate.now(clock));
        takings.insertCheckIn(me.organisationId(), taking.id(), checkIn, me.accountId(), clock.instant());
        audit.record(Action.CREATE, SUBJECT, List.of(taking.id()));
        if (taking.holdsFirstWith(checkIn) && takings.noteHeld(me.organisationId(), taking.id(), checkIn.on())) {
            events.publishEvent(new RoleTakingHeld(
                    me.organisationId(), taking.id(), taking.participant(), taking.roleId(), checkIn.on()));
        }
        return new CheckInView(checkIn.id(), checkIn.on(), checkIn.note());
    }

    /** The taking's check-ins, newest first. */
    public List<CheckInView> checkIns(UUID id) {
        SignedInUser me = Tenancy.requireRole(COACHES);
        RoleTaking taking = find(me, id);
        audit.record(Action.READ, SUBJECT, List.of(taking.id()));
        return takings.checkIns(me.organisationId(), taking.id()).stream()
                .map(c -> new CheckInView(c.id(), c.on(), c.note()))
                .toList();
    }

    /** A check-in due: the taking, its participant by name, its role by title, the day it fell due. */
    public record DueCheckIn(
            UUID taking, ParticipantId participant, String name, UUID role, String title, LocalDate dueOn) {}

    /**
     * The check-ins due today or before on active takings of the participants the signed-in person may work with: a
     * coordinator's organisation, a professional's or volunteer coach's own caseload (also where professionals may see
     * the whole organisation), longest due first, at most {@value #MOST_DUE}. A fixed number of statements however many takings there are: who may be seen, the
     * takings due, and, when one is, the names (audited by the people module) and one audit row naming the takings.
     */
    public List<DueCheckIn> dueCheckIns() {
        SignedInUser me = Tenancy.requireRole(COACHES);
        // a coordinator: across the organisation, its own rows first, and the names keep those of a participant one
        // may work with; a coach: their own caseload, never the organisation a professional may be let see
        boolean across = me.role() == Role.COORDINATOR;
        List<RoleTakings.Due> due = takings.due(
                me.organisationId(),
                across ? null : participants.ownCaseloadWorkable(),
                LocalDate.now(clock),
                MOST_DUE);
        if (due.isEmpty()) {
            return List.of();
        }
        Map<ParticipantId, String> names = participants.names(
                due.stream().map(RoleTakings.Due::participant).toList());
        List<DueCheckIn> shown = due.stream()
                .filter(d -> names.containsKey(d.participant()))
                .map(d -> new DueCheckIn(
                        d.taking(), d.participant(), names.get(d.participant()), d.role(), d.title(), d.dueOn()))
                .toList();
        if (!shown.isEmpty()) {
            audit.record(
                    Action.LIST, SUBJECT, shown.stream().map(DueCheckIn::taking).toList());
        }
        return shown;
    }

    private RoleTakingView stored(SignedInUser me, RoleTaking taking, ValuedRole role) {
        Instant now = clock.instant();
        takings.update(me.organisationId(), taking);
        if (role != null && role.changed()) {
            roles.update(me.organisationId(), role, me.accountId(), now);
            audit.record(Action.UPDATE, AuditTrail.Subject.VALUED_ROLE, List.of(role.id()));
        }
        audit.record(Action.UPDATE, SUBJECT, List.of(taking.id()));
        return RoleTakingView.of(taking);
    }

    private RoleTaking find(SignedInUser me, UUID id) {
        RoleTaking taking = takings.find(me.organisationId(), id).orElseThrow(() -> new NotFound("Role taking"));
        if (!participants.isVisible(taking.participant())) {
            throw new NotFound("Role taking");
        }
        return taking;
    }

    private void requireVisible(ParticipantId participant) {
        if (!participants.isVisible(participant)) {
            throw new NotFound("Participant");
        }
    }

    /** The role as stored; its actor's place is not needed to take or free a place. */
    private ValuedRole role(SignedInUser me, UUID role) {
        return roles.find(me.organisationId(), role, Roles.sitesOf(Map.of())).orElseThrow(() -> new NotFound("Role"));
    }
}

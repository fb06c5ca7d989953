package be.brugwerk.roles;

import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.AuditTrail.Action;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The group that takes a collective role (issue 14, point 4): who the signed-in person may see of it, and a coach
 * proposing the role to several participants at once, each of whom still chooses for themselves. The group is the
 * takings that hold a place of the role (agreed or under way); it is formed, and its members may start, once it is as
 * large as the role's minimum group ({@link ValuedRole#groupFormed}). Only participants the person may work with (the
 * coordinator, a coach by caseload) are named; the rest of the group is a count. Every read and write is audited.
 */
@Service
@Transactional
public class RoleGroupManagement {

    private final RoleTakings takings;
    private final Roles roles;
    private final ParticipantManagement participants;
    private final AuditTrail audit;
    private final Clock clock;

    RoleGroupManagement(
            RoleTakings takings, Roles roles, ParticipantManagement participants, AuditTrail audit, Clock clock) {
        this.takings = takings;
        this.roles = roles;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Throws {@link NotFound} unless the role is one of the organisation's, for someone who works with participants
     * (others are denied). Asked before a request's input is read (ADR 0006).
     */
    @Transactional(readOnly = true)
    public void checkAccess(UUID role) {
        role(Tenancy.requireRole(RoleTakingManagement.COACHES), role);
    }

    /**
     * The role's group as the signed-in person may see it. Two audit rows, also when they name nobody: the takings
     * shown ({@code role_taking}) and the participants named ({@code participant}).
     */
    public RoleGroupView group(UUID role) {
        SignedInUser me = Tenancy.requireRole(RoleTakingManagement.COACHES);
        ValuedRole valued = role(me, role);
        List<RoleTaking> current = takings.currentOfRole(me.organisationId(), role);
        Map<ParticipantId, String> names = participants.workableNamedAmong(
                current.stream().map(RoleTaking::participant).toList());
        List<RoleGroupView.Member> members = new ArrayList<>();
        int size = 0;
        int others = 0;
        for (RoleTaking taking : current) {
            size += taking.holdsPlace() ? 1 : 0;
            String name = names.get(taking.participant());
            if (name != null) {
                members.add(new RoleGroupView.Member(taking.id(), taking.participant(), name, taking.status()));
            } else if (taking.holdsPlace()) {
                others++;
            }
        }
        audit.record(
                Action.LIST,
                AuditTrail.Subject.ROLE_TAKING,
                members.stream().map(RoleGroupView.Member::taking).toList());
        audit.record(
                Action.LIST,
                AuditTrail.Subject.PARTICIPANT,
                names.keySet().stream().map(ParticipantId::value).toList());
        ValuedRole.Details d = valued.details();
        return new RoleGroupView(
                role, d.collective(), d.capacity(), d.minimumGroup(), size, valued.groupFormed(), members, others);
    }

    /** At most this many participants are offered on the group's page at once; a search by name finds the others. */
    public static final int MOST_PROPOSABLE = 20;

    /**
     * The participants the signed-in person may work with to whom the role could be proposed (none of them has a
     * current taking of it), by name: those of {@code ticked} (as a refused form sent them back, at most as many as
     * the role has places), then up to {@value #MOST_PROPOSABLE} whose name contains {@code search} (all when blank),
     * in name order ({@link ParticipantManagement#offeredWithChosenFirst}, which writes one audit row naming those
     * given, also when it names nobody), with how much of what matched is shown ({@link ParticipantManagement.Reach}:
     * every match, the first by name, or reading stopped before the choice was full; the page words them differently).
     * Its statements follow the choice, not the size of the organisation: a fixed number when the first read of names
     * holds no current taker of the role, and one more for each further read, which only takers among the names read
     * call for.
     */
    public ParticipantManagement.NamedChoice proposable(UUID role, String search, List<ParticipantId> ticked) {
        SignedInUser me = Tenancy.requireRole(RoleTakingManagement.COACHES);
        ValuedRole valued = role(me, role);
        Set<ParticipantId> taking = new HashSet<>();
        takings.currentOfRole(me.organisationId(), role).forEach(t -> taking.add(t.participant()));
        // takers go before the limit, though the choice drops them too: the places count only those it can offer
        List<ParticipantId> kept = ticked.stream()
                .filter(p -> p != null && !taking.contains(p))
                .distinct()
                .limit(valued.details().capacity())
                .toList();
        return participants.offeredWithChosenFirst(
                search,
                MOST_PROPOSABLE,
                kept,
                among -> among.stream().filter(taking::contains).collect(Collectors.toSet()));
    }

    /**
     * A coach proposes a collective role to several participants at once, all or none: each gets a proposal of their
     * own, which they choose or decline for themselves, as a proposal made one by one. A participant the coach may
     * not work with is not found (404), as when proposing to one (ADR 0006: nobody learns that a participant exists
     * whom they may not see).
     *
     * @throws Refusal on {@code participants} when empty or more than the role can take, on {@code participants[i]} for
     *     a missing id, one named twice or one who already has the role proposed or taken, on {@code role} for a role
     *     that is not collective or takes nobody now (closed or filled)
     * @throws NotFound for a participant the signed-in person may not work with
     */
    public List<RoleTakingView> proposeTogether(UUID role, List<ParticipantId> proposed) {
        SignedInUser me = Tenancy.requireRole(RoleTakingManagement.COACHES);
        ValuedRole valued = role(me, role);
        if (!valued.details().collective()) {
            throw new Refusal("role", "roles.group.notCollective");
        }
        if (proposed == null || proposed.isEmpty()) {
            throw new Refusal("participants", "roles.group.participantsRequired");
        }
        if (proposed.size() > valued.details().capacity()) {
            throw new Refusal(
                    "participants", "roles.group.tooMany", valued.details().capacity());
        }
        Set<ParticipantId> seen = new HashSet<>();
        for (int i = 0; i < proposed.size(); i++) {
            ParticipantId participant = proposed.get(i);
            if (participant == null) {
                throw new Refusal("participants[" + i + "]", "roles.group.participantRequired");
            }
            if (!seen.add(participant)) {
                throw new Refusal("participants[" + i + "]", "roles.group.twice");
            }
        }
        if (!participants.workableAmong(proposed).containsAll(proposed)) {
            throw new NotFound("Participant");
        }
        Instant now = clock.instant();
        List<RoleTaking> made = new ArrayList<>();
        for (int i = 0; i < proposed.size(); i++) {
            ParticipantId participant = proposed.get(i);
            boolean already = takings.hasCurrent(me.organisationId(), role, participant);
            if (already) {
                throw new Refusal("participants[" + i + "]", "roles.taking.alreadyTaking");
            }
            made.add(RoleTaking.propose(UUID.randomUUID(), valued, participant, false, me.accountId(), now));
        }
        made.forEach(taking -> takings.insert(me.organisationId(), taking));
        audit.record(
                Action.CREATE,
                AuditTrail.Subject.ROLE_TAKING,
                made.stream().map(RoleTaking::id).toList());
        return made.stream().map(RoleTakingView::of).toList();
    }

    private ValuedRole role(SignedInUser me, UUID role) {
        return roles.find(me.organisationId(), role, Roles.sitesOf(Map.of())).orElseThrow(() -> new NotFound("Role"));
    }
}

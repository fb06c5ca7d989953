package be.brugwerk.roles;

import be.brugwerk.neighbourhood.ActorManagement;
import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.AuditTrail.Action;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's valued roles: read by everyone who may read its neighbourhood actors, made by coordinators and
 * organisation admins, one by one or from a file of needs, and changed, closed and reopened by them. Roles carry no participant data, so reads write no audit
 * row; every change writes one. The rules are the role's own ({@link ValuedRole}) and the file's ({@link NeedsFile});
 * this reads the actors' places from the neighbourhood map, checks access and stores.
 */
@Service
@Transactional
public class RoleManagement {

    static final Role[] READERS = {Role.ORGANISATION_ADMIN, Role.COORDINATOR, Role.PROFESSIONAL, Role.VOLUNTEER_COACH};
    static final Role[] EDITORS = {Role.ORGANISATION_ADMIN, Role.COORDINATOR};

    private static final AuditTrail.Subject SUBJECT = AuditTrail.Subject.VALUED_ROLE;

    private final Roles roles;
    private final ActorManagement actors;
    private final AuditTrail audit;
    private final Clock clock;

    RoleManagement(Roles roles, ActorManagement actors, AuditTrail audit, Clock clock) {
        this.roles = roles;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Throws {@link NotFound} unless the role is one of the signed-in person's organisation (and they may read roles
     * at all: otherwise access is denied). Asked before a request's input is read (ADR 0006).
     */
    @Transactional(readOnly = true)
    public void checkAccess(UUID role) {
        SignedInUser me = Tenancy.requireRole(READERS);
        if (roles.find(me.organisationId(), role, Roles.sitesOf(Map.of())).isEmpty()) {
            throw new NotFound("Role");
        }
    }

    /** The roles of one of the organisation's actors, by title; {@link NotFound} for an actor it does not have. */
    @Transactional(readOnly = true)
    public List<RoleView> ofActor(UUID actor) {
        SignedInUser me = Tenancy.requireRole(READERS);
        ActorSite site = KnownActor.of(actors.get(actor)).site();
        return roles.ofActor(me.organisationId(), site).stream()
                .map(RoleView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public RoleView get(UUID role) {
        SignedInUser me = Tenancy.requireRole(READERS);
        return RoleView.of(find(me, role));
    }

    /**
     * Makes a role of one of the actor's needs.
     *
     * @throws Refusal naming the field at fault ({@code actor} for an actor without a place); nothing is stored then
     */
    public RoleView create(UUID actor, RoleInput input) {
        SignedInUser me = Tenancy.requireRole(EDITORS);
        ActorSite site = KnownActor.of(actors.get(actor)).site();
        ValuedRole role = ValuedRole.fromNeed(UUID.randomUUID(), site, input);
        roles.insert(me.organisationId(), role, me.accountId(), clock.instant());
        audit.record(Action.CREATE, SUBJECT, List.of(role.id()));
        return RoleView.of(role);
    }

    /**
     * Makes a role of every need of a CSV file (docs/roles.md), all or nothing, with one audit row naming them all.
     *
     * @throws Refusal on {@code file} naming the line and column at fault, or that there is no file (none or
     *     empty); nothing is stored then
     */
    public List<RoleView> importNeeds(byte[] file) {
        SignedInUser me = Tenancy.requireRole(EDITORS);
        if (file == null || file.length == 0) {
            throw new Refusal("file", "roles.page.fileRequired");
        }
        List<KnownActor> known = actors.list().stream().map(KnownActor::of).toList();
        List<ValuedRole> read = NeedsFile.read(file, known, UUID::randomUUID);
        Instant now = clock.instant();
        read.forEach(role -> roles.insert(me.organisationId(), role, me.accountId(), now));
        audit.record(Action.CREATE, SUBJECT, read.stream().map(ValuedRole::id).toList());
        return read.stream().map(RoleView::of).toList();
    }

    /**
     * Changes what the role asks and gives, as edited on version {@code readVersion}; a change that changes nothing
     * keeps the version.
     *
     * @throws VersionConflict when it was changed since
     * @throws Refusal naming the field at fault; nothing is stored then
     */
    public RoleView revise(UUID id, int readVersion, RoleInput input) {
        SignedInUser me = Tenancy.requireRole(EDITORS);
        ValuedRole role = find(me, id);
        role.revise(readVersion, role.site(), input);
        return stored(me, role);
    }

    /** The actor no longer needs the role: it takes nobody more. @throws VersionConflict when changed since */
    public RoleView close(UUID id, int readVersion) {
        SignedInUser me = Tenancy.requireRole(EDITORS);
        ValuedRole role = find(me, id);
        role.close(readVersion);
        return stored(me, role);
    }

    /** The actor needs the role again. @throws VersionConflict when changed since */
    public RoleView reopen(UUID id, int readVersion) {
        SignedInUser me = Tenancy.requireRole(EDITORS);
        ValuedRole role = find(me, id);
        role.reopen(readVersion);
        return stored(me, role);
    }

    private RoleView stored(SignedInUser me, ValuedRole role) {
        if (role.changed()) {
            roles.update(me.organisationId(), role, me.accountId(), clock.instant());
            audit.record(Action.UPDATE, SUBJECT, List.of(role.id()));
        }
        return RoleView.of(role);
    }

    private ValuedRole find(SignedInUser me, UUID id) {
        return roles.find(me.organisationId(), id, Roles.sitesOf(sites())).orElseThrow(() -> new NotFound("Role"));
    }

    private Map<UUID, ActorSite> sites() {
        Map<UUID, ActorSite> sites = new HashMap<>();
        actors.list()
                .forEach(actor -> sites.put(actor.id(), KnownActor.of(actor).site()));
        return sites;
    }
}

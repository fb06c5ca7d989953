package be.brugwerk.neighbourhood;

import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.AuditTrail.Action;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's neighbourhood actors: shared inside the organisation, read by everyone who works with
 * participants or runs the organisation, changed by coordinators and organisation admins only. They carry no
 * participant data, so reads write no audit row; every change writes one. The rules of a change are the actor's own
 * ({@link Actor}); this reads, orders and stores.
 */
@Service
@Transactional
public class ActorManagement {

    /** Who may read the organisation's actors. */
    static final Role[] READERS = {Role.ORGANISATION_ADMIN, Role.COORDINATOR, Role.PROFESSIONAL, Role.VOLUNTEER_COACH};
    /** Who may change them. */
    static final Role[] EDITORS = {Role.ORGANISATION_ADMIN, Role.COORDINATOR};

    private static final AuditTrail.Subject SUBJECT = AuditTrail.Subject.NEIGHBOURHOOD_ACTOR;

    private final Actors actors;
    private final AuditTrail audit;
    private final Clock clock;

    ActorManagement(Actors actors, AuditTrail audit, Clock clock) {
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Throws {@link NotFound} unless the actor is one of the signed-in person's organisation (and they may read
     * actors at all: otherwise access is denied). Asked before a request's input is read (ADR 0006).
     */
    @Transactional(readOnly = true)
    public void checkAccess(UUID actor) {
        SignedInUser me = Tenancy.requireRole(READERS);
        if (!actors.exists(me.organisationId(), actor)) {
            throw new NotFound("Actor");
        }
    }

    /** Whether the signed-in person may change actors (the pages offer the forms only to them). */
    public boolean mayEdit() {
        return Tenancy.currentUser()
                .map(me -> java.util.Arrays.stream(EDITORS).anyMatch(me::hasRole))
                .orElse(false);
    }

    /** Every actor of the organisation, by name. */
    @Transactional(readOnly = true)
    public List<ActorView> list() {
        SignedInUser me = Tenancy.requireRole(READERS);
        return actors.all(me.organisationId()).stream().map(Actor::view).toList();
    }

    /** Where the organisation's actors leave gaps ({@link NeighbourhoodAnalysis}). */
    @Transactional(readOnly = true)
    public NeighbourhoodAnalysis.Result analysis() {
        return NeighbourhoodAnalysis.of(list());
    }

    /** The organisation's map as a GeoJSON FeatureCollection, without contact persons ({@link GeoJson}). */
    @Transactional(readOnly = true)
    public java.util.Map<String, Object> geoJson() {
        return GeoJson.featureCollection(list());
    }

    @Transactional(readOnly = true)
    public ActorView get(UUID id) {
        SignedInUser me = Tenancy.requireRole(READERS);
        return find(me, id).view();
    }

    /**
     * The actor as stored, for another module's reaction to an event of {@code organisation}, which runs without a
     * signed-in person; nothing personal is read, so no audit row.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<ActorView> forReaction(UUID organisation, UUID id) {
        return actors.find(organisation, id).map(Actor::view);
    }

    /** Registers an actor typed by hand. @throws Refusal naming the field at fault; nothing is stored then */
    public ActorView create(ActorInput input) {
        SignedInUser me = Tenancy.requireRole(EDITORS);
        Actor actor = Actor.typed(UUID.randomUUID(), input);
        actors.insert(me.organisationId(), actor, me.accountId(), clock.instant());
        audit.record(Action.CREATE, SUBJECT, List.of(actor.id()));
        return actor.view();
    }

    /**
     * Changes an actor as edited on version {@code readVersion}; a change that changes nothing keeps the version.
     *
     * @throws VersionConflict when it was changed since
     * @throws Refusal naming the field at fault; nothing is stored then
     */
    public ActorView update(UUID id, int readVersion, ActorInput input) {
        SignedInUser me = Tenancy.requireRole(EDITORS);
        Actor actor = find(me, id);
        actor.revise(readVersion, input);
        if (actor.changed()) {
            actors.update(me.organisationId(), actor, me.accountId(), clock.instant());
            audit.record(Action.UPDATE, SUBJECT, List.of(id));
        }
        return actor.view();
    }

    /**
     * Removes an actor as it was at {@code version}; {@link NotFound} when there is none.
     *
     * @throws VersionConflict when it was changed since
     */
    public void delete(UUID id, int version) {
        SignedInUser me = Tenancy.requireRole(EDITORS);
        find(me, id);
        if (!actors.delete(me.organisationId(), id, version)) {
            throw new VersionConflict("neighbourhood.conflict.actor");
        }
        audit.record(Action.DELETE, SUBJECT, List.of(id));
    }

    private Actor find(SignedInUser me, UUID id) {
        return actors.find(me.organisationId(), id).orElseThrow(() -> new NotFound("Actor"));
    }
}

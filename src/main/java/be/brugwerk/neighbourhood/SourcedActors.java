package be.brugwerk.neighbourhood;

import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.AuditTrail.Action;
import be.brugwerk.system.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Storing what a source gives, the same for every source: an actor seen before (same source, same id there) is
 * refreshed, its source's facts and fetch date rewritten and never what the organisation added; one not seen before is
 * added. The caller holds the transaction, so that an import stores all or nothing; one audit row names every actor
 * added or refreshed.
 */
@Component
class SourcedActors {

    /** What a source says of one actor: its id there, and its facts. */
    record Sourced(String sourceId, Actor.Facts facts) {}

    /** How many actors were added and refreshed, and how many of them have no place on the map. */
    record Stored(int added, int refreshed, int unplaced) {}

    private final Actors actors;
    private final AuditTrail audit;
    private final Clock clock;

    SourcedActors(Actors actors, AuditTrail audit, Clock clock) {
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    Stored store(SignedInUser me, ActorSource source, List<Sourced> sourced) {
        LocalDate today = LocalDate.now(clock);
        int added = 0;
        int refreshed = 0;
        int unplaced = 0;
        List<UUID> ids = new ArrayList<>();
        for (Sourced one : sourced) {
            var known = actors.fromSource(me.organisationId(), source, one.sourceId());
            Actor actor;
            if (known.isPresent()) {
                actor = known.get();
                actor.refresh(one.facts(), today);
                actors.update(me.organisationId(), actor, me.accountId(), clock.instant());
                refreshed++;
            } else {
                actor = Actor.imported(UUID.randomUUID(), source, one.sourceId(), today, one.facts());
                actors.insert(me.organisationId(), actor, me.accountId(), clock.instant());
                added++;
            }
            ids.add(actor.id());
            if (actor.facts().point() == null) {
                unplaced++;
            }
        }
        if (!ids.isEmpty()) {
            audit.record(Action.CREATE, AuditTrail.Subject.NEIGHBOURHOOD_ACTOR, ids);
        }
        return new Stored(added, refreshed, unplaced);
    }

    /** The ids in {@code source} of the organisation's actors from it that have a place. */
    java.util.Set<String> placed(UUID organisation, ActorSource source) {
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (Actor actor : actors.all(organisation)) {
            if (actor.source() == source && actor.facts().point() != null) {
                placed.add(actor.sourceId());
            }
        }
        return placed;
    }
}

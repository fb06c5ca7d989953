package be.brugwerk.roles;

import be.brugwerk.neighbourhood.ActorView;
import be.brugwerk.system.GeoPoint;
import java.util.Objects;

/**
 * An actor of the organisation as a file of needs may name it: by its name or its id, with the site its roles take
 * place at.
 */
public record KnownActor(String name, ActorSite site) {

    public KnownActor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(site, "site");
    }

    /** The actor as the neighbourhood map shows it; without coordinates it has no point, and so no roles. */
    public static KnownActor of(ActorView actor) {
        GeoPoint point = actor.placed() ? new GeoPoint(actor.latitude(), actor.longitude()) : null;
        return new KnownActor(
                actor.name(), new ActorSite(actor.id(), point, actor.stepFree(), actor.accessibleToilet()));
    }
}

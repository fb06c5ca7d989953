package be.brugwerk.roles;

import be.brugwerk.system.GeoPoint;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a role takes place: the actor whose need it is, at the actor's place, with what is known of its access
 * ({@code null} for unknown). A role never has a place of its own, so that it can be measured from the participant's
 * places; an actor not yet on the map has no point, and a need of it cannot become a role.
 *
 * @param actor the actor's id
 * @param point the actor's place, or null when it has none
 * @param stepFree whether the entrance is step-free, or null when unknown
 * @param accessibleToilet whether there is an accessible toilet, or null when unknown
 */
public record ActorSite(UUID actor, GeoPoint point, Boolean stepFree, Boolean accessibleToilet) {

    public ActorSite {
        Objects.requireNonNull(actor, "actor");
    }
}

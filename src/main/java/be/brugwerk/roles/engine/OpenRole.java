package be.brugwerk.roles.engine;

import be.brugwerk.system.GeoPoint;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A role with places left, as the matching knows it.
 *
 * @param id unique among the roles of a run
 * @param asks codes of the talents it asks (the curated list's names)
 * @param teaches codes of the talents one can learn in it, or none
 * @param languages ISO 639 codes of the languages it is done in, or none
 * @param place where it takes place: the actor's place
 * @param access what the place offers: true, false, or absent when unknown
 * @param openPlaces how many more people it can take in this run, at least 1
 * @param days the days of the week it takes place on; none when it states none
 */
public record OpenRole(
        String id,
        Set<String> asks,
        Set<String> teaches,
        Set<String> languages,
        GeoPoint place,
        Map<Access, Boolean> access,
        int openPlaces,
        Set<DayOfWeek> days) {

    public OpenRole {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(place, "place of role " + id);
        asks = Set.copyOf(asks);
        teaches = Set.copyOf(teaches);
        languages = Set.copyOf(languages);
        access = Map.copyOf(access);
        days = Set.copyOf(days);
        if (openPlaces < 1) {
            throw new IllegalArgumentException(
                    "Role " + id + " has " + openPlaces + " open places; a role in a run has at least 1");
        }
    }

    /** What the place is known to offer: TRUE, FALSE, or null when unknown. */
    Boolean offers(Access need) {
        return access.get(need);
    }
}

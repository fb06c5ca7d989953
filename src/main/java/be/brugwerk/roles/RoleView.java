package be.brugwerk.roles;

import be.brugwerk.talents.Talent;
import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;

/**
 * A role as pages and the API show it; its place and accessibility are its actor's, shown with the actor. A collective
 * role names its minimum group (null for a role that is not collective).
 */
public record RoleView(
        UUID id,
        UUID actor,
        int version,
        String title,
        String description,
        List<Talent> talents,
        String times,
        List<DayOfWeek> days,
        List<String> languages,
        int capacity,
        boolean collective,
        List<Gain> gains,
        List<Talent> learning,
        int taken,
        RoleStatus status,
        int openPlaces,
        Integer minimumGroup) {

    static RoleView of(ValuedRole role) {
        ValuedRole.Details d = role.details();
        return new RoleView(
                role.id(),
                role.site().actor(),
                role.version(),
                d.title(),
                d.description(),
                List.copyOf(d.talents()),
                d.times(),
                List.copyOf(d.days()),
                List.copyOf(d.languages()),
                d.capacity(),
                d.collective(),
                List.copyOf(d.gains()),
                List.copyOf(d.learning()),
                role.taken(),
                role.status(),
                role.openPlaces(),
                d.minimumGroup());
    }
}

package be.brugwerk.roles;

import be.brugwerk.people.ParticipantId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant's taking of a valued role as pages and the API show it: ids, the step it is at, the participant's yes
 * or no to the map (null until they chose), its dates and the reason it ended or was declined.
 */
public record RoleTakingView(
        UUID id,
        UUID role,
        ParticipantId participant,
        int version,
        TakingStatus status,
        Boolean onMap,
        LocalDate startedOn,
        LocalDate endedOn,
        String reason) {

    static RoleTakingView of(RoleTaking t) {
        return new RoleTakingView(
                t.id(),
                t.roleId(),
                t.participant(),
                t.version(),
                t.status(),
                t.onMap(),
                t.startedOn(),
                t.endedOn(),
                t.reason());
    }
}

package be.brugwerk.matching.programme;

import be.brugwerk.system.NotFound;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may work with a programme (deny by default): its own coordinators change it; the organisation admin
 * oversees every programme of the organisation (its buddies and applicants, not its participants). For anyone
 * else the programme does not exist (404).
 */
@Component
class ProgrammeAccess {

    private final Programmes programmes;

    ProgrammeAccess(Programmes programmes) {
        this.programmes = programmes;
    }

    /** The programme, if the signed-in person coordinates it. */
    ProgrammeView coordinated(UUID id) {
        SignedInUser me = Tenancy.requireUser();
        if (!me.hasRole(Role.COORDINATOR) || !programmes.coordinates(id, me.accountId())) {
            throw new NotFound("Programme");
        }
        return programmes.find(me.organisationId(), id).orElseThrow(() -> new NotFound("Programme"));
    }

    /** The programme, if the signed-in person coordinates it or is the organisation's admin. */
    ProgrammeView overseen(UUID id) {
        SignedInUser me = Tenancy.requireUser();
        if (me.hasRole(Role.ORGANISATION_ADMIN)) {
            return programmes.find(me.organisationId(), id).orElseThrow(() -> new NotFound("Programme"));
        }
        return coordinated(id);
    }
}

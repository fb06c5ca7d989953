package be.brugwerk.roles.web;

import be.brugwerk.roles.RoleTakingManagement;
import be.brugwerk.system.HomeSection;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The check-ins due on valued roles taken, on the home of whoever follows them up (a coordinator, a professional, a
 * volunteer coach), as a buddy's home shows their pairs' check-ins: each a link to the taking's page, where the
 * check-in is recorded. Shown only when one is due; read by {@link RoleTakingManagement#dueCheckIns} in a fixed number
 * of statements, as its API twin reads it.
 */
@Component
@Order(30)
class CheckInsDueHome implements HomeSection {

    private static final Set<Role> FOLLOW_UP = Set.of(Role.COORDINATOR, Role.PROFESSIONAL, Role.VOLUNTEER_COACH);

    private final RoleTakingManagement takings;

    CheckInsDueHome(RoleTakingManagement takings) {
        this.takings = takings;
    }

    @Override
    public boolean appliesTo(Role role) {
        return FOLLOW_UP.contains(role);
    }

    @Override
    public Optional<Part> forHome(SignedInUser me) {
        List<RoleTakingManagement.DueCheckIn> due = takings.dueCheckIns();
        return due.isEmpty() ? Optional.empty() : Optional.of(new Part("roles/home", due));
    }
}

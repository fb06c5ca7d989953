package be.brugwerk.neighbourhood.web;

import be.brugwerk.system.HomeSection;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The way to the organisation's neighbourhood map from the home page: a link, without any query. */
@Component
@Order(50)
class NeighbourhoodHome implements HomeSection {

    private static final Set<Role> READERS =
            Set.of(Role.ORGANISATION_ADMIN, Role.COORDINATOR, Role.PROFESSIONAL, Role.VOLUNTEER_COACH);

    @Override
    public boolean appliesTo(Role role) {
        return READERS.contains(role);
    }

    @Override
    public Optional<Part> forHome(SignedInUser me) {
        return Optional.of(new Part("neighbourhood/home", Boolean.TRUE));
    }
}

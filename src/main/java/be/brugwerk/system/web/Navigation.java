package be.brugwerk.system.web;

import static be.brugwerk.system.Role.BUDDY;
import static be.brugwerk.system.Role.COORDINATOR;
import static be.brugwerk.system.Role.ORGANISATION_ADMIN;
import static be.brugwerk.system.Role.PLATFORM_ADMIN;
import static be.brugwerk.system.Role.PROFESSIONAL;
import static be.brugwerk.system.Role.VOLUNTEER_COACH;

import be.brugwerk.system.Role;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The main navigation's links after "Home", in their order, and who sees each. Which links a role sees is the same
 * for everyone with that role, so it is worked out once per role, not tested again on every page (the navigation's
 * template once compared the role's name about 25 times per page). It only shows links: every page still decides
 * on its own who may open it.
 */
final class Navigation {

    /**
     * One link of the navigation.
     *
     * @param path where it goes, inside the application
     * @param message the key of its text
     * @param id its element id, or {@code null} for none
     */
    record Link(String path, String message, String id) {}

    private static final Set<Role> CASEWORK = EnumSet.of(COORDINATOR, PROFESSIONAL, VOLUNTEER_COACH);

    private static final Map<Role, List<Link>> BY_ROLE = byRole(
            entry("/participants", "nav.participants", null, CASEWORK),
            entry("/trajectories", "nav.trajectories", null, CASEWORK),
            entry("/coaching/organisation", "nav.coaching", null, EnumSet.of(COORDINATOR, ORGANISATION_ADMIN)),
            entry("/accounts", "nav.accounts", null, EnumSet.of(ORGANISATION_ADMIN)),
            entry("/audit", "nav.audit", null, EnumSet.of(ORGANISATION_ADMIN)),
            entry("/tokens", "nav.tokens", null, EnumSet.complementOf(EnumSet.of(PLATFORM_ADMIN, BUDDY))),
            entry("/organisations", "nav.organisations", null, EnumSet.of(PLATFORM_ADMIN)),
            entry(
                    "/roles",
                    "nav.roles",
                    "nav-roles",
                    EnumSet.of(COORDINATOR, ORGANISATION_ADMIN, PROFESSIONAL, VOLUNTEER_COACH)),
            entry("/programmes", "nav.programmes", null, EnumSet.of(COORDINATOR, ORGANISATION_ADMIN)),
            entry("/buddy", "nav.buddy", null, EnumSet.of(BUDDY)));

    private Navigation() {}

    /** The links this role sees, in their order. */
    static List<Link> of(Role role) {
        return BY_ROLE.get(role);
    }

    private record Entry(Link link, Set<Role> roles) {}

    private static Entry entry(String path, String message, String id, Set<Role> roles) {
        return new Entry(new Link(path, message, id), roles);
    }

    private static Map<Role, List<Link>> byRole(Entry... entries) {
        Map<Role, List<Link>> links = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            links.put(
                    role,
                    Arrays.stream(entries)
                            .filter(e -> e.roles().contains(role))
                            .map(Entry::link)
                            .toList());
        }
        return Map.copyOf(links);
    }
}

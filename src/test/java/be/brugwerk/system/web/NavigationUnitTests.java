package be.brugwerk.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import be.brugwerk.system.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationUnitTests {

    private static List<String> paths(Role role) {
        return Navigation.of(role).stream().map(Navigation.Link::path).toList();
    }

    @Test
    void showsEachRoleItsLinksInTheirOrder() {
        List<String> casework = List.of("/participants", "/trajectories", "/tokens", "/roles");
        assertThat(paths(Role.VOLUNTEER_COACH)).isEqualTo(casework);
        assertThat(paths(Role.PROFESSIONAL)).isEqualTo(casework);
        assertThat(paths(Role.COORDINATOR))
                .containsExactly(
                        "/participants", "/trajectories", "/coaching/organisation", "/tokens", "/roles", "/programmes");
        assertThat(paths(Role.ORGANISATION_ADMIN))
                .containsExactly("/coaching/organisation", "/accounts", "/audit", "/tokens", "/roles", "/programmes");
        assertThat(paths(Role.PLATFORM_ADMIN)).containsExactly("/organisations");
        assertThat(paths(Role.BUDDY)).containsExactly("/buddy");
    }

    @Test
    void givesTheValuedRolesLinkItsIdAndNoOtherLinkOne() {
        assertThat(Navigation.of(Role.COORDINATOR))
                .filteredOn(link -> link.id() != null)
                .extracting(Navigation.Link::path, Navigation.Link::message, Navigation.Link::id)
                .containsExactly(tuple("/roles", "nav.roles", "nav-roles"));
    }
}

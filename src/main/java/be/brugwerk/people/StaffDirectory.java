package be.brugwerk.people;

import be.brugwerk.people.account.Accounts;
import be.brugwerk.system.Role;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Who works in an organisation, as other modules show them: the names of coaches and coordinators. The account table
 * belongs to this module, so others ask here rather than reading it; both questions are one query however many
 * accounts they name. Row-level security keeps the answers to the current organisation.
 */
@Service
public class StaffDirectory {

    /** A staff member as another module shows them. */
    public record StaffMember(UUID id, String name, Role role) {}

    private final Accounts accounts;

    StaffDirectory(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The display names of these accounts; an account that is not there (or not visible) is left out. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : accounts.names(ids);
    }

    /** The organisation's active professionals and volunteer coaches, by name. */
    public List<StaffMember> activeCoaches(UUID organisation) {
        return accounts.active(organisation, List.of(Role.PROFESSIONAL, Role.VOLUNTEER_COACH)).stream()
                .map(a -> new StaffMember(a.id(), a.displayName(), a.role()))
                .toList();
    }
}

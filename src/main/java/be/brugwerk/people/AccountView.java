package be.brugwerk.people;

import be.brugwerk.system.Role;
import java.util.UUID;

/** A staff account as an organisation admin sees it. */
public record AccountView(UUID id, String displayName, String email, Role role, boolean active, boolean activated) {}

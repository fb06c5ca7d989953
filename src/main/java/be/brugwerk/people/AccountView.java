package be.brugwerk.people;

import java.util.UUID;

import be.brugwerk.system.Role;

/** A staff account as an organisation admin sees it. */
public record AccountView(UUID id, String displayName, String email, Role role, boolean active, boolean activated) {
}

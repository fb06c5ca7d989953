package be.brugwerk.system;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request, made anew for every request from the account as it is then (a session keeps only
 * the account id, see docs/adr/0009-sessions-hold-no-serialised-objects.md). It carries ids and no more personal
 * data than the page header shows. {@link Serializable} only because Spring Security's authentication is; it is
 * never stored.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final UUID organisationId;
    private final Role role;
    private final String displayName;
    private final String email;
    private String passwordHash;

    public SignedInUser(
            UUID accountId, UUID organisationId, Role role, String displayName, String email, String passwordHash) {
        if (role.belongsToAnOrganisation() != (organisationId != null)) {
            throw new IllegalArgumentException("role " + role + " and organisation do not fit together");
        }
        this.accountId = accountId;
        this.organisationId = organisationId;
        this.role = role;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
    }

    public UUID accountId() {
        return accountId;
    }

    /** The organisation this person works for; {@code null} for the platform admin. */
    public UUID organisationId() {
        return organisationId;
    }

    public Role role() {
        return role;
    }

    public String displayName() {
        return displayName;
    }

    public boolean hasRole(Role candidate) {
        return role == candidate;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    public String email() {
        return email;
    }

    /** The account id: what Spring Security and the session table call the principal's name. */
    @Override
    public String getUsername() {
        return accountId.toString();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + accountId + ", " + role + "]"; // never names or addresses in logs
    }
}

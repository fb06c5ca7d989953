package be.brugwerk.people.account;

import be.brugwerk.system.Role;
import be.brugwerk.system.Secrets;
import be.brugwerk.system.SignedInUser;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account behind a sign-in. Before sign-in no organisation is known, so this goes through the one
 * database function that may look across organisations, and it only ever returns that one account.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    /**
     * A hash no password matches. A deactivated or not yet activated account gets it, so its sign-in fails in the
     * password check, as slowly as a wrong password: its state cannot be told from the answer's timing.
     */
    private final String unusableHash;

    AccountUserDetailsService(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.unusableHash = passwords.encode(Secrets.newSecret());
    }

    @Override
    @Transactional(readOnly = true, noRollbackFor = UsernameNotFoundException.class) // an unknown address is an answer
    public UserDetails loadUserByUsername(String email) {
        Optional<LoginAccount> account = jdbc.sql("select * from brugwerk_account_for_login(?)")
                .param(email == null ? "" : email.trim())
                .query((row, n) -> new LoginAccount(
                        new SignedInUser(
                                row.getObject("id", java.util.UUID.class),
                                row.getObject("organisation_id", java.util.UUID.class),
                                Role.valueOf(row.getString("role")),
                                row.getString("display_name"),
                                row.getString("email"),
                                row.getString("password_hash")),
                        row.getBoolean("active")))
                .optional();
        LoginAccount found = account.orElseThrow(() -> new UsernameNotFoundException("no such account"));
        if (!found.active() || found.user().getPassword() == null) {
            return User.withUsername(email).password(unusableHash).build();
        }
        return found.user();
    }

    private record LoginAccount(SignedInUser user, boolean active) {}
}

package be.brugwerk.support;

import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.system.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A test account signed in on the current thread, as the sign-in would make it, for tests that call a module's API
 * without going through HTTP (the module tests); {@link #out()} after each test.
 */
public final class SignedIn {

    private SignedIn() {}

    public static void as(Account account) {
        SignedInUser user = new SignedInUser(
                account.id(), account.organisation(), account.role(), "Test " + account.role(), account.email(), null);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}

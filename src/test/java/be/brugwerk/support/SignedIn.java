package be.brugwerk.support;

import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.system.SignedInUser;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A test account signed in on the current thread, as the sign-in would make it, for tests that call a module's API
 * without going through HTTP (the module tests). As a JUnit extension ({@code @ExtendWith(SignedIn.class)}) it signs
 * out after each test.
 */
public final class SignedIn implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        out();
    }

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

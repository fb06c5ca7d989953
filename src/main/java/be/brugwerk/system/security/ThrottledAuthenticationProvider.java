package be.brugwerk.system.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in behind the {@link LoginThrottle}. Whatever went wrong — unknown address, wrong password,
 * deactivated account, too many tries — the person sees one and the same message.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String email = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        return throttle.oneAtATime(email, address, () -> attempt(attempt, email, address));
    }

    private Authentication attempt(Authentication attempt, String email, String address) {
        if (throttle.mustWait(email, address)) {
            // Not counted: a person who waits gets one honest try when the wait is over.
            throw new BadCredentialsException("sign-in refused");
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.recordSuccess(email, address);
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(email, address);
            throw new BadCredentialsException("sign-in refused");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

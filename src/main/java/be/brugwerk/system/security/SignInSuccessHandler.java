package be.brugwerk.system.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/** Starts the session's clocks at the moment of sign-in, then opens the home page. */
class SignInSuccessHandler extends SimpleUrlAuthenticationSuccessHandler {

    private final Clock clock;

    SignInSuccessHandler(Clock clock) {
        super("/");
        setAlwaysUseDefaultTargetUrl(true);
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        Instant now = clock.instant();
        request.getSession().setAttribute(SessionRulesFilter.SIGNED_IN_AT, now);
        request.getSession().setAttribute(SessionRulesFilter.LAST_SEEN_AT, now);
        super.onAuthenticationSuccess(request, response, authentication);
    }
}

package be.brugwerk.system.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Opens the home page after sign-in. The sign-in itself is kept by {@link SessionSignInRepository}.
 *
 * <p>Signing in replaces the CSRF token; the new one is made and stored here, in the sign-in request, rather than
 * by whichever request first needs it: several requests of a fresh session at once (tabs restored, a page and its
 * fragments) would otherwise each make their own, and all but the last would carry a token that no longer counts.
 */
class SignInSuccessHandler extends SimpleUrlAuthenticationSuccessHandler {

    SignInSuccessHandler() {
        super("/");
        setAlwaysUseDefaultTargetUrl(true);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}

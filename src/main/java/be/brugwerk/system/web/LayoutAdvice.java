package be.brugwerk.system.web;

import be.brugwerk.system.DemoMode;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's frame shows: the DEMO banner, who is signed in, and the language links. */
@ControllerAdvice
class LayoutAdvice {

    private final DemoMode demoMode;

    LayoutAdvice(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @ModelAttribute("demo")
    boolean demo() {
        return demoMode.active();
    }

    @ModelAttribute("me")
    Optional<SignedInUser> me() {
        return Tenancy.currentUser();
    }

    /** The main navigation's links for the signed-in person's role; none before sign-in. */
    @ModelAttribute("navigation")
    List<Navigation.Link> navigation() {
        return Tenancy.currentUser().map(user -> Navigation.of(user.role())).orElse(List.of());
    }

    /**
     * The query of this page without its language, ending in {@code &} when not empty: the language links keep what
     * the address holds (the audit page's filters and page), so switching language shows the same page. A POST's
     * parameters are a form's, never put in a link.
     */
    @ModelAttribute("languageQuery")
    String languageQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        if (!"GET".equals(request.getMethod()) || query == null) {
            return "";
        }
        String kept = Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? "" : kept + "&";
    }
}

package be.brugwerk.system.web;

import java.util.Optional;

import be.brugwerk.system.DemoMode;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's frame shows: the DEMO banner and who is signed in. */
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
}

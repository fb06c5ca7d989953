package be.brugwerk.system.web;

import be.brugwerk.system.HomeSection;
import be.brugwerk.system.Tenancy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Start: the sections the modules contribute for the signed-in person's role (see {@link HomeSection}). */
@Controller
class HomeController {

    private final ObjectProvider<HomeSection> sections;

    HomeController(ObjectProvider<HomeSection> sections) {
        this.sections = sections;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Model model) {
        var me = Tenancy.requireUser();
        model.addAttribute(
                "parts",
                sections.orderedStream()
                        .filter(s -> s.appliesTo(me.role()))
                        .flatMap(s -> s.forHome(me).stream())
                        .toList());
        return "home";
    }
}

package be.brugwerk.people.web;

import be.brugwerk.people.mail.DemoOutbox;
import be.brugwerk.system.DemoMode;
import be.brugwerk.system.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * In a demo, the mails Brugwerk would have sent, links included, so that someone trying Brugwerk can follow an
 * invitation. Only a demo has it (elsewhere it does not exist: 404), and only its admins see it: the platform admin
 * every mail, an organisation admin their own organisation's.
 */
@Controller
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'ORGANISATION_ADMIN')")
class DemoOutboxController {

    private final DemoMode demoMode;
    private final DemoOutbox outbox;

    DemoOutboxController(DemoMode demoMode, DemoOutbox outbox) {
        this.demoMode = demoMode;
        this.outbox = outbox;
    }

    @GetMapping("/demo/outbox")
    String outbox(Model model) {
        if (!demoMode.active()) {
            throw new NotFound("Demo outbox");
        }
        model.addAttribute("mails", outbox.forMe());
        return "demo/outbox";
    }
}

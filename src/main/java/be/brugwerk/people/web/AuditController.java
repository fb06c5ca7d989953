package be.brugwerk.people.web;

import be.brugwerk.people.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The organisation admin reads who read or changed which participant's data. */
@Controller
@PreAuthorize("hasRole('ORGANISATION_ADMIN')")
class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String trail(Model model) {
        model.addAttribute("entries", audit.latest(500));
        return "audit";
    }
}

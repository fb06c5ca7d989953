package be.brugwerk.people.web;

import be.brugwerk.people.ApiTokenManagement;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own API tokens: create (shown once), list, revoke. */
@Controller
@RequestMapping("/tokens")
@PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class ApiTokenController implements PathAccess {

    private final ApiTokenManagement tokens;

    ApiTokenController(ApiTokenManagement tokens) {
        this.tokens = tokens;
    }

    /** The one of the person's own tokens the path names, if any: or 404 before the input is read (ADR 0006). */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(tokens::checkOwn);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tokens", tokens.mine());
        return "tokens/list";
    }

    @PostMapping
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") String validForDays,
            Model model) {
        try {
            ApiTokenManagement.NewToken token =
                    tokens.create(name, validForDays.matches("\\d{1,3}") ? Integer.parseInt(validForDays) : -1);
            model.addAttribute("secret", token.secret());
            model.addAttribute("expiresAt", token.expiresAt());
        } catch (Refusal refused) {
            model.addAttribute("error", refused.messageKey());
            model.addAttribute("typedName", name);
            model.addAttribute("typedDays", validForDays);
        }
        return list(model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("notice", "tokens.revoked");
        return "redirect:/tokens";
    }
}

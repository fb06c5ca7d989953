package be.brugwerk.people.web;

import be.brugwerk.people.AccountManagement;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.PublicUrl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The platform admin's page: organisations and their first admin. */
@Controller
@RequestMapping("/organisations")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class OrganisationController {

    private final AccountManagement accounts;
    private final PublicUrl publicUrl;

    OrganisationController(AccountManagement accounts, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.accounts = accounts;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("organisations", accounts.organisations());
        return "organisations/list";
    }

    @PostMapping
    String create(@RequestParam String name, @RequestParam String adminName, @RequestParam String adminEmail,
            Model model) {
        try {
            return LinkPage.show(accounts.createOrganisation(name, adminName, adminEmail), publicUrl, model);
        } catch (Refusal refused) {
            model.addAttribute("createError", refused.messageKey());
            model.addAttribute("typedName", name);
            model.addAttribute("typedAdminName", adminName);
            model.addAttribute("typedAdminEmail", adminEmail);
            return list(model);
        }
    }
}

package be.brugwerk.people.web;

import java.util.Map;
import java.util.UUID;

import be.brugwerk.people.AccountManagement;
import be.brugwerk.people.ConsentPurpose;
import be.brugwerk.people.LegalBasis;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Role;
import be.brugwerk.system.PublicUrl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation admin's pages: accounts, invitations, password resets, deactivation, settings. */
@Controller
@RequestMapping("/accounts")
@PreAuthorize("hasRole('ORGANISATION_ADMIN')")
class AccountController {

    private final AccountManagement accounts;
    private final PublicUrl publicUrl;
    private final ParticipantManagement participants;

    AccountController(AccountManagement accounts, ParticipantManagement participants, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.accounts = accounts;
        this.participants = participants;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.accounts());
        model.addAttribute("roles", new Role[] { Role.COORDINATOR, Role.PROFESSIONAL, Role.VOLUNTEER_COACH,
                Role.ORGANISATION_ADMIN });
        model.addAttribute("professionalsSeeOrganisation", accounts.professionalsSeeOrganisation());
        model.addAttribute("legalBases", participants.legalBases());
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("bases", LegalBasis.values());
        return "accounts/list";
    }

    @PostMapping
    String invite(@RequestParam String displayName, @RequestParam String email, @RequestParam Role role,
            Model model) {
        try {
            return LinkPage.show(accounts.invite(displayName, email, role), publicUrl, model);
        } catch (Refusal refused) {
            model.addAttribute("inviteError", refused.messageKey());
            model.addAttribute("typedName", displayName);
            model.addAttribute("typedEmail", email);
            model.addAttribute("typedRole", role);
            return list(model);
        }
    }

    @PostMapping("/{id}/reset")
    String reset(@PathVariable UUID id, Model model) {
        return LinkPage.show(accounts.resetLink(id), publicUrl, model);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        int toReassign = accounts.deactivate(id);
        redirect.addFlashAttribute("notice", "accounts.deactivated");
        redirect.addFlashAttribute("toReassign", toReassign);
        return "redirect:/accounts";
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        accounts.reactivate(id);
        redirect.addFlashAttribute("notice", "accounts.reactivated");
        return "redirect:/accounts";
    }

    @PostMapping("/settings")
    String settings(@RequestParam(defaultValue = "false") boolean professionalsSeeOrganisation,
            @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        accounts.letProfessionalsSeeOrganisation(professionalsSeeOrganisation);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            String basis = form.get("basis." + purpose.name());
            if (basis != null) {
                participants.setLegalBasis(purpose, LegalBasis.valueOf(basis));
            }
        }
        redirect.addFlashAttribute("notice", "accounts.settingsSaved");
        return "redirect:/accounts";
    }
}

package be.brugwerk.people.web;

import be.brugwerk.people.AccountManagement;
import be.brugwerk.people.ConsentPurpose;
import be.brugwerk.people.Language;
import be.brugwerk.people.LegalBasis;
import be.brugwerk.people.MailNotSent;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.system.DemoMode;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Role;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
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

/**
 * The organisation admin's pages: accounts, invitations, password resets, deactivation, settings. Invitation and reset
 * links go by e-mail to their person; no page shows them to the admin.
 */
@Controller
@RequestMapping("/accounts")
@PreAuthorize("hasRole('ORGANISATION_ADMIN')")
class AccountController implements PathAccess {

    private final AccountManagement accounts;
    private final ParticipantManagement participants;
    private final DemoMode demoMode;

    AccountController(AccountManagement accounts, ParticipantManagement participants, DemoMode demoMode) {
        this.accounts = accounts;
        this.demoMode = demoMode;
        this.participants = participants;
    }

    /** The an account of the admin's organisation the path names, if any: or 404 before the input is read (ADR 0006). */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(accounts::checkAccess);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.accounts());
        model.addAttribute("languages", Language.values());
        model.addAttribute("demoOutbox", demoMode.active());
        model.addAttribute("roles", accounts.invitableRoles());
        model.addAttribute("professionalsSeeOrganisation", accounts.professionalsSeeOrganisation());
        model.addAttribute("legalBases", participants.legalBases());
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("bases", LegalBasis.values());
        return "accounts/list";
    }

    /** The link goes to the invited person by e-mail; the admin sees that it was sent, never the link. */
    @PostMapping
    String invite(
            @RequestParam String displayName,
            @RequestParam String email,
            @RequestParam Role role,
            @RequestParam(required = false) Language language,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            accounts.invite(displayName, email, role, language == null ? Language.of(locale) : language);
            redirect.addFlashAttribute("notice", "accounts.invitationSent");
            return "redirect:/accounts";
        } catch (MailNotSent notSent) {
            return refused(notSent.messageKey(), displayName, email, role, language, model);
        } catch (Refusal refused) {
            return refused(refused.messageKey(), displayName, email, role, language, model);
        }
    }

    private String refused(
            String messageKey, String displayName, String email, Role role, Language language, Model model) {
        model.addAttribute("inviteError", messageKey);
        model.addAttribute("typedName", displayName);
        model.addAttribute("typedEmail", email);
        model.addAttribute("typedRole", role);
        model.addAttribute("typedLanguage", language);
        return list(model);
    }

    @PostMapping("/{id}/reset")
    String reset(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            accounts.sendPasswordLink(id);
            redirect.addFlashAttribute("notice", "accounts.linkSent");
        } catch (MailNotSent notSent) {
            redirect.addFlashAttribute("mailError", notSent.messageKey());
        }
        return "redirect:/accounts";
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
    String settings(
            @RequestParam(defaultValue = "false") boolean professionalsSeeOrganisation,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<ConsentPurpose, LegalBasis> bases = new EnumMap<>(ConsentPurpose.class);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            String basis = form.get("basis." + purpose.name());
            if (basis != null) {
                bases.put(purpose, LegalBasis.valueOf(basis));
            }
        }
        accounts.saveSettings(bases, professionalsSeeOrganisation);
        redirect.addFlashAttribute("notice", "accounts.settingsSaved");
        return "redirect:/accounts";
    }
}

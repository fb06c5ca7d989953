package be.brugwerk.people.web;

import be.brugwerk.people.AccountManagement;
import be.brugwerk.people.Language;
import be.brugwerk.people.MailNotSent;
import be.brugwerk.system.DemoMode;
import be.brugwerk.system.Refusal;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform admin's page: organisations and their first admin. */
@Controller
@RequestMapping("/organisations")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class OrganisationController {

    private final AccountManagement accounts;
    private final DemoMode demoMode;

    OrganisationController(AccountManagement accounts, DemoMode demoMode) {
        this.accounts = accounts;
        this.demoMode = demoMode;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("organisations", accounts.organisations());
        model.addAttribute("languages", Language.values());
        model.addAttribute("demoOutbox", demoMode.active());
        return "organisations/list";
    }

    /** The first admin gets their invitation by e-mail; the platform admin never sees the link. */
    @PostMapping
    String create(
            @RequestParam String name,
            @RequestParam String adminName,
            @RequestParam String adminEmail,
            @RequestParam(required = false) Language language,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            accounts.createOrganisation(name, adminName, adminEmail, language == null ? Language.of(locale) : language);
            redirect.addFlashAttribute("notice", "organisations.created");
            return "redirect:/organisations";
        } catch (MailNotSent notSent) {
            return refused(notSent.messageKey(), name, adminName, adminEmail, language, model);
        } catch (Refusal refused) {
            return refused(refused.messageKey(), name, adminName, adminEmail, language, model);
        }
    }

    private String refused(
            String messageKey, String name, String adminName, String adminEmail, Language language, Model model) {
        model.addAttribute("createError", messageKey);
        model.addAttribute("typedName", name);
        model.addAttribute("typedAdminName", adminName);
        model.addAttribute("typedAdminEmail", adminEmail);
        model.addAttribute("typedLanguage", language);
        return list(model);
    }
}

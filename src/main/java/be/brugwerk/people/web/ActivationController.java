package be.brugwerk.people.web;

import be.brugwerk.people.AccountManagement;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a person sets their own password through a one-time link (an invitation or a reset). A refused password
 * (too weak, or text no field takes, as {@code FormText} checks) shows the form again with the message under it.
 */
@Controller
class ActivationController {

    private final AccountManagement accounts;

    ActivationController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/activate")
    String form(@RequestParam(required = false) String token, Model model) {
        return page(new ActivationForm(token, null), model);
    }

    @PostMapping("/activate")
    String setPassword(@Valid @ModelAttribute("form") ActivationForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            Optional<String> refusal =
                    accounts.setPassword(form.token(), form.password() == null ? "" : form.password());
            if (refusal.isEmpty()) {
                return "redirect:/login?activated";
            }
            errors.rejectValue("password", refusal.get());
        }
        return page(form, model);
    }

    private String page(ActivationForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("token", form.token());
        model.addAttribute("valid", accounts.linkIsValid(form.token()));
        return "activate";
    }
}

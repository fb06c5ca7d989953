package be.brugwerk.people.web;

import be.brugwerk.people.AccountManagement;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where a person sets their own password through a one-time link (an invitation or a reset). */
@Controller
class ActivationController {

    private final AccountManagement accounts;

    ActivationController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/activate")
    String form(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", accounts.linkIsValid(token));
        return "activate";
    }

    @PostMapping("/activate")
    String setPassword(
            @RequestParam(required = false) String token,
            @RequestParam(defaultValue = "") String password,
            Model model) {
        Optional<String> refusal = accounts.setPassword(token, password);
        if (refusal.isPresent()) {
            model.addAttribute("token", token);
            model.addAttribute("valid", accounts.linkIsValid(token));
            model.addAttribute("error", refusal.get());
            return "activate";
        }
        return "redirect:/login?activated";
    }
}

package be.brugwerk.people.web;

import be.brugwerk.people.OneTimeLink;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The page that shows a new one-time link once, as a full address to pass on. */
final class LinkPage {

    private LinkPage() {
    }

    static String show(OneTimeLink link, Model model) {
        model.addAttribute("link", ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                + link.path());
        model.addAttribute("expiresAt", link.expiresAt());
        return "accounts/link";
    }
}

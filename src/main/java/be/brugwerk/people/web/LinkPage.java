package be.brugwerk.people.web;

import be.brugwerk.people.OneTimeLink;
import be.brugwerk.system.PublicUrl;
import org.springframework.ui.Model;

/** The page that shows a new one-time link once, as a full address to pass on. */
final class LinkPage {

    private LinkPage() {
    }

    static String show(OneTimeLink link, PublicUrl publicUrl, Model model) {
        model.addAttribute("link", publicUrl.of(link.path()));
        model.addAttribute("expiresAt", link.expiresAt());
        return "accounts/link";
    }
}

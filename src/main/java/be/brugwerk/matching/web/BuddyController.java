package be.brugwerk.matching.web;

import be.brugwerk.matching.programme.BuddyConsentWithdrawn;
import be.brugwerk.matching.programme.BuddyManagement;
import be.brugwerk.system.DateInput;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A buddy's own pages: their profile and pairs, agreeing to a pair, logging meetings, saying they want to stop,
 * withdrawing their consent.
 */
@Controller
@RequestMapping("/buddy")
@PreAuthorize("hasRole('BUDDY')")
class BuddyController implements PathAccess {

    private final BuddyManagement buddies;

    BuddyController(BuddyManagement buddies) {
        this.buddies = buddies;
    }

    /** The pair or profile the path names, if any: the buddy's own, or 404 before the form is read. */
    @Override
    public void checkAccess(Path path) {
        buddies.checkOwn(path.id("pairId").orElse(null), path.id("buddyId").orElse(null));
    }

    @GetMapping
    String home(Model model) {
        return page(BuddyForm.EMPTY, null, null, model);
    }

    /**
     * The buddy's pages with {@code form} in the form {@code posted} ({@code meetings} or {@code checkins}) of the pair
     * {@code pair}, shown again after a refusal with what was typed and the message beside its field.
     */
    private String page(BuddyForm form, String posted, UUID pair, Model model) {
        model.addAttribute("own", buddies.own());
        model.addAttribute("form", form);
        model.addAttribute("posted", posted);
        model.addAttribute("postedPair", pair);
        return "buddy/home";
    }

    @PostMapping("/pairs/{pairId}/agree")
    String agree(@PathVariable UUID pairId, RedirectAttributes redirect) {
        try {
            buddies.agree(pairId);
            redirect.addFlashAttribute("notice", "matching.own.agreed");
        } catch (BuddyConsentWithdrawn withdrawn) {
            redirect.addFlashAttribute("notice", "matching.own.consentWithdrawn");
        }
        return "redirect:/buddy";
    }

    @PostMapping("/pairs/{pairId}/meetings")
    String logMeeting(
            @PathVariable UUID pairId,
            @Valid @ModelAttribute("form") BuddyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                buddies.logMeeting(pairId, DateInput.required("metOn", form.metOn()), form.note());
                redirect.addFlashAttribute("notice", "matching.own.meetingLogged");
                return "redirect:/buddy";
            } catch (Refusal refused) {
                refused.showOn(errors);
            }
        }
        return page(form, "meetings", pairId, model);
    }

    @PostMapping("/pairs/{pairId}/checkins")
    String checkIn(
            @PathVariable UUID pairId,
            @Valid @ModelAttribute("form") BuddyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                buddies.checkIn(pairId, score(form.score()), form.comment());
                redirect.addFlashAttribute("notice", "matching.own.checkedIn");
                return "redirect:/buddy";
            } catch (Refusal refused) {
                refused.showOn(errors);
            }
        }
        return page(form, "checkins", pairId, model);
    }

    /** The score chosen: the page offers 1 to 5 only, so anything else is a tampered request. */
    private static int score(String score) {
        if (score == null || !score.strip().matches("\\d{1,2}")) {
            throw Refusal.tampered("score", "matching.own.checkInScore");
        }
        return Integer.parseInt(score.strip());
    }

    @PostMapping("/profiles/{buddyId}/withdraw-consent")
    String withdrawConsent(@PathVariable UUID buddyId, RedirectAttributes redirect) {
        buddies.withdrawConsent(buddyId);
        redirect.addFlashAttribute("notice", "matching.own.consentWithdrawn");
        return "redirect:/buddy";
    }

    @PostMapping("/profiles/{buddyId}/stop")
    String wantsToStop(@PathVariable UUID buddyId, RedirectAttributes redirect) {
        buddies.wantsToStop(buddyId);
        redirect.addFlashAttribute("notice", "matching.own.stopNoted");
        return "redirect:/buddy";
    }
}

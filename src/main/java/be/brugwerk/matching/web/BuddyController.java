package be.brugwerk.matching.web;

import be.brugwerk.matching.programme.BuddyConsentWithdrawn;
import be.brugwerk.matching.programme.BuddyManagement;
import be.brugwerk.system.DateInput;
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
        model.addAttribute("own", buddies.own());
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
            @RequestParam(required = false) String metOn,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            buddies.logMeeting(pairId, DateInput.required("metOn", metOn), note);
            redirect.addFlashAttribute("notice", "matching.own.meetingLogged");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("notice", "matching.own.meetingDate");
        }
        return "redirect:/buddy";
    }

    @PostMapping("/pairs/{pairId}/checkins")
    String checkIn(
            @PathVariable UUID pairId,
            @RequestParam(required = false) String score,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        try {
            buddies.checkIn(pairId, Integer.parseInt(score == null ? "" : score.strip()), comment);
            redirect.addFlashAttribute("notice", "matching.own.checkedIn");
        } catch (NumberFormatException | Refusal refused) {
            redirect.addFlashAttribute("notice", "matching.own.checkInScore");
        }
        return "redirect:/buddy";
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

package be.brugwerk.matching.web;

import be.brugwerk.matching.programme.BuddyConsentWithdrawn;
import be.brugwerk.matching.programme.MatchingFailed;
import be.brugwerk.matching.programme.MatchingRuns;
import be.brugwerk.matching.programme.PairManagement;
import be.brugwerk.matching.programme.ProgrammeManagement;
import be.brugwerk.matching.programme.RunView;
import be.brugwerk.people.ConsentMissing;
import be.brugwerk.system.NameSearch;
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
 * A programme's matching runs and pairs, from the programme's page: running the matching and following the run,
 * fixing a pair by hand, deciding about a proposal, notes on a pair, ending one. Whether the person coordinates the
 * programme is checked by the services (404 otherwise).
 */
@Controller
@RequestMapping("/programmes/{id}")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ORGANISATION_ADMIN')")
class PairController implements PathAccess {

    private final ProgrammeManagement programmes;
    private final PairManagement pairs;
    private final MatchingRuns runs;

    PairController(ProgrammeManagement programmes, PairManagement pairs, MatchingRuns runs) {
        this.programmes = programmes;
        this.pairs = pairs;
        this.runs = runs;
    }

    /** The programme the path names: one the person coordinates or oversees, or 404 before the form is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(programmes::checkAccess);
    }

    /** The latest run's phase and outcome, as the programme page shows them while a run goes on. */
    @GetMapping("/run")
    String runStatus(@PathVariable UUID id, Model model) {
        model.addAttribute("run", runs.latest(id).orElse(null));
        return "programmes/show :: run";
    }

    @PostMapping("/runs")
    String run(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            RunView run = runs.run(id);
            redirect.addFlashAttribute("notice", run.message());
            redirect.addFlashAttribute("noticeDetail", run.detail());
        } catch (MatchingFailed failed) {
            redirect.addFlashAttribute("notice", "matching.run.failed");
        }
        return "redirect:/programmes/" + id;
    }

    /**
     * The page that pairs a waiting participant by hand, reached from their row of the waiting list: the first
     * {@link ProgrammeManagement#BUDDY_CHOICES} buddies who could take them now, by name, narrowed by a search on the
     * name ({@code q}). Its form is the one of {@link #fix}.
     */
    @GetMapping("/waiting/{entryId}/pair")
    @PreAuthorize("hasRole('COORDINATOR')")
    String pairByHand(
            @PathVariable UUID id, @PathVariable UUID entryId, @RequestParam(required = false) String q, Model model) {
        return pairByHandPage(id, entryId, q, null, null, model);
    }

    private String pairByHandPage(UUID id, UUID entryId, String q, UUID chosen, Refusal refused, Model model) {
        String search = NameSearch.typed(q);
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("byHand", programmes.pairByHand(id, entryId, search));
        model.addAttribute("q", search);
        model.addAttribute("chosen", chosen);
        model.addAttribute("refused", refused);
        return "programmes/pair";
    }

    /**
     * Fixes a pair by hand, then runs the matching for the rest. Refused (the participant no longer waits or is in a
     * pair, the buddy has no free place left or is fixed with them already), the page that pairs by hand shows why,
     * with the search and the buddy chosen kept; a run going on answers 409, the pair being saved.
     */
    @PostMapping("/pairs")
    @PreAuthorize("hasRole('COORDINATOR')")
    String fix(
            @PathVariable UUID id,
            @RequestParam UUID waitingEntry,
            @RequestParam UUID buddy,
            @RequestParam(required = false) String q,
            Model model,
            RedirectAttributes redirect) {
        try {
            pairs.fix(id, waitingEntry, buddy);
        } catch (Refusal refused) {
            return pairByHandPage(id, waitingEntry, q, buddy, refused, model);
        } catch (ConsentMissing withdrawn) {
            redirect.addFlashAttribute("notice", "matching.pair.noConsent");
            return "redirect:/programmes/" + id;
        } catch (BuddyConsentWithdrawn withdrawn) {
            redirect.addFlashAttribute("notice", "matching.pair.buddyNoConsent");
            return "redirect:/programmes/" + id;
        }
        return run(id, redirect);
    }

    @PostMapping("/pairs/{pairId}/accept")
    String accept(@PathVariable UUID id, @PathVariable UUID pairId, RedirectAttributes redirect) {
        return decided(id, redirect, "matching.pair.accepted", () -> pairs.accept(id, pairId));
    }

    @PostMapping("/pairs/{pairId}/reject")
    String reject(
            @PathVariable UUID id,
            @PathVariable UUID pairId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        if (reason == null || reason.isBlank()) {
            redirect.addFlashAttribute("notice", "matching.pair.reasonRequired");
            return "redirect:/programmes/" + id;
        }
        pairs.reject(id, pairId, reason);
        redirect.addFlashAttribute("notice", "matching.pair.rejected");
        return "redirect:/programmes/" + id;
    }

    @PostMapping("/pairs/{pairId}/participant-agreed")
    String participantAgreed(@PathVariable UUID id, @PathVariable UUID pairId, RedirectAttributes redirect) {
        return decided(id, redirect, "matching.pair.participantAgreed", () -> pairs.participantAgreed(id, pairId));
    }

    /** A decision about a participant's pair, refused with a notice when they withdrew their consent to matching. */
    private static String decided(UUID id, RedirectAttributes redirect, String notice, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (ConsentMissing withdrawn) {
            redirect.addFlashAttribute("notice", "matching.pair.noConsent");
        } catch (BuddyConsentWithdrawn withdrawn) {
            redirect.addFlashAttribute("notice", "matching.pair.buddyNoConsent");
        }
        return "redirect:/programmes/" + id;
    }

    @PostMapping("/pairs/{pairId}/notes")
    String note(
            @PathVariable UUID id,
            @PathVariable UUID pairId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            pairs.note(id, pairId, note);
            redirect.addFlashAttribute("notice", "matching.note.saved");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("notice", refused.messageKey());
        }
        return "redirect:/programmes/" + id;
    }

    @PostMapping("/pairs/{pairId}/end")
    String end(
            @PathVariable UUID id,
            @PathVariable UUID pairId,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        boolean early = !"COMPLETED".equals(outcome);
        if (early && (reason == null || reason.isBlank())) {
            redirect.addFlashAttribute("notice", "matching.pair.reasonRequired");
            return "redirect:/programmes/" + id;
        }
        pairs.end(id, pairId, early, reason);
        redirect.addFlashAttribute("notice", early ? "matching.pair.stopped" : "matching.pair.completed");
        return "redirect:/programmes/" + id;
    }
}

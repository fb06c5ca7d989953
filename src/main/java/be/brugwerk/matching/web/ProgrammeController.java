package be.brugwerk.matching.web;

import be.brugwerk.matching.engine.GenderWishes;
import be.brugwerk.matching.programme.MatchingRuns;
import be.brugwerk.matching.programme.ProgrammeManagement;
import be.brugwerk.matching.programme.ProgrammeSettings;
import be.brugwerk.matching.programme.ProgrammeView;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.VersionConflict;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator's pages of buddy programmes: the list, a programme's settings, its page and its coordinators; the
 * organisation admin sees the list. Whether the person coordinates the programme at hand is checked by the services
 * (404 otherwise). A programme's waiting list, buddies, and runs and pairs have controllers of their own
 * ({@link WaitingListController}, {@link ProgrammeBuddyController}, {@link PairController}).
 */
@Controller
@RequestMapping("/programmes")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ORGANISATION_ADMIN')")
class ProgrammeController implements PathAccess {

    private final ProgrammeManagement programmes;
    private final MatchingRuns runs;

    ProgrammeController(ProgrammeManagement programmes, MatchingRuns runs) {
        this.programmes = programmes;
        this.runs = runs;
    }

    /** The programme the path names, if any: one the person coordinates or oversees, or 404 before the form is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(programmes::checkAccess);
    }

    /** The programmes by name, a page at a time. */
    @GetMapping
    String list(
            @RequestParam(required = false) String after, @RequestParam(required = false) String before, Model model) {
        Keyset.Page<ProgrammeView, UUID> page =
                programmes.page(Keyset.Cursor.of(after, before, UUID::fromString), Keyset.PAGE_SIZE);
        model.addAttribute("programmes", page.rows());
        model.addAttribute("pages", Keyset.Links.of("/programmes", Map.of(), page));
        return "programmes/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newProgramme(Model model) {
        model.addAttribute("form", ProgrammeForm.empty());
        model.addAttribute("genderWishes", GenderWishes.values());
        return "programmes/new";
    }

    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    String create(
            @Valid @ModelAttribute("form") ProgrammeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProgrammeSettings settings = form.settings(errors);
        if (settings == null) {
            model.addAttribute("genderWishes", GenderWishes.values());
            return "programmes/new";
        }
        ProgrammeView created = programmes.create(settings);
        redirect.addFlashAttribute("notice", "matching.programme.created");
        return "redirect:/programmes/" + created.id();
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String edit(@PathVariable UUID id, Model model) {
        ProgrammeView programme = programmes.coordinated(id);
        model.addAttribute("programme", programme);
        model.addAttribute("form", ProgrammeForm.of(programme));
        model.addAttribute("genderWishes", GenderWishes.values());
        return "programmes/new";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ProgrammeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ProgrammeSettings settings = form.settings(errors);
        if (settings != null) {
            try {
                programmes.update(id, settings, form.readVersion());
                redirect.addFlashAttribute("notice", "matching.programme.saved");
                return "redirect:/programmes/" + id;
            } catch (VersionConflict conflict) {
                errors.reject("matching.programme.changedMeanwhile");
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("genderWishes", GenderWishes.values());
        return "programmes/new";
    }

    /**
     * The programme's page. Its waiting list, its proposals and its decided pairs are paged, each with cursors of its
     * own in the address ({@code waitingAfter}, {@code proposalsAfter}, {@code pairsAfter}, ...), so paging one keeps
     * the others where they are; its signals and figures are counted by the database. A pair is made by hand from a
     * waiting participant's row ({@link PairController#pairByHand}). The page runs the same statements whatever the
     * programme's size.
     */
    @GetMapping("/{id}")
    String show(
            @PathVariable UUID id,
            @RequestParam(required = false) String waitingAfter,
            @RequestParam(required = false) String waitingBefore,
            @RequestParam(required = false) String proposalsAfter,
            @RequestParam(required = false) String proposalsBefore,
            @RequestParam(required = false) String pairsAfter,
            @RequestParam(required = false) String pairsBefore,
            Model model) {
        ProgrammeView programme = programmes.get(id);
        if (!programmes.coordinates(id)) {
            return "redirect:/programmes/" + id + "/buddies";
        }
        model.addAttribute("programme", programme);
        model.addAttribute("run", runs.latest(id).orElse(null));
        ProgrammeManagement.PagedLists lists = programmes.pagedLists(
                id,
                new ProgrammeManagement.Cursors(
                        Keyset.Cursor.of(waitingAfter, waitingBefore, UUID::fromString),
                        Keyset.Cursor.of(proposalsAfter, proposalsBefore, UUID::fromString),
                        Keyset.Cursor.of(pairsAfter, pairsBefore, UUID::fromString)),
                Keyset.PAGE_SIZE);
        Map<String, String> cursors = new HashMap<>();
        cursors.put("waitingAfter", waitingAfter);
        cursors.put("waitingBefore", waitingBefore);
        cursors.put("proposalsAfter", proposalsAfter);
        cursors.put("proposalsBefore", proposalsBefore);
        cursors.put("pairsAfter", pairsAfter);
        cursors.put("pairsBefore", pairsBefore);
        String path = "/programmes/" + id;
        model.addAttribute("waiting", lists.waiting().rows());
        model.addAttribute("waitingPages", links(path, cursors, lists.waiting(), "waiting"));
        model.addAttribute("proposals", lists.proposals().rows());
        model.addAttribute("proposalPages", links(path, cursors, lists.proposals(), "proposals"));
        model.addAttribute("pairs", lists.pairs().rows());
        model.addAttribute("pairPages", links(path, cursors, lists.pairs(), "pairs"));
        model.addAttribute("signals", lists.signals());
        model.addAttribute("moreSignals", lists.moreSignals());
        model.addAttribute("figures", programmes.figures(id));
        model.addAttribute("coordinators", programmes.coordinators(id));
        return "programmes/show";
    }

    /** The links of one list of the programme's page, keeping the other lists' cursors as the address gave them. */
    private static Keyset.Links links(String path, Map<String, String> cursors, Keyset.Page<?, ?> page, String list) {
        Map<String, String> others = new HashMap<>(cursors);
        others.remove(list + "After");
        others.remove(list + "Before");
        return Keyset.Links.of(path, others, page, list + "After", list + "Before");
    }

    @PostMapping("/{id}/coordinators")
    @PreAuthorize("hasRole('COORDINATOR')")
    String addCoordinator(@PathVariable UUID id, @RequestParam UUID account, RedirectAttributes redirect) {
        programmes.addCoordinator(id, account);
        redirect.addFlashAttribute("notice", "matching.coordinator.added");
        return "redirect:/programmes/" + id;
    }
}

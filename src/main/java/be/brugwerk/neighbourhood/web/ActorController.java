package be.brugwerk.neighbourhood.web;

import be.brugwerk.neighbourhood.ActorKind;
import be.brugwerk.neighbourhood.ActorManagement;
import be.brugwerk.neighbourhood.ActorView;
import be.brugwerk.neighbourhood.NeighbourhoodAnalysis;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation's neighbourhood map as pages: the actors as a list (a table the map draws as a layer), and the form
 * to register or change one. Everyone who works with participants or runs the organisation reads it; coordinators and
 * organisation admins change it. A refused field, or an actor changed meanwhile (409), shows the form again with
 * everything that was typed.
 */
@Controller
@RequestMapping("/neighbourhood")
@PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class ActorController implements PathAccess {

    private final ActorManagement actors;

    ActorController(ActorManagement actors) {
        this.actors = actors;
    }

    @Override
    public void checkAccess(Path path) {
        path.id("actor").ifPresent(actors::checkAccess);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("actors", actors.list());
        model.addAttribute("mayEdit", actors.mayEdit());
        return "neighbourhood/actors";
    }

    /** Where the actors leave gaps, measured as the page explains. */
    @GetMapping("/analysis")
    String analysis(Model model) {
        model.addAttribute("result", actors.analysis());
        model.addAttribute("walkKm", NeighbourhoodAnalysis.WALK_KM);
        model.addAttribute("gridKm", NeighbourhoodAnalysis.GRID_KM);
        model.addAttribute("meetingKinds", ActorKind.MEETING_PLACES);
        return "neighbourhood/analysis";
    }

    @GetMapping("/actors/new")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    String add(Model model) {
        return form(model, ActorForm.EMPTY, null);
    }

    @PostMapping("/actors")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    String create(
            @ModelAttribute("form") ActorForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            actors.create(form.input());
            redirect.addFlashAttribute("notice", "neighbourhood.actor.saved");
            return "redirect:/neighbourhood";
        } catch (Refusal refused) {
            ActorForm.onForm(refused).showOn(errors);
        }
        return form(model, form, null);
    }

    @GetMapping("/actors/{actor}/edit")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    String edit(@PathVariable UUID actor, Model model) {
        ActorView stored = actors.get(actor);
        return form(model, ActorForm.of(stored), stored);
    }

    @PostMapping("/actors/{actor}")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    String update(
            @PathVariable UUID actor,
            @ModelAttribute("form") ActorForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            actors.update(actor, form.readVersion(), form.input());
            redirect.addFlashAttribute("notice", "neighbourhood.actor.saved");
            return "redirect:/neighbourhood";
        } catch (Refusal refused) {
            ActorForm.onForm(refused).showOn(errors);
        } catch (VersionConflict conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("changedMeanwhile", true);
            ActorView current = actors.get(actor);
            // What was typed stays; the form now names the current version, so saving again is a deliberate choice.
            // (A new form object drops the binding result, which holds no error here.)
            model.addAttribute("form", form.withVersion(current.version()));
            return form(model, null, current);
        }
        return form(model, form, actors.get(actor));
    }

    @PostMapping("/actors/{actor}/delete")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    String delete(
            @PathVariable UUID actor, @RequestParam(required = false) String version, RedirectAttributes redirect) {
        try {
            actors.delete(actor, ActorForm.readVersion(version));
            redirect.addFlashAttribute("notice", "neighbourhood.actor.deleted");
        } catch (VersionConflict conflict) {
            redirect.addFlashAttribute("notice", "neighbourhood.actor.deleteChangedMeanwhile");
        }
        return "redirect:/neighbourhood";
    }

    private static String form(Model model, ActorForm form, ActorView actor) {
        if (form != null) {
            model.addAttribute("form", form);
        }
        model.addAttribute("actor", actor);
        model.addAttribute("kinds", ActorKind.values());
        model.addAttribute("days", DayOfWeek.values());
        return "neighbourhood/form";
    }
}

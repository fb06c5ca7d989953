package be.brugwerk.coaching.web;

import be.brugwerk.coaching.OutcomeManagement;
import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.coaching.TrajectoryView;
import be.brugwerk.coaching.web.TrajectoryForms.CloseForm;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Closing a trajectory with its evaluation, beside the network before and after and the outcomes measured; a closing
 * on a page read before someone else changed the trajectory keeps what was typed on the version stored now.
 */
@Controller
@RequestMapping("/trajectories/{id}/close")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class ClosingController implements PathAccess {

    private final TrajectoryManagement trajectories;
    private final OutcomeManagement outcomes;
    private final TrajectoryPage page;

    ClosingController(TrajectoryManagement trajectories, OutcomeManagement outcomes, TrajectoryPage page) {
        this.trajectories = trajectories;
        this.outcomes = outcomes;
        this.page = page;
    }

    @Override
    public void checkAccess(Path path) {
        page.checkAccess(path);
    }

    @GetMapping
    String closing(@PathVariable UUID id, Model model) {
        TrajectoryView trajectory = trajectories.get(id);
        model.addAttribute("form", new CloseForm("", "", "", "", "", Integer.toString(trajectory.version())));
        return closingPage(trajectory, model);
    }

    @PostMapping
    String close(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") CloseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                trajectories.close(id, form.readVersion(), form.evaluation());
                redirect.addFlashAttribute("notice", "trajectory.closed");
                return "redirect:/trajectories/" + id;
            } catch (Refusal refused) {
                refused.showOn(errors);
            } catch (VersionConflict conflict) {
                PageStatus.set(HttpStatus.CONFLICT);
                errors.reject("trajectory.close.changedMeanwhile");
                TrajectoryView current = trajectories.get(id);
                // what was typed, on the version stored now: closing again knowingly works
                CloseForm onCurrent = new CloseForm(
                        form.network(),
                        form.scores(),
                        form.participantWords(),
                        form.followUpOn(),
                        form.handoverTo(),
                        Integer.toString(current.version()));
                BeanPropertyBindingResult kept = new BeanPropertyBindingResult(onCurrent, "form");
                kept.addAllErrors(errors);
                model.addAttribute("form", onCurrent); // replacing the form drops its binding result: add it again
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", kept);
                return closingPage(current, model);
            }
        }
        return closingPage(trajectories.get(id), model);
    }

    private String closingPage(TrajectoryView trajectory, Model model) {
        model.addAttribute("trajectory", trajectory);
        model.addAttribute(
                "networkChange", trajectories.networkChange(trajectory.id()).orElse(null));
        model.addAttribute("outcomes", outcomes.outcomes(trajectory.id()));
        return "trajectories/close";
    }
}

package be.brugwerk.coaching.web;

import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.coaching.web.TrajectoryForms.StepForm;
import be.brugwerk.system.PathAccess;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A step of the trajectory's plan: its status and notes, saved as they were read. */
@Controller
@RequestMapping("/trajectories/{id}/steps")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class StepController implements PathAccess {

    private final TrajectoryManagement trajectories;
    private final TrajectoryPage page;

    StepController(TrajectoryManagement trajectories, TrajectoryPage page) {
        this.trajectories = trajectories;
        this.page = page;
    }

    @Override
    public void checkAccess(Path path) {
        page.checkAccess(path);
    }

    /** Saves the step; the page then opens the step saved, or the next one when this one is finished. */
    @PostMapping("/{step}")
    String updateStep(
            @PathVariable UUID id,
            @PathVariable UUID step,
            @Valid @ModelAttribute("stepForm") StepForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("typedStep", step);
        redirect.addFlashAttribute("touchedStep", step.toString());
        return page.submit(
                id,
                new TrajectoryPage.Typed("stepForm", step, form),
                errors,
                model,
                redirect,
                "trajectory.step.saved",
                "steps",
                () -> trajectories.updateStep(
                        id, step, FormValues.version(form.version()), form.chosenStatus(), form.notes()));
    }
}

package be.brugwerk.coaching.web;

import be.brugwerk.coaching.ActionStatus;
import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.coaching.web.TrajectoryForms.ActionForm;
import be.brugwerk.system.DateInput;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The trajectory's actions: adding one, changing an open one (rescheduling it, say), and its status. */
@Controller
@RequestMapping("/trajectories/{id}/actions")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class ActionController implements PathAccess {

    private final TrajectoryManagement trajectories;
    private final TrajectoryPage page;

    ActionController(TrajectoryManagement trajectories, TrajectoryPage page) {
        this.trajectories = trajectories;
        this.page = page;
    }

    @Override
    public void checkAccess(Path path) {
        page.checkAccess(path);
    }

    @PostMapping
    String addAction(
            @PathVariable UUID id,
            @Valid @ModelAttribute("actionForm") ActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return page.submit(
                id,
                new TrajectoryPage.Typed("actionForm", null, form),
                errors,
                model,
                redirect,
                "trajectory.action.added",
                "actions",
                () -> trajectories.addAction(id, form.toAction()));
    }

    /** Changes an open action's description and due date (rescheduling it, say). */
    @PostMapping("/{action}")
    String updateAction(
            @PathVariable UUID id,
            @PathVariable UUID action,
            @RequestParam(name = "description", required = false) String description,
            @RequestParam(name = "dueOn", required = false) String dueOn,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("typedAction", new TrajectoryPage.TypedAction(action, description, dueOn));
        return page.submitFields(
                id,
                "actionChange",
                action,
                TrajectoryPage.typed("description", description, "dueOn", dueOn),
                model,
                redirect,
                "trajectory.action.changedMeanwhile",
                () -> {
                    trajectories.updateAction(
                            id, action, FormValues.version(version), description, DateInput.optional("dueOn", dueOn));
                    return TrajectoryPage.saved(id, redirect, "trajectory.action.saved", "actions");
                });
    }

    @PostMapping("/{action}/status")
    String setActionStatus(
            @PathVariable UUID id,
            @PathVariable UUID action,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect) {
        try {
            trajectories.setActionStatus(
                    id, action, FormValues.version(version), FormValues.choice(ActionStatus.class, "status", status));
            return TrajectoryPage.saved(id, redirect, "trajectory.action.saved", "actions");
        } catch (Refusal refused) {
            PageStatus.set(HttpStatus.BAD_REQUEST); // the buttons always send a status: this post was not theirs
            return page.refusedOnTop(id, model, refused);
        } catch (VersionConflict conflict) {
            return page.changedMeanwhile(id, model, "trajectory.action.changedMeanwhile");
        }
    }
}

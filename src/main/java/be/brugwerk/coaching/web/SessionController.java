package be.brugwerk.coaching.web;

import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.coaching.web.TrajectoryForms.NoteForm;
import be.brugwerk.coaching.web.TrajectoryForms.SessionForm;
import be.brugwerk.coaching.web.TrajectoryForms.SuccessForm;
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

/** What happens in a trajectory: sessions of coach and participant (each takes a version of the map), notes, and small successes. */
@Controller
@RequestMapping("/trajectories/{id}")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class SessionController implements PathAccess {

    private final TrajectoryManagement trajectories;
    private final TrajectoryPage page;

    SessionController(TrajectoryManagement trajectories, TrajectoryPage page) {
        this.trajectories = trajectories;
        this.page = page;
    }

    @Override
    public void checkAccess(Path path) {
        page.checkAccess(path);
    }

    @PostMapping("/sessions")
    String logSession(
            @PathVariable UUID id,
            @Valid @ModelAttribute("sessionForm") SessionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return page.submit(
                id,
                new TrajectoryPage.Typed("sessionForm", null, form),
                errors,
                model,
                redirect,
                "trajectory.session.logged",
                "sessions",
                () -> trajectories.logSession(id, form.toSession()));
    }

    @PostMapping("/notes")
    String addNote(
            @PathVariable UUID id,
            @Valid @ModelAttribute("noteForm") NoteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return page.submit(
                id,
                new TrajectoryPage.Typed("noteForm", null, form),
                errors,
                model,
                redirect,
                "trajectory.note.added",
                "notes",
                () -> trajectories.addNote(id, form.chosenVisibility(), form.text()));
    }

    /** A small success (klein succes), celebrated in the timeline. */
    @PostMapping("/successes")
    String addSuccess(
            @PathVariable UUID id,
            @Valid @ModelAttribute("successForm") SuccessForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return page.submit(
                id,
                new TrajectoryPage.Typed("successForm", null, form),
                errors,
                model,
                redirect,
                "trajectory.success.added",
                "timeline",
                () -> trajectories.addSuccess(id, form.occurred(), form.description()));
    }
}

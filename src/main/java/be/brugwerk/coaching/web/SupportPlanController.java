package be.brugwerk.coaching.web;

import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.coaching.WishContact;
import be.brugwerk.coaching.web.TrajectoryForms.PlanForm;
import be.brugwerk.coaching.web.TrajectoryForms.WishForm;
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

/** What the participant wants of their network: wishes for contact, and the support plan (whom to involve, or not). */
@Controller
@RequestMapping("/trajectories/{id}")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class SupportPlanController implements PathAccess {

    private final TrajectoryManagement trajectories;
    private final TrajectoryPage page;

    SupportPlanController(TrajectoryManagement trajectories, TrajectoryPage page) {
        this.trajectories = trajectories;
        this.page = page;
    }

    @Override
    public void checkAccess(Path path) {
        page.checkAccess(path);
    }

    @PostMapping("/wishes")
    String addWish(
            @PathVariable UUID id,
            @Valid @ModelAttribute("wishForm") WishForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return page.submit(
                id,
                new TrajectoryPage.Typed("wishForm", null, form),
                errors,
                model,
                redirect,
                "trajectory.wish.added",
                "wishes",
                () -> {
                    // the page shows the member list beside the choice of a new contact, who is no one on the map:
                    // a member still chosen there is not sent along (the API, asked for both, refuses)
                    WishContact contact = form.chosenContact();
                    trajectories.addWish(
                            id, contact, contact == WishContact.NEW ? null : form.member(), form.description());
                });
    }

    @PostMapping("/support-plan")
    String addPlanEntry(
            @PathVariable UUID id,
            @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return page.submit(
                id,
                new TrajectoryPage.Typed("planForm", null, form),
                errors,
                model,
                redirect,
                "trajectory.plan.added",
                "support-plan",
                () -> trajectories.addPlanEntry(id, form.member(), form.who(), form.involves(), form.purpose()));
    }
}

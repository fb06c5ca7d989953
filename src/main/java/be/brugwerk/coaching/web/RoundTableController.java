package be.brugwerk.coaching.web;

import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.coaching.web.TrajectoryForms.RoundTableForm;
import be.brugwerk.system.MultiLine;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Round tables (rondetafelgesprek): planning one with invitees from the map, and recording its agreements. */
@Controller
@RequestMapping("/trajectories/{id}/round-tables")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class RoundTableController implements PathAccess {

    private final TrajectoryManagement trajectories;
    private final TrajectoryPage page;

    RoundTableController(TrajectoryManagement trajectories, TrajectoryPage page) {
        this.trajectories = trajectories;
        this.page = page;
    }

    @Override
    public void checkAccess(Path path) {
        page.checkAccess(path);
    }

    @PostMapping
    String planRoundTable(
            @PathVariable UUID id,
            @Valid @ModelAttribute("roundTableForm") RoundTableForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return page.submit(
                id,
                new TrajectoryPage.Typed("roundTableForm", null, form),
                errors,
                model,
                redirect,
                "trajectory.roundTable.planned",
                "round-tables",
                () -> trajectories.planRoundTable(
                        id, form.planned(), form.agenda(), form.inviteeIds(), form.central()));
    }

    @PostMapping("/{table}/agreements")
    String recordAgreements(
            @PathVariable UUID id,
            @PathVariable UUID table,
            @RequestParam(name = "agreements", required = false) @MultiLine String agreements,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("typedAgreements", new TrajectoryPage.TypedAgreements(table, agreements));
        return page.submitFields(
                id,
                "agreementsForm",
                table,
                TrajectoryPage.typed("agreements", agreements),
                model,
                redirect,
                "trajectory.roundTable.changedMeanwhile",
                () -> {
                    trajectories.recordAgreements(id, table, FormValues.version(version), agreements);
                    return TrajectoryPage.saved(id, redirect, "trajectory.roundTable.agreementsSaved", "round-tables");
                });
    }
}

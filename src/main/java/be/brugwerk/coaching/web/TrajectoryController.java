package be.brugwerk.coaching.web;

import be.brugwerk.coaching.OutcomeManagement;
import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.coaching.TrajectorySummary;
import be.brugwerk.coaching.web.TrajectoryForms.StartForm;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.NameSearch;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * Trajectories themselves: the list, starting one, the trajectory's page, handing it to another coach, and the
 * participant's printout. Its parts have controllers of their own: steps ({@link StepController}), wishes and the
 * support plan ({@link SupportPlanController}), actions ({@link ActionController}), sessions, notes and small
 * successes ({@link SessionController}), round tables ({@link RoundTableController}) and closing
 * ({@link ClosingController}).
 */
@Controller
@RequestMapping("/trajectories")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class TrajectoryController implements PathAccess {

    private final TrajectoryManagement trajectories;
    private final OutcomeManagement outcomes;
    private final TrajectoryPage page;

    TrajectoryController(TrajectoryManagement trajectories, OutcomeManagement outcomes, TrajectoryPage page) {
        this.trajectories = trajectories;
        this.outcomes = outcomes;
        this.page = page;
    }

    @Override
    public void checkAccess(Path path) {
        page.checkAccess(path);
    }

    /** A page of the list, newest first; where it starts is in the address. */
    @GetMapping
    String list(
            @RequestParam(required = false) String after, @RequestParam(required = false) String before, Model model) {
        Keyset.Page<TrajectorySummary, UUID> found =
                trajectories.page(Keyset.Cursor.of(after, before, UUID::fromString), Keyset.PAGE_SIZE);
        model.addAttribute("trajectories", found.rows());
        model.addAttribute("pages", Keyset.Links.of("/trajectories", Map.of(), found));
        return "trajectories/list";
    }

    /**
     * The form that starts a trajectory: the first {@value TrajectoryManagement#MOST_STARTABLE} participants one may
     * start one for, by name, narrowed by a search on the name ({@code q}), with the one a participant's page chose
     * ({@code participant}) among them.
     */
    @GetMapping("/new")
    String newTrajectory(
            @RequestParam(name = "participant", required = false) String participant,
            @RequestParam(required = false) String q,
            Model model) {
        StartForm form = new StartForm(participant == null ? "" : participant, "");
        model.addAttribute("form", form);
        return startPage(form, q, model);
    }

    @PostMapping
    String start(
            @Valid @ModelAttribute("form") StartForm form,
            BindingResult errors,
            @RequestParam(required = false) String q,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return startPage(form, q, model);
        }
        try {
            UUID coach = FormValues.id("coach", form.coach());
            if (ParticipantId.blank(form.participant())) {
                throw new Refusal("participant", "coaching.field.required");
            }
            ParticipantId participant = ParticipantId.typed(form.participant())
                    .orElseThrow(() -> Refusal.tampered("participant", "coaching.participant.notAnId"));
            if (coach == null) {
                throw new Refusal("coach", "coaching.field.required");
            }
            UUID id = trajectories.start(participant, coach);
            redirect.addFlashAttribute("notice", "trajectory.started");
            return "redirect:/trajectories/" + id;
        } catch (Refusal refused) {
            refused.showOn(errors);
            return startPage(form, q, model);
        }
    }

    /** The form with the choices for the search typed (cut to the longest a name is), the participant chosen kept. */
    private String startPage(StartForm form, String q, Model model) {
        String search = NameSearch.typed(q);
        ParticipantId chosen = chosen(form.participant());
        TrajectoryManagement.StartChoices choices = trajectories.startChoices(search, chosen);
        ParticipantManagement.NamedChoice choice = choices.choice();
        model.addAttribute("startable", choices.participants());
        // the choice is selected, and the search form carries it on, only while it is one: an id that is not offered
        // is not echoed back; one typed in upper case or with spaces around it is selected as the id it is
        model.addAttribute("keptChoice", choice.offers(chosen) ? chosen.value() : null);
        model.addAttribute("coaches", choices.coaches());
        model.addAttribute("startChoice", choice);
        model.addAttribute("mostStartable", TrajectoryManagement.MOST_STARTABLE);
        model.addAttribute("q", search);
        return "trajectories/new";
    }

    /** The participant the form names, if it names one as an id; anything else chooses nobody (the start refuses it). */
    private static ParticipantId chosen(String participant) {
        return ParticipantId.typed(participant).orElse(null);
    }

    /** The trajectory, with a refused form kept as typed while the address names its refusal. */
    @GetMapping("/{id}")
    String show(
            @PathVariable UUID id,
            @RequestParam(name = "refused", required = false) String refused,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        return page.show(id, refused, model, request, response);
    }

    /** The coordinator hands the trajectory to another coach (a volunteer coach dropped out, say). */
    @PostMapping("/{id}/coach")
    @PreAuthorize("hasRole('COORDINATOR')")
    String changeCoach(
            @PathVariable UUID id,
            @RequestParam(name = "coach", required = false) String coach,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect) {
        return page.submitFields(id, "coachForm", id, Map.of(), model, redirect, "trajectory.changedMeanwhile", () -> {
            UUID chosen = FormValues.id("coach", coach);
            if (chosen == null) {
                throw new Refusal("coach", "coaching.field.required");
            }
            trajectories.changeCoach(id, FormValues.version(version), chosen);
            redirect.addFlashAttribute("notice", "trajectory.coach.changed");
            return "redirect:/trajectories/" + id;
        });
    }

    /** What the participant receives, ready to print: shared notes only, their answers and the change over time. */
    @GetMapping("/{id}/printout")
    String printout(@PathVariable UUID id, Model model) {
        model.addAttribute("trajectory", trajectories.forParticipant(id));
        model.addAttribute("networkChange", trajectories.networkChange(id).orElse(null));
        OutcomeManagement.Outcomes measured = outcomes.outcomes(id);
        model.addAttribute("outcomes", measured);
        model.addAttribute(
                "answers",
                measured.finished().stream().collect(Collectors.toMap(m -> m.id(), MeasurementController::answered)));
        return "trajectories/printout";
    }
}

package be.brugwerk.roles.web;

import be.brugwerk.neighbourhood.ActorManagement;
import be.brugwerk.neighbourhood.ActorView;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.roles.RoleGroupManagement;
import be.brugwerk.roles.RoleManagement;
import be.brugwerk.roles.RoleStatus;
import be.brugwerk.roles.RoleTakingManagement;
import be.brugwerk.roles.RoleTakingView;
import be.brugwerk.roles.RoleView;
import be.brugwerk.system.DateInput;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Taking a valued role as pages: a participant's roles, where their coach proposes an open role (also reached from a
 * proposal of the matching run), and one taking, where its next step is recorded: the participant's choice with their
 * yes or no to the map, the actor's agreement (coordinators), the start, the end, a refusal, and check-ins. Every step
 * calls {@link RoleTakingManagement}, as the API does; a refused field shows the step's form again with what was typed
 * and the message beside the field, and a taking changed meanwhile answers 409 keeping what was typed.
 */
@Controller
@RequestMapping("/roles")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class RoleTakingController implements PathAccess {

    private final RoleTakingManagement takings;
    private final RoleManagement roles;
    private final ActorManagement actors;
    private final ParticipantManagement participants;
    private final RoleGroupManagement groups;
    private final Clock clock;

    RoleTakingController(
            RoleTakingManagement takings,
            RoleManagement roles,
            ActorManagement actors,
            ParticipantManagement participants,
            RoleGroupManagement groups,
            Clock clock) {
        this.takings = takings;
        this.roles = roles;
        this.actors = actors;
        this.participants = participants;
        this.groups = groups;
        this.clock = clock;
    }

    /** The participant or the taking the path names: one the signed-in person may see, or 404 before input is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("participant").map(ParticipantId::new).ifPresent(participants::checkAccess);
        path.id("taking").ifPresent(takings::checkAccess);
    }

    /** A taking with its role and the role's actor, as a page shows it. */
    record Shown(RoleTakingView taking, RoleView role, ActorView actor) {}

    @GetMapping("/participants/{participant}")
    String ofParticipant(@PathVariable UUID participant, Model model) {
        return participantPage(new ParticipantId(participant), TakingForm.EMPTY, model);
    }

    /** The coach proposes a role: from the participant's page, or from a proposal of the matching run. */
    @PostMapping("/participants/{participant}")
    String propose(
            @PathVariable UUID participant,
            @ModelAttribute("form") TakingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ParticipantId id = new ParticipantId(participant);
        try {
            RoleTakingView proposed = takings.propose(form.roleId(), id);
            redirect.addFlashAttribute("notice", "roles.taking.page.proposed");
            return "redirect:/roles/takings/" + proposed.id();
        } catch (Refusal refused) {
            refused.showOn(errors);
        }
        return participantPage(id, form, model);
    }

    @GetMapping("/takings/{taking}")
    String taking(@PathVariable UUID taking, Model model) {
        return takingPage(taking, TakingForm.EMPTY, null, model);
    }

    @PostMapping("/takings/{taking}/choose")
    String choose(
            @PathVariable UUID taking,
            @ModelAttribute("form") TakingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(
                taking,
                "choose",
                form,
                errors,
                model,
                redirect,
                response,
                () -> takings.choose(taking, form.readVersion(), form.showOnMap()));
    }

    @PostMapping("/takings/{taking}/agree")
    @PreAuthorize("hasRole('COORDINATOR')")
    String agree(
            @PathVariable UUID taking,
            @ModelAttribute("form") TakingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(
                taking,
                "agree",
                form,
                errors,
                model,
                redirect,
                response,
                () -> takings.agree(taking, form.readVersion()));
    }

    @PostMapping("/takings/{taking}/start")
    String start(
            @PathVariable UUID taking,
            @ModelAttribute("form") TakingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(
                taking,
                "start",
                form,
                errors,
                model,
                redirect,
                response,
                () -> takings.start(
                        taking, form.readVersion(), DateInput.required("date", form.date()), form.intervalDays()));
    }

    @PostMapping("/takings/{taking}/end")
    String end(
            @PathVariable UUID taking,
            @ModelAttribute("form") TakingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(
                taking,
                "end",
                form,
                errors,
                model,
                redirect,
                response,
                () -> takings.end(taking, form.readVersion(), DateInput.required("date", form.date()), form.reason()));
    }

    @PostMapping("/takings/{taking}/decline")
    String decline(
            @PathVariable UUID taking,
            @ModelAttribute("form") TakingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(
                taking,
                "decline",
                form,
                errors,
                model,
                redirect,
                response,
                () -> takings.decline(taking, form.readVersion(), form.reason()));
    }

    @PostMapping("/takings/{taking}/check-ins")
    String checkIn(
            @PathVariable UUID taking,
            @ModelAttribute("form") TakingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(taking, "check-ins", form, errors, model, redirect, response, () -> {
            takings.checkIn(taking, DateInput.required("date", form.date()), form.note());
            return null;
        });
    }

    /**
     * Records a step and shows the taking again; a refusal shows the step's form with what was typed and the message,
     * a conflict answers 409 with what was typed on the current version.
     */
    private String step(
            UUID taking,
            String step,
            TakingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Supplier<RoleTakingView> recorded) {
        try {
            recorded.get();
            redirect.addFlashAttribute("notice", "roles.taking.page.done." + step);
            return "redirect:/roles/takings/" + taking;
        } catch (Refusal refused) {
            refused.showOn(errors);
            return takingPage(taking, form, step, model);
        } catch (VersionConflict conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("changedMeanwhile", true);
            return takingPage(taking, form.on(takings.get(taking)), step, model);
        }
    }

    private String participantPage(ParticipantId participant, TakingForm form, Model model) {
        List<Shown> shown = new ArrayList<>();
        for (RoleTakingView t : takings.ofParticipant(participant)) {
            shown.add(shown(t));
        }
        List<Shown> open = new ArrayList<>();
        for (ActorView actor : actors.list()) {
            for (RoleView role : roles.ofActor(actor.id())) {
                if (role.status() == RoleStatus.OPEN) {
                    open.add(new Shown(null, role, actor));
                }
            }
        }
        model.addAttribute("participant", participant.value());
        model.addAttribute("name", name(participant));
        model.addAttribute("takings", shown);
        model.addAttribute("openRoles", open);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "roles/participant";
    }

    private String takingPage(UUID id, TakingForm form, String posted, Model model) {
        Shown shown = shown(takings.get(id));
        model.addAttribute("shown", shown);
        model.addAttribute("name", name(shown.taking().participant()));
        List<RoleTakingManagement.CheckInView> checkIns = takings.checkIns(id);
        model.addAttribute("checkIns", checkIns);
        model.addAttribute(
                "checkInDue",
                shown.taking()
                        .checkInDue(checkIns.isEmpty() ? null : checkIns.get(0).date()));
        model.addAttribute("today", LocalDate.now(clock));
        if (shown.role().collective()) { // the group it is part of, as the coach may see it
            model.addAttribute("group", groups.group(shown.role().id()));
        }
        model.addAttribute("form", form);
        model.addAttribute("posted", posted);
        return "roles/taking";
    }

    private Shown shown(RoleTakingView taking) {
        RoleView role = roles.get(taking.role());
        return new Shown(taking, role, actors.get(role.actor()));
    }

    private String name(ParticipantId participant) {
        Map<ParticipantId, String> names = participants.names(List.of(participant));
        return names.getOrDefault(participant, "");
    }
}

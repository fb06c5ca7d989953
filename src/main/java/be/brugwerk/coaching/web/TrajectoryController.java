package be.brugwerk.coaching.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import be.brugwerk.coaching.ActionKind;
import be.brugwerk.coaching.ActionStatus;
import be.brugwerk.coaching.NoteVisibility;
import be.brugwerk.coaching.OutcomeManagement;
import be.brugwerk.coaching.Performer;
import be.brugwerk.coaching.StepStatus;
import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.coaching.TrajectorySummary;
import be.brugwerk.coaching.TrajectoryView;
import be.brugwerk.coaching.WishContact;
import be.brugwerk.coaching.web.TrajectoryForms.ActionForm;
import be.brugwerk.coaching.web.TrajectoryForms.CloseForm;
import be.brugwerk.coaching.web.TrajectoryForms.NoteForm;
import be.brugwerk.coaching.web.TrajectoryForms.PlanForm;
import be.brugwerk.coaching.web.TrajectoryForms.RoundTableForm;
import be.brugwerk.coaching.web.TrajectoryForms.SessionForm;
import be.brugwerk.coaching.web.TrajectoryForms.StartForm;
import be.brugwerk.coaching.web.TrajectoryForms.StepForm;
import be.brugwerk.coaching.web.TrajectoryForms.SuccessForm;
import be.brugwerk.coaching.web.TrajectoryForms.WishForm;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.DateInput;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.MultiLine;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import be.brugwerk.system.PathAccess;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A trajectory's pages: the list, starting one, the trajectory with its step plan, wishes, actions, sessions, notes,
 * successes, support plan and round tables, closing, and the participant's printout.
 */
@Controller
@RequestMapping("/trajectories")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class TrajectoryController implements PathAccess {

    /** The flash attribute that carries a refused form across its redirect (see {@link KeptForm}). */
    static final String KEPT_FORM = "keptForm";

    private static final Pattern REFUSAL_TOKEN = Pattern.compile("[0-9a-f-]{36}");

    private static final Map<String, Class<? extends Record>> KEPT_FORMS = Map.of("wishForm", WishForm.class,
            "actionForm", ActionForm.class, "successForm", SuccessForm.class, "sessionForm", SessionForm.class,
            "noteForm", NoteForm.class, "planForm", PlanForm.class, "roundTableForm", RoundTableForm.class);

    private final TrajectoryManagement trajectories;
    private final OutcomeManagement outcomes;
    TrajectoryController(TrajectoryManagement trajectories, OutcomeManagement outcomes) {
        this.trajectories = trajectories;
        this.outcomes = outcomes;
    }

    /** The trajectory the path names, if any: reachable, or 404 before the form is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(trajectories::checkAccess);
    }

    /** A page of the list, newest first; where it starts is in the address. */
    @GetMapping
    String list(@RequestParam(required = false) String after, @RequestParam(required = false) String before,
            Model model) {
        Keyset.Page<TrajectorySummary, UUID> page = trajectories.page(Keyset.Cursor.of(after, before, UUID::fromString),
                Keyset.PAGE_SIZE);
        model.addAttribute("trajectories", page.rows());
        model.addAttribute("pages", Keyset.Links.of("/trajectories", Map.of(), page));
        return "trajectories/list";
    }

    @GetMapping("/new")
    String newTrajectory(@RequestParam(name = "participant", required = false) String participant, Model model) {
        model.addAttribute("form", new StartForm(participant == null ? "" : participant, ""));
        return startPage(model);
    }

    @PostMapping
    String start(@Valid @ModelAttribute("form") StartForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return startPage(model);
        }
        try {
            UUID coach = FormValues.id("coach", form.coach());
            UUID participant = FormValues.id("participant", form.participant());
            if (participant == null) {
                throw new Refusal("participant", "coaching.field.required");
            }
            if (coach == null) {
                throw new Refusal("coach", "coaching.field.required");
            }
            UUID id = trajectories.start(new ParticipantId(participant), coach);
            redirect.addFlashAttribute("notice", "trajectory.started");
            return "redirect:/trajectories/" + id;
        } catch (Refusal refused) {
            refused.showOn(errors);
            return startPage(model);
        }
    }

    private String startPage(Model model) {
        TrajectoryManagement.StartChoices choices = trajectories.startChoices();
        model.addAttribute("startable", choices.participants());
        model.addAttribute("coaches", choices.coaches());
        return "trajectories/new";
    }

    /**
     * The trajectory; after a refused post also the form as it was typed, with why it was refused, as long as the
     * address names that refusal ({@code ?refused=...}): reloading the page or switching its language keeps both.
     */
    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @RequestParam(name = "refused", required = false) String refused, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        String keptForm = flash != null && flash.get(KEPT_FORM) instanceof String json ? json : null;
        KeptForm kept = keptForm == null ? null : KeptForm.fromJson(keptForm);
        if (kept != null && refused != null && REFUSAL_TOKEN.matcher(refused).matches()) {
            restore(kept, model);
            // a flash attribute is read once: keep it for the next request of this same address (a reload, the
            // language switch), for the flash timeout of three minutes after the last one
            RequestContextUtils.getOutputFlashMap(request).put(KEPT_FORM, keptForm);
            RequestContextUtils.saveOutputFlashMap(refusedAddress(id, refused), request, response);
        }
        return page(id, model);
    }

    @PostMapping("/{id}/steps/{step}")
    String updateStep(@PathVariable UUID id, @PathVariable UUID step, @Valid @ModelAttribute("stepForm") StepForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("typedStep", step);
        redirect.addFlashAttribute("touchedStep", step.toString());
        return submit(id, new Typed("stepForm", step, form), errors, model, redirect, "trajectory.step.saved",
                "steps", () -> {
                    trajectories.updateStep(id, step, FormValues.version(form.version()),
                            FormValues.choice(StepStatus.class, "status", form.status()), form.notes());
                });
    }

    @PostMapping("/{id}/coach")
    @PreAuthorize("hasRole('COORDINATOR')")
    String changeCoach(@PathVariable UUID id, @RequestParam(name = "coach", required = false) String coach,
            @RequestParam(name = "version", required = false) String version, Model model,
            RedirectAttributes redirect) {
        try {
            UUID chosen = FormValues.id("coach", coach);
            if (chosen == null) {
                throw new Refusal("coach", "coaching.field.required");
            }
            trajectories.changeCoach(id, FormValues.version(version), chosen);
            redirect.addFlashAttribute("notice", "trajectory.coach.changed");
            return "redirect:/trajectories/" + id;
        } catch (Refusal refused) {
            if (refused.tampered()) {
                return refusedOnTop(id, model, refused);
            }
            return keep(id, KeptForm.ofFields("coachForm", id, Map.of(), refused.messageKey()), redirect);
        } catch (VersionConflict conflict) {
            return changedMeanwhile(id, model, "trajectory.changedMeanwhile");
        }
    }

    @PostMapping("/{id}/wishes")
    String addWish(@PathVariable UUID id, @Valid @ModelAttribute("wishForm") WishForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return submit(id, new Typed("wishForm", null, form), errors, model, redirect, "trajectory.wish.added",
                "wishes", () -> {
            trajectories.addWish(id, FormValues.choice(WishContact.class, "contact", form.contact()),
                    FormValues.id("memberId", form.memberId()), form.description());
        });
    }

    @PostMapping("/{id}/actions")
    String addAction(@PathVariable UUID id, @Valid @ModelAttribute("actionForm") ActionForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return submit(id, new Typed("actionForm", null, form), errors, model, redirect, "trajectory.action.added",
                "actions", () -> {
            trajectories.addAction(id, action(form));
        });
    }

    static TrajectoryManagement.NewAction action(ActionForm form) {
        return new TrajectoryManagement.NewAction(FormValues.choice(ActionKind.class, "kind", form.kind()),
                form.description(), FormValues.id("memberId", form.memberId()),
                FormValues.choice(Performer.class, "performer", form.performer()),
                FormValues.id("performerMemberId", form.performerMemberId()),
                DateInput.optional("dueOn", form.dueOn()));
    }

    /** Changes an open action's description and due date (rescheduling it, say). */
    @PostMapping("/{id}/actions/{action}")
    String updateAction(@PathVariable UUID id, @PathVariable UUID action,
            @RequestParam(name = "description", required = false) String description,
            @RequestParam(name = "dueOn", required = false) String dueOn,
            @RequestParam(name = "version", required = false) String version, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("typedAction", new TypedAction(action, description, dueOn));
        try {
            trajectories.updateAction(id, action, FormValues.version(version), description,
                    DateInput.optional("dueOn", dueOn));
            return saved(id, redirect, "trajectory.action.saved", "actions");
        } catch (Refusal refused) {
            if (refused.tampered()) {
                return refusedOnTop(id, model, refused);
            }
            Map<String, String> typed = new HashMap<>();
            typed.put("description", description);
            typed.put("dueOn", dueOn);
            return keep(id, KeptForm.ofFields("actionChange", action, typed, refused.messageKey()), redirect);
        } catch (VersionConflict conflict) {
            return changedMeanwhile(id, model, "trajectory.action.changedMeanwhile");
        }
    }

    /** An action's change as typed, shown again (its form open) when it was not saved. */
    record TypedAction(UUID action, String description, String dueOn) {
    }

    @PostMapping("/{id}/actions/{action}/status")
    String setActionStatus(@PathVariable UUID id, @PathVariable UUID action,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "version", required = false) String version, Model model,
            RedirectAttributes redirect) {
        try {
            trajectories.setActionStatus(id, action, FormValues.version(version),
                    FormValues.choice(ActionStatus.class, "status", status));
            return saved(id, redirect, "trajectory.action.saved", "actions");
        } catch (Refusal refused) {
            PageStatus.set(HttpStatus.BAD_REQUEST); // the buttons always send a status: this post was not theirs
            return refusedOnTop(id, model, refused);
        } catch (VersionConflict conflict) {
            return changedMeanwhile(id, model, "trajectory.action.changedMeanwhile");
        }
    }

    @PostMapping("/{id}/successes")
    String addSuccess(@PathVariable UUID id, @Valid @ModelAttribute("successForm") SuccessForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return submit(id, new Typed("successForm", null, form), errors, model, redirect, "trajectory.success.added",
                "timeline", () -> {
            trajectories.addSuccess(id, DateInput.required("occurredOn", form.occurredOn()),
                    form.description());
        });
    }

    @PostMapping("/{id}/sessions")
    String logSession(@PathVariable UUID id, @Valid @ModelAttribute("sessionForm") SessionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return submit(id, new Typed("sessionForm", null, form), errors, model, redirect, "trajectory.session.logged",
                "sessions", () -> {
            trajectories.logSession(id, session(form));
        });
    }

    static TrajectoryManagement.NewSession session(SessionForm form) {
        return new TrajectoryManagement.NewSession(DateInput.required("heldOn", form.heldOn()),
                FormValues.number("durationMinutes", form.durationMinutes(), "coaching.session.duration"), form.place(),
                form.note(), form.note() == null || form.note().isBlank() ? null
                        : FormValues.choice(NoteVisibility.class, "noteVisibility", form.noteVisibility()));
    }

    @PostMapping("/{id}/notes")
    String addNote(@PathVariable UUID id, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return submit(id, new Typed("noteForm", null, form), errors, model, redirect, "trajectory.note.added",
                "notes", () -> {
            trajectories.addNote(id, FormValues.choice(NoteVisibility.class, "visibility", form.visibility()),
                    form.text());
        });
    }

    @PostMapping("/{id}/support-plan")
    String addPlanEntry(@PathVariable UUID id, @Valid @ModelAttribute("planForm") PlanForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return submit(id, new Typed("planForm", null, form), errors, model, redirect, "trajectory.plan.added",
                "support-plan", () -> {
            trajectories.addPlanEntry(id, FormValues.id("memberId", form.memberId()), form.who(),
                    !"false".equals(form.involve()), form.purpose());
        });
    }

    @PostMapping("/{id}/round-tables")
    String planRoundTable(@PathVariable UUID id, @Valid @ModelAttribute("roundTableForm") RoundTableForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return submit(id, new Typed("roundTableForm", null, form), errors, model, redirect,
                "trajectory.roundTable.planned", "round-tables", () -> {
            List<UUID> invitees = form.invitees() == null ? List.of()
                    : form.invitees().stream().map(i -> FormValues.id("invitees", i)).filter(Objects::nonNull)
                            .toList();
            trajectories.planRoundTable(id, DateInput.required("plannedOn", form.plannedOn()), form.agenda(),
                    invitees, FormValues.yesNo("participantCentral", form.participantCentral()));
        });
    }

    @PostMapping("/{id}/round-tables/{table}/agreements")
    String recordAgreements(@PathVariable UUID id, @PathVariable UUID table,
            @RequestParam(name = "agreements", required = false) @MultiLine String agreements,
            @RequestParam(name = "version", required = false) String version, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("typedAgreements", new TypedAgreements(table, agreements));
        try {
            trajectories.recordAgreements(id, table, FormValues.version(version), agreements);
            return saved(id, redirect, "trajectory.roundTable.agreementsSaved", "round-tables");
        } catch (Refusal refused) {
            if (refused.tampered()) {
                return refusedOnTop(id, model, refused);
            }
            Map<String, String> typed = new HashMap<>();
            typed.put("agreements", agreements);
            return keep(id, KeptForm.ofFields("agreementsForm", table, typed, refused.messageKey()), redirect);
        } catch (VersionConflict conflict) {
            return changedMeanwhile(id, model, "trajectory.roundTable.changedMeanwhile");
        }
    }

    /** Agreements as typed for one round table, shown again when they were not saved. */
    record TypedAgreements(UUID table, String text) {
    }

    @GetMapping("/{id}/close")
    String closing(@PathVariable UUID id, Model model) {
        TrajectoryView trajectory = trajectories.get(id);
        model.addAttribute("form", new CloseForm("", "", "", "", "", Integer.toString(trajectory.version())));
        return closingPage(trajectory, model);
    }

    private String closingPage(TrajectoryView trajectory, Model model) {
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("networkChange", trajectories.networkChange(trajectory.id()).orElse(null));
        model.addAttribute("outcomes", outcomes.outcomes(trajectory.id()));
        return "trajectories/close";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable UUID id, @Valid @ModelAttribute("form") CloseForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                trajectories.close(id, form.readVersion(), new TrajectoryView.Evaluation(form.network(),
                        form.scores(), form.participantWords(), DateInput.optional("followUpOn", form.followUpOn()),
                        form.handoverTo()));
                redirect.addFlashAttribute("notice", "trajectory.closed");
                return "redirect:/trajectories/" + id;
            } catch (Refusal refused) {
                refused.showOn(errors);
            } catch (VersionConflict conflict) {
                PageStatus.set(HttpStatus.CONFLICT);
                errors.reject("trajectory.close.changedMeanwhile");
                TrajectoryView current = trajectories.get(id);
                // what was typed, on the version stored now: closing again knowingly works
                CloseForm onCurrent = new CloseForm(form.network(), form.scores(), form.participantWords(),
                        form.followUpOn(), form.handoverTo(), Integer.toString(current.version()));
                BeanPropertyBindingResult kept = new BeanPropertyBindingResult(onCurrent, "form");
                kept.addAllErrors(errors);
                model.addAttribute("form", onCurrent); // replacing the form drops its binding result: add it again
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", kept);
                return closingPage(current, model);
            }
        }
        return closingPage(trajectories.get(id), model);
    }

    /** What the participant receives, ready to print: shared notes only, their answers and the change over time. */
    @GetMapping("/{id}/printout")
    String printout(@PathVariable UUID id, Model model) {
        model.addAttribute("trajectory", trajectories.forParticipant(id));
        OutcomeManagement.Outcomes measured = outcomes.outcomes(id);
        model.addAttribute("outcomes", measured);
        model.addAttribute("answers", measured.finished().stream().collect(java.util.stream.Collectors.toMap(
                m -> m.id(), MeasurementController::answered)));
        return "trajectories/printout";
    }

    /** A form as it was posted: its model name, the step it belongs to (if any) and what was typed. */
    private record Typed(String name, UUID item, Record form) {
    }

    /**
     * Does the work and goes back to the trajectory. A refused input goes back too (post/redirect/get), to an address
     * that names the refusal, where the page shows it beside its field with everything else as typed. Input no page
     * of ours sends is answered at once (400), a conflict too (409, what was typed kept).
     */
    private String submit(UUID id, Typed typed, BindingResult errors, Model model, RedirectAttributes redirect,
            String notice, String anchor, Runnable work) {
        String messageOnTop = null;
        if (!errors.hasErrors()) {
            try {
                work.run();
                return saved(id, redirect, notice, anchor);
            } catch (Refusal refused) {
                refused.showOn(errors);
                if ("trajectory".equals(refused.field()) || refused.tampered()) {
                    messageOnTop = refused.messageKey(); // the forms are gone: say it on top
                }
                if (refused.tampered()) {
                    model.addAttribute("refusedMessage", messageOnTop);
                    return page(id, model);
                }
            } catch (VersionConflict conflict) {
                return changedMeanwhile(id, model, "trajectory.step.changedMeanwhile");
            }
        }
        return keep(id, KeptForm.of(typed.name(), typed.item(), typed.form(), errors, messageOnTop), redirect);
    }

    /** Goes back to the trajectory at an address of its own for this refusal, the refused form kept for it. */
    private static String keep(UUID id, KeptForm kept, RedirectAttributes redirect) {
        redirect.addFlashAttribute(KEPT_FORM, kept.toJson());
        // no #section: the browser would scroll to it after js/form-errors.js moved the focus to the error summary
        return "redirect:" + refusedAddress(id, UUID.randomUUID().toString());
    }

    private static String refusedAddress(UUID id, String refusal) {
        return "/trajectories/" + id + "?refused=" + refusal;
    }

    /** Puts a kept form back into the model, where the page's templates look for it. */
    private static void restore(KeptForm kept, Model model) {
        if (kept.messageOnTop() != null) {
            model.addAttribute("refusedMessage", kept.messageOnTop());
        }
        UUID item = kept.item() == null ? null : FormValues.id("item", kept.item());
        switch (kept.form()) {
            case "actionChange" -> model.addAttribute("typedAction",
                    new TypedAction(item, kept.value("description"), kept.value("dueOn")));
            case "agreementsForm" -> model.addAttribute("typedAgreements",
                    new TypedAgreements(item, kept.value("agreements")));
            case "stepForm" -> {
                model.addAttribute("typedStep", item);
                bound(model, kept.bind(StepForm.class));
            }
            default -> {
                Class<? extends Record> type = KEPT_FORMS.get(kept.form());
                if (type != null) {
                    bound(model, kept.bind(type));
                }
            }
        }
    }

    private static void bound(Model model, BindingResult bound) {
        model.addAttribute(bound.getObjectName(), bound.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + bound.getObjectName(), bound);
    }

    /** A refused input of a form without fields of its own (a button): said on top of the page, answered 400. */
    private String refusedOnTop(UUID id, Model model, Refusal refused) {
        model.addAttribute("refusal", refused);
        model.addAttribute("refusedMessage", refused.messageKey());
        return page(id, model);
    }

    /**
     * Someone else saved the same row since this page was read: 409, nothing overwritten; the page shows what is
     * stored now, with what was typed kept in its form.
     */
    private String changedMeanwhile(UUID id, Model model, String messageKey) {
        PageStatus.set(HttpStatus.CONFLICT);
        model.addAttribute("refusedMessage", messageKey);
        return page(id, model);
    }

    private String page(UUID id, Model model) {
        TrajectoryView trajectory = trajectories.get(id);
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("stepStatuses", StepStatus.values());
        model.addAttribute("oneClickStatuses", List.of(StepStatus.IN_PROGRESS, StepStatus.DONE));
        model.addAttribute("actionKinds", ActionKind.values());
        model.addAttribute("performers", Performer.values());
        model.addAttribute("actionStatuses", ActionStatus.values());
        model.addAttribute("visibilities", NoteVisibility.values());
        model.addAttribute("wishContacts", WishContact.values());
        model.addAttribute("currentStep", currentStep(trajectory, model));
        model.addAttribute("mine", Tenancy.requireUser().accountId().equals(trajectory.coachId()));
        model.addAttribute("coachCandidates", trajectories.coachCandidates(trajectory));
        addIfAbsent(model, "wishForm", WishForm.empty());
        addIfAbsent(model, "actionForm", ActionForm.empty());
        addIfAbsent(model, "successForm", SuccessForm.empty());
        addIfAbsent(model, "sessionForm", SessionForm.empty());
        addIfAbsent(model, "noteForm", NoteForm.empty());
        addIfAbsent(model, "planForm", PlanForm.empty());
        addIfAbsent(model, "roundTableForm", RoundTableForm.empty());
        return "trajectories/show";
    }

    /**
     * The step shown open: the one whose form was refused, else the one just saved unless that finished it, else the
     * first not yet done or skipped (so marking a step done opens the next); none when every step is finished.
     */
    private static UUID currentStep(TrajectoryView trajectory, Model model) {
        if (model.getAttribute("typedStep") instanceof UUID typed) {
            return typed;
        }
        if (model.getAttribute("touchedStep") instanceof String touched) {
            Optional<UUID> saved = trajectory.steps().stream().filter(step -> !step.status().finished())
                    .map(TrajectoryView.Step::id).filter(step -> step.toString().equals(touched)).findFirst();
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        return trajectory.steps().stream().filter(step -> !step.status().finished()).map(TrajectoryView.Step::id)
                .findFirst().orElse(null);
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private static String saved(UUID id, RedirectAttributes redirect, String notice, String anchor) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/trajectories/" + id + "#" + anchor;
    }
}

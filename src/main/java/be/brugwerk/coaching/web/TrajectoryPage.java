package be.brugwerk.coaching.web;

import be.brugwerk.coaching.ActionKind;
import be.brugwerk.coaching.ActionStatus;
import be.brugwerk.coaching.NoteVisibility;
import be.brugwerk.coaching.Performer;
import be.brugwerk.coaching.StepStatus;
import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.coaching.TrajectoryView;
import be.brugwerk.coaching.WishContact;
import be.brugwerk.coaching.web.TrajectoryForms.ActionForm;
import be.brugwerk.coaching.web.TrajectoryForms.NoteForm;
import be.brugwerk.coaching.web.TrajectoryForms.PlanForm;
import be.brugwerk.coaching.web.TrajectoryForms.RoundTableForm;
import be.brugwerk.coaching.web.TrajectoryForms.SessionForm;
import be.brugwerk.coaching.web.TrajectoryForms.StepForm;
import be.brugwerk.coaching.web.TrajectoryForms.SuccessForm;
import be.brugwerk.coaching.web.TrajectoryForms.WishForm;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The trajectory's page and the way every form on it is posted (post/redirect/get), shared by the controllers of its
 * parts: the work is done and the page shown again at its section; a refused input goes back to an address that
 * names the refusal, where the page shows it beside its field with everything else as typed; input no page of ours
 * sends is answered at once (400), a change made meanwhile too (409, what was typed kept).
 */
@Component
class TrajectoryPage {

    /** The flash attribute that carries a refused form across its redirect (see {@link KeptForm}). */
    static final String KEPT_FORM = "keptForm";

    private static final Pattern REFUSAL_TOKEN = Pattern.compile("[0-9a-f-]{36}");

    private static final Map<String, Class<? extends Record>> KEPT_FORMS = Map.of(
            "wishForm",
            WishForm.class,
            "actionForm",
            ActionForm.class,
            "successForm",
            SuccessForm.class,
            "sessionForm",
            SessionForm.class,
            "noteForm",
            NoteForm.class,
            "planForm",
            PlanForm.class,
            "roundTableForm",
            RoundTableForm.class);

    private final TrajectoryManagement trajectories;

    TrajectoryPage(TrajectoryManagement trajectories) {
        this.trajectories = trajectories;
    }

    /** The trajectory the path names, if any: reachable, or 404 before the form is read (ADR 0006). */
    void checkAccess(PathAccess.Path path) {
        path.id("id").ifPresent(trajectories::checkAccess);
    }

    /** A form as it was posted: its model name, the step, action or round table it belongs to (if any), what was typed. */
    record Typed(String name, UUID item, Record form) {}

    /** An action's change as typed, shown again (its form open) when it was not saved. */
    record TypedAction(UUID action, String description, String dueOn) {}

    /** Agreements as typed for one round table, shown again when they were not saved. */
    record TypedAgreements(UUID table, String text) {}

    /**
     * The trajectory; after a refused post also the form as it was typed, with why it was refused, as long as the
     * address names that refusal ({@code ?refused=...}): reloading the page or switching its language keeps both.
     */
    String show(UUID id, String refused, Model model, HttpServletRequest request, HttpServletResponse response) {
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
        return render(id, model);
    }

    /**
     * Does the work of a form and goes back to the trajectory at {@code anchor}, saying {@code notice}; see the class
     * comment for what a refusal or a conflict answers.
     */
    String submit(
            UUID id,
            Typed typed,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            String notice,
            String anchor,
            Runnable work) {
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
                    return render(id, model);
                }
            } catch (VersionConflict conflict) {
                return changedMeanwhile(id, model, "trajectory.step.changedMeanwhile");
            }
        }
        return keep(id, KeptForm.of(typed.name(), typed.item(), typed.form(), errors, messageOnTop), redirect);
    }

    /**
     * Does the work of a form without a form record (one action's change, a round table's agreements, the handover):
     * a refusal keeps what {@code typed} gives for {@code item} under the form's name, a tampered one is said on top
     * (400), a change made meanwhile answers 409 with {@code changedMeanwhile}.
     */
    String submitFields(
            UUID id,
            String form,
            UUID item,
            Map<String, String> typed,
            Model model,
            RedirectAttributes redirect,
            String changedMeanwhile,
            Supplier<String> work) {
        try {
            return work.get();
        } catch (Refusal refused) {
            if (refused.tampered()) {
                return refusedOnTop(id, model, refused);
            }
            return keep(id, KeptForm.ofFields(form, item, typed, refused.messageKey()), redirect);
        } catch (VersionConflict conflict) {
            return changedMeanwhile(id, model, changedMeanwhile);
        }
    }

    /** Fields as typed, by name, in pairs of name and value; a field not sent is {@code null}. */
    static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            typed.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return typed;
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
        model.addAttribute("refusedForm", kept.form()); // its fold on the page opens by itself
        if (kept.messageOnTop() != null) {
            model.addAttribute("refusedMessage", kept.messageOnTop());
        }
        UUID item = kept.item() == null ? null : FormValues.id("item", kept.item());
        switch (kept.form()) {
            case "actionChange" ->
                model.addAttribute(
                        "typedAction", new TypedAction(item, kept.value("description"), kept.value("dueOn")));
            case "agreementsForm" ->
                model.addAttribute("typedAgreements", new TypedAgreements(item, kept.value("agreements")));
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
    String refusedOnTop(UUID id, Model model, Refusal refused) {
        model.addAttribute("refusal", refused);
        model.addAttribute("refusedMessage", refused.messageKey());
        return render(id, model);
    }

    /**
     * Someone else saved the same row since this page was read: 409, nothing overwritten; the page shows what is
     * stored now, with what was typed kept in its form.
     */
    String changedMeanwhile(UUID id, Model model, String messageKey) {
        PageStatus.set(HttpStatus.CONFLICT);
        model.addAttribute("refusedMessage", messageKey);
        return render(id, model);
    }

    /** The page with what is stored now, and the forms the model does not hold already empty. */
    String render(UUID id, Model model) {
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
            Optional<UUID> saved = trajectory.steps().stream()
                    .filter(step -> !step.status().finished())
                    .map(TrajectoryView.Step::id)
                    .filter(step -> step.toString().equals(touched))
                    .findFirst();
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        return trajectory.steps().stream()
                .filter(step -> !step.status().finished())
                .map(TrajectoryView.Step::id)
                .findFirst()
                .orElse(null);
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    /** Goes back to the trajectory's section {@code anchor}, saying {@code notice}. */
    static String saved(UUID id, RedirectAttributes redirect, String notice, String anchor) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/trajectories/" + id + "#" + anchor;
    }
}

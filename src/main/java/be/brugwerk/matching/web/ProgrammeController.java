package be.brugwerk.matching.web;

import be.brugwerk.matching.engine.GenderWishes;
import be.brugwerk.matching.programme.BuddyConsentWithdrawn;
import be.brugwerk.matching.programme.BuddyManagement;
import be.brugwerk.matching.programme.BuddyStatus;
import be.brugwerk.matching.programme.EditableIntake;
import be.brugwerk.matching.programme.Intake;
import be.brugwerk.matching.programme.MatchingFailed;
import be.brugwerk.matching.programme.MatchingRuns;
import be.brugwerk.matching.programme.PairManagement;
import be.brugwerk.matching.programme.PairStatus;
import be.brugwerk.matching.programme.PairView;
import be.brugwerk.matching.programme.ProgrammeManagement;
import be.brugwerk.matching.programme.ProgrammeSettings;
import be.brugwerk.matching.programme.ProgrammeView;
import be.brugwerk.matching.programme.RunView;
import be.brugwerk.matching.programme.WaitingEntry;
import be.brugwerk.people.ConsentMissing;
import be.brugwerk.people.Language;
import be.brugwerk.people.MailNotSent;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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
 * A coordinator's pages of buddy programmes; the organisation admin sees the list and the buddies. Whether the
 * person coordinates the programme at hand is checked by the services (404 otherwise).
 */
@Controller
@RequestMapping("/programmes")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ORGANISATION_ADMIN')")
class ProgrammeController implements PathAccess {

    private final ProgrammeManagement programmes;
    private final BuddyManagement buddies;
    private final PairManagement pairs;
    private final MatchingRuns runs;

    ProgrammeController(
            ProgrammeManagement programmes, BuddyManagement buddies, PairManagement pairs, MatchingRuns runs) {
        this.programmes = programmes;
        this.buddies = buddies;
        this.pairs = pairs;
        this.runs = runs;
    }

    /** The programme the path names, if any: one the person coordinates or oversees, or 404 before the form is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(programmes::checkAccess);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("programmes", programmes.list());
        return "programmes/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newProgramme(Model model) {
        model.addAttribute("form", ProgrammeForm.empty());
        model.addAttribute("genderWishes", GenderWishes.values());
        return "programmes/new";
    }

    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    String create(
            @Valid @ModelAttribute("form") ProgrammeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProgrammeSettings settings = form.settings(errors);
        if (settings == null) {
            model.addAttribute("genderWishes", GenderWishes.values());
            return "programmes/new";
        }
        ProgrammeView created = programmes.create(settings);
        redirect.addFlashAttribute("notice", "matching.programme.created");
        return "redirect:/programmes/" + created.id();
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String edit(@PathVariable UUID id, Model model) {
        ProgrammeView programme = programmes.coordinated(id);
        model.addAttribute("programme", programme);
        model.addAttribute("form", ProgrammeForm.of(programme));
        model.addAttribute("genderWishes", GenderWishes.values());
        return "programmes/new";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ProgrammeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ProgrammeSettings settings = form.settings(errors);
        if (settings != null) {
            try {
                programmes.update(id, settings, form.readVersion());
                redirect.addFlashAttribute("notice", "matching.programme.saved");
                return "redirect:/programmes/" + id;
            } catch (VersionConflict conflict) {
                errors.reject("matching.programme.changedMeanwhile");
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("genderWishes", GenderWishes.values());
        return "programmes/new";
    }

    /**
     * The programme's page. Its waiting list and its proposals are paged, each with cursors of its own in the address
     * ({@code waitingAfter}, {@code proposalsAfter}, ...), so paging one keeps the other where it is.
     */
    @GetMapping("/{id}")
    String show(
            @PathVariable UUID id,
            @RequestParam(required = false) String waitingAfter,
            @RequestParam(required = false) String waitingBefore,
            @RequestParam(required = false) String proposalsAfter,
            @RequestParam(required = false) String proposalsBefore,
            Model model) {
        ProgrammeView programme = programmes.get(id);
        if (!programmes.coordinates(id)) {
            return "redirect:/programmes/" + id + "/buddies";
        }
        List<PairView> all = programmes.pairs(id);
        model.addAttribute("programme", programme);
        model.addAttribute("run", runs.latest(id).orElse(null));
        String path = "/programmes/" + id;
        ProgrammeManagement.PagedLists lists = programmes.pagedLists(
                id,
                Keyset.Cursor.of(waitingAfter, waitingBefore, UUID::fromString),
                Keyset.Cursor.of(proposalsAfter, proposalsBefore, UUID::fromString),
                Keyset.PAGE_SIZE);
        model.addAttribute("waiting", lists.waiting().rows());
        model.addAttribute(
                "waitingPages",
                Keyset.Links.of(
                        path,
                        cursors("proposals", proposalsAfter, proposalsBefore),
                        lists.waiting(),
                        "waitingAfter",
                        "waitingBefore"));
        model.addAttribute("proposals", lists.proposals().rows());
        model.addAttribute(
                "proposalPages",
                Keyset.Links.of(
                        path,
                        cursors("waiting", waitingAfter, waitingBefore),
                        lists.proposals(),
                        "proposalsAfter",
                        "proposalsBefore"));
        // a pair can be fixed for anyone still waiting, not only for those on the page shown
        model.addAttribute(
                "waitingToPair",
                programmes.waitingList(id).stream()
                        .filter(w -> w.status() == WaitingEntry.Status.WAITING)
                        .toList());
        model.addAttribute(
                "pairs",
                all.stream().filter(p -> p.status() != PairStatus.PROPOSED).toList());
        model.addAttribute(
                "approvedBuddies",
                buddies.list(id).stream()
                        .filter(b -> b.status() == BuddyStatus.APPROVED)
                        .toList());
        model.addAttribute("signals", programmes.signals(id, all));
        model.addAttribute("figures", programmes.figures(id));
        model.addAttribute("coordinators", programmes.coordinators(id));
        return "programmes/show";
    }

    @PostMapping("/{id}/coordinators")
    @PreAuthorize("hasRole('COORDINATOR')")
    String addCoordinator(@PathVariable UUID id, @RequestParam UUID account, RedirectAttributes redirect) {
        programmes.addCoordinator(id, account);
        redirect.addFlashAttribute("notice", "matching.coordinator.added");
        return "redirect:/programmes/" + id;
    }

    /** The latest run's phase and outcome, as the programme page shows them while a run goes on. */
    @GetMapping("/{id}/run")
    String runStatus(@PathVariable UUID id, Model model) {
        model.addAttribute("run", runs.latest(id).orElse(null));
        return "programmes/show :: run";
    }

    @PostMapping("/{id}/runs")
    String run(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            RunView run = runs.run(id);
            redirect.addFlashAttribute("notice", run.message());
            redirect.addFlashAttribute("noticeDetail", run.detail());
        } catch (MatchingFailed failed) {
            redirect.addFlashAttribute("notice", "matching.run.failed");
        }
        return "redirect:/programmes/" + id;
    }

    @GetMapping("/{id}/waiting/new")
    String newWaiting(@PathVariable UUID id, Model model) {
        return waitingForm(id, PersonForm.empty(), model);
    }

    @PostMapping("/{id}/waiting")
    String addWaiting(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ParticipantId participant = form.chosenParticipant(errors);
        Intake intake = form.intakeFor(programmes.get(id), errors);
        if (errors.hasErrors()) {
            return waitingForm(id, form, model);
        }
        programmes.addToWaitingList(id, participant, intake);
        redirect.addFlashAttribute("notice", "matching.waiting.added");
        return "redirect:/programmes/" + id;
    }

    @GetMapping("/{id}/waiting/{entryId}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String editWaiting(@PathVariable UUID id, @PathVariable UUID entryId, Model model) {
        EditableIntake current = programmes.editableIntake(id, entryId);
        return intakeForm(
                id, current.name(), PersonForm.of(current), "/programmes/" + id + "/waiting/" + entryId, model);
    }

    @PostMapping("/{id}/waiting/{entryId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String correctWaiting(
            @PathVariable UUID id,
            @PathVariable UUID entryId,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Intake intake = form.intakeFor(programmes.get(id), errors);
        if (intake != null) {
            try {
                programmes.correctIntake(id, entryId, intake, form.readVersion());
                redirect.addFlashAttribute("notice", "matching.intake.saved");
                return "redirect:/programmes/" + id;
            } catch (VersionConflict conflict) {
                errors.reject("matching.intake.changedMeanwhile");
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        return intakeForm(
                id,
                programmes.editableIntake(id, entryId).name(),
                form,
                "/programmes/" + id + "/waiting/" + entryId,
                model);
    }

    @GetMapping("/{id}/buddies/{buddyId}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String editBuddy(@PathVariable UUID id, @PathVariable UUID buddyId, Model model) {
        EditableIntake current = buddies.editable(id, buddyId);
        model.addAttribute("emailEditable", current.emailEditable());
        return intakeForm(
                id, current.name(), PersonForm.of(current), "/programmes/" + id + "/buddies/" + buddyId, model);
    }

    @PostMapping("/{id}/buddies/{buddyId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String correctBuddy(
            @PathVariable UUID id,
            @PathVariable UUID buddyId,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PersonForm.Applicant buddy = form.applicantFor(programmes.get(id), errors, false);
        if (buddy != null) {
            try {
                buddies.correct(
                        id, buddyId, buddy.name(), buddy.email(), buddy.capacity(), buddy.intake(), form.readVersion());
                redirect.addFlashAttribute("notice", "matching.intake.saved");
                return "redirect:/programmes/" + id + "/buddies";
            } catch (VersionConflict conflict) {
                errors.reject("matching.intake.changedMeanwhile");
                response.setStatus(HttpStatus.CONFLICT.value());
            } catch (Refusal refused) {
                refused.showOn(errors);
            }
        }
        EditableIntake current = buddies.editable(id, buddyId);
        model.addAttribute("emailEditable", current.emailEditable());
        return intakeForm(id, current.name(), form, "/programmes/" + id + "/buddies/" + buddyId, model);
    }

    /** The edit page of an intake, posting to {@code action} (a buddy's when it lies under /buddies). */
    private String intakeForm(UUID id, String person, PersonForm form, String action, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("person", person);
        model.addAttribute("buddy", action.contains("/buddies/"));
        model.addAttribute("action", action);
        model.addAttribute("editing", true);
        model.addAttribute("form", form);
        return "programmes/intake-edit";
    }

    private String waitingForm(UUID id, PersonForm form, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("candidates", programmes.candidatesForWaitingList(id));
        model.addAttribute("form", form);
        return "programmes/waiting";
    }

    @GetMapping("/{id}/buddies")
    String buddies(@PathVariable UUID id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("coordinates", programmes.coordinates(id));
        model.addAttribute("buddies", buddies.list(id));
        return "programmes/buddies";
    }

    @GetMapping("/{id}/buddies/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newBuddy(@PathVariable UUID id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("form", PersonForm.empty());
        return "programmes/buddy";
    }

    @PostMapping("/{id}/buddies")
    @PreAuthorize("hasRole('COORDINATOR')")
    String registerBuddy(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProgrammeView programme = programmes.get(id);
        PersonForm.Applicant buddy = form.applicantFor(programme, errors, true);
        if (buddy != null) {
            try {
                buddies.register(id, buddy.name(), buddy.email(), buddy.capacity(), buddy.intake());
                redirect.addFlashAttribute("notice", "matching.buddy.registered");
                return "redirect:/programmes/" + id + "/buddies";
            } catch (Refusal refused) {
                refused.showOn(errors);
            }
        }
        model.addAttribute("programme", programme);
        return "programmes/buddy";
    }

    @PostMapping("/{id}/buddies/{buddyId}/approve")
    @PreAuthorize("hasRole('COORDINATOR')")
    String approve(
            @PathVariable UUID id,
            @PathVariable UUID buddyId,
            @RequestParam(name = "intakeHeld", required = false) Boolean intakeHeld,
            @RequestParam(name = "extractSeen", required = false) Boolean extractSeen,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            buddies.approve(
                    id,
                    buddyId,
                    Boolean.TRUE.equals(intakeHeld),
                    Boolean.TRUE.equals(extractSeen),
                    Language.of(locale));
            redirect.addFlashAttribute("notice", "matching.buddy.approved");
        } catch (MailNotSent notSent) {
            redirect.addFlashAttribute("notice", notSent.messageKey());
        } catch (Refusal refused) {
            redirect.addFlashAttribute(
                    "notice",
                    "email".equals(refused.field()) ? "matching.buddy.emailHasAccount" : refused.messageKey());
        }
        return "redirect:/programmes/" + id + "/buddies";
    }

    @PostMapping("/{id}/pairs")
    @PreAuthorize("hasRole('COORDINATOR')")
    String fix(
            @PathVariable UUID id,
            @RequestParam UUID waitingEntry,
            @RequestParam UUID buddy,
            RedirectAttributes redirect) {
        try {
            pairs.fix(id, waitingEntry, buddy);
        } catch (ConsentMissing withdrawn) {
            redirect.addFlashAttribute("notice", "matching.pair.noConsent");
            return "redirect:/programmes/" + id;
        } catch (BuddyConsentWithdrawn withdrawn) {
            redirect.addFlashAttribute("notice", "matching.pair.buddyNoConsent");
            return "redirect:/programmes/" + id;
        }
        return run(id, redirect);
    }

    @PostMapping("/{id}/pairs/{pairId}/accept")
    String accept(@PathVariable UUID id, @PathVariable UUID pairId, RedirectAttributes redirect) {
        return decided(id, redirect, "matching.pair.accepted", () -> pairs.accept(id, pairId));
    }

    @PostMapping("/{id}/pairs/{pairId}/reject")
    String reject(
            @PathVariable UUID id,
            @PathVariable UUID pairId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        if (reason == null || reason.isBlank()) {
            redirect.addFlashAttribute("notice", "matching.pair.reasonRequired");
            return "redirect:/programmes/" + id;
        }
        pairs.reject(id, pairId, reason);
        redirect.addFlashAttribute("notice", "matching.pair.rejected");
        return "redirect:/programmes/" + id;
    }

    @PostMapping("/{id}/pairs/{pairId}/participant-agreed")
    String participantAgreed(@PathVariable UUID id, @PathVariable UUID pairId, RedirectAttributes redirect) {
        return decided(id, redirect, "matching.pair.participantAgreed", () -> pairs.participantAgreed(id, pairId));
    }

    /** A decision about a participant's pair, refused with a notice when they withdrew their consent to matching. */
    private static String decided(UUID id, RedirectAttributes redirect, String notice, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (ConsentMissing withdrawn) {
            redirect.addFlashAttribute("notice", "matching.pair.noConsent");
        } catch (BuddyConsentWithdrawn withdrawn) {
            redirect.addFlashAttribute("notice", "matching.pair.buddyNoConsent");
        }
        return "redirect:/programmes/" + id;
    }

    @PostMapping("/{id}/pairs/{pairId}/notes")
    String note(
            @PathVariable UUID id,
            @PathVariable UUID pairId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        if (note == null || note.isBlank() || note.length() > 2000) {
            redirect.addFlashAttribute("notice", "matching.note.required");
            return "redirect:/programmes/" + id;
        }
        pairs.note(id, pairId, note);
        redirect.addFlashAttribute("notice", "matching.note.saved");
        return "redirect:/programmes/" + id;
    }

    @PostMapping("/{id}/pairs/{pairId}/end")
    String end(
            @PathVariable UUID id,
            @PathVariable UUID pairId,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        boolean early = !"COMPLETED".equals(outcome);
        if (early && (reason == null || reason.isBlank())) {
            redirect.addFlashAttribute("notice", "matching.pair.reasonRequired");
            return "redirect:/programmes/" + id;
        }
        pairs.end(id, pairId, early, reason);
        redirect.addFlashAttribute("notice", early ? "matching.pair.stopped" : "matching.pair.completed");
        return "redirect:/programmes/" + id;
    }

    /** The cursor parameters of the other list on the programme's page, as the address gave them. */
    private static Map<String, String> cursors(String list, String after, String before) {
        Map<String, String> cursors = new HashMap<>();
        cursors.put(list + "After", after);
        cursors.put(list + "Before", before);
        return cursors;
    }
}

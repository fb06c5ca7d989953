package be.brugwerk.people.web;

import be.brugwerk.people.ConsentPurpose;
import be.brugwerk.people.LegalBasis;
import be.brugwerk.people.ParticipantDetails;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantIsArchived;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.people.SharingRole;
import be.brugwerk.people.Transition;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.VersionConflict;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

/** The participants' pages: list and search, registration, profile, caseload and consent. */
@Controller
@RequestMapping("/participants")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class ParticipantController implements PathAccess {

    private final ParticipantManagement participants;
    private final Clock clock;

    ParticipantController(ParticipantManagement participants, Clock clock) {
        this.clock = clock;
        this.participants = participants;
    }

    /** The participant the path names, if any: one the person may work with, or 404 before the input is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("id").map(ParticipantId::new).ifPresent(participants::checkAccess);
    }

    @ModelAttribute("allTransitions")
    Transition[] allTransitions() {
        return Transition.values();
    }

    /** A page of the list, newest first; the search and where the page starts are in the address. */
    @GetMapping
    String list(
            @RequestParam(name = "q", required = false) String search,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String before,
            Model model) {
        Keyset.Page<ParticipantView, ParticipantId> page =
                participants.page(search, Keyset.Cursor.of(after, before, ParticipantId::of), Keyset.PAGE_SIZE);
        model.addAttribute("participants", page.rows());
        model.addAttribute("pages", Keyset.Links.of("/participants", Map.of("q", search == null ? "" : search), page));
        model.addAttribute("q", search == null ? "" : search);
        model.addAttribute("canRegister", participants.mayRegister());
        return "participants/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL')")
    String newParticipant(Model model) {
        model.addAttribute("form", ParticipantForm.empty());
        model.addAttribute("legalBases", participants.legalBases());
        return "participants/new";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL')")
    String register(
            @Valid @ModelAttribute("form") ParticipantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        checkDetails(form, errors);
        boolean processingNeedsConsent = participants.legalBases().get(ConsentPurpose.PROCESSING) == LegalBasis.CONSENT;
        if (processingNeedsConsent && !Boolean.TRUE.equals(form.consentProcessing())) {
            errors.rejectValue("consentProcessing", "participant.consent.processingRequired");
        }
        if (errors.hasErrors()) {
            model.addAttribute("legalBases", participants.legalBases());
            return "participants/new";
        }
        ParticipantId id =
                participants.register(form.details(), form.consents()).id();
        redirect.addFlashAttribute("notice", "participant.registered");
        return "redirect:/participants/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable ParticipantId id, Model model) {
        ParticipantView participant = participants.get(id);
        model.addAttribute("participant", participant);
        boolean assigns = participants.mayAssignCaseload();
        model.addAttribute("isCoordinator", assigns);
        model.addAttribute("canRegister", participants.mayRegister());
        if (assigns) {
            model.addAttribute(
                    "candidates",
                    participants.caseloadCandidates().stream()
                            .filter(c -> participant.caseload().stream()
                                    .noneMatch(m -> m.accountId().equals(c.accountId())))
                            .toList());
        }
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("legalBases", participants.legalBases());
        return "participants/show";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL')")
    String edit(@PathVariable ParticipantId id, Model model) {
        ParticipantView participant = participants.get(id);
        model.addAttribute("participant", participant);
        model.addAttribute("form", ParticipantForm.of(participant));
        return "participants/edit";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL')")
    String update(
            @PathVariable ParticipantId id,
            @Valid @ModelAttribute("form") ParticipantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        checkDetails(form, errors);
        if (!errors.hasErrors()) {
            try {
                participants.update(id, form.details(), form.readVersion());
                redirect.addFlashAttribute("notice", "participant.saved");
                return "redirect:/participants/" + id;
            } catch (VersionConflict conflict) {
                // the form comes back with what was typed and the message; the status tells scripts and tests too
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                errors.reject("participant.changedMeanwhile");
            } catch (ParticipantIsArchived archived) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                errors.reject(archived.messageKey());
            }
        }
        model.addAttribute("participant", participants.get(id));
        return "participants/edit";
    }

    /** What the form's annotations cannot check, for registering and changing alike, beside its field. */
    private void checkDetails(ParticipantForm form, BindingResult errors) {
        if (form.birthYearInTheFuture(clock)) {
            errors.rejectValue("birthYear", "participant.birthYear.future");
        }
        if (form.languageTooLong()) {
            errors.rejectValue(
                    "languages",
                    "participant.language.tooLong",
                    new Object[] {ParticipantDetails.LONGEST_LANGUAGE},
                    null);
        }
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL')")
    String archive(@PathVariable ParticipantId id, RedirectAttributes redirect) {
        participants.archive(id);
        redirect.addFlashAttribute("notice", "participant.archived");
        return "redirect:/participants";
    }

    @PostMapping("/{id}/caseload")
    @PreAuthorize("hasRole('COORDINATOR')")
    String assign(@PathVariable ParticipantId id, @RequestParam UUID accountId, RedirectAttributes redirect) {
        participants.assign(id, accountId);
        redirect.addFlashAttribute("notice", "participant.assigned");
        return "redirect:/participants/" + id;
    }

    @PostMapping("/{id}/caseload/{accountId}/remove")
    @PreAuthorize("hasRole('COORDINATOR')")
    String unassign(@PathVariable ParticipantId id, @PathVariable UUID accountId, RedirectAttributes redirect) {
        participants.unassign(id, accountId);
        redirect.addFlashAttribute("notice", "participant.unassigned");
        return "redirect:/participants/" + id;
    }

    @PostMapping("/{id}/consents")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL')")
    String giveConsent(
            @PathVariable ParticipantId id,
            @RequestParam ConsentPurpose purpose,
            @RequestParam(name = "sharedWith", required = false) Set<SharingRole> sharedWith,
            RedirectAttributes redirect) {
        participants.giveConsent(id, purpose, sharedWith == null ? EnumSet.noneOf(SharingRole.class) : sharedWith);
        redirect.addFlashAttribute("notice", "consent.recorded");
        return "redirect:/participants/" + id;
    }

    @PostMapping("/{id}/consents/{purpose}/withdraw")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL')")
    String withdrawConsent(
            @PathVariable ParticipantId id, @PathVariable ConsentPurpose purpose, RedirectAttributes redirect) {
        participants.withdrawConsent(id, purpose);
        redirect.addFlashAttribute("notice", "consent.withdrawn");
        return "redirect:/participants/" + id;
    }
}

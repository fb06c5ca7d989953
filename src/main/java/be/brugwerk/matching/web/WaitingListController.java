package be.brugwerk.matching.web;

import be.brugwerk.matching.programme.EditableIntake;
import be.brugwerk.matching.programme.Intake;
import be.brugwerk.matching.programme.ProgrammeManagement;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.system.NameSearch;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.VersionConflict;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
 * A programme's waiting list: putting a participant on it with their intake, and correcting an intake. Whether the
 * person coordinates the programme is checked by the services (404 otherwise).
 */
@Controller
@RequestMapping("/programmes/{id}/waiting")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ORGANISATION_ADMIN')")
class WaitingListController implements PathAccess {

    private final ProgrammeManagement programmes;
    private final IntakeEditPage intakeEdit;

    WaitingListController(ProgrammeManagement programmes, IntakeEditPage intakeEdit) {
        this.programmes = programmes;
        this.intakeEdit = intakeEdit;
    }

    /** The programme the path names: one the person coordinates or oversees, or 404 before the form is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(programmes::checkAccess);
    }

    /**
     * The form that puts a participant on the waiting list: the first {@value ProgrammeManagement#WAITING_CHOICES} who
     * may be put on it, by name, narrowed by a search on the name ({@code q}), with the one the form's search kept
     * ({@code participant}) among them.
     */
    @GetMapping("/new")
    String newWaiting(
            @PathVariable UUID id,
            @RequestParam(name = "participant", required = false) String participant,
            @RequestParam(required = false) String q,
            Model model) {
        return waitingForm(id, PersonForm.choosing(participant), q, model);
    }

    @PostMapping
    String addWaiting(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            @RequestParam(required = false) String q,
            Model model,
            RedirectAttributes redirect) {
        ParticipantId participant = form.chosenParticipant(errors);
        Intake intake = form.intakeFor(programmes.get(id), errors);
        if (errors.hasErrors()) {
            return waitingForm(id, form, q, model);
        }
        programmes.addToWaitingList(id, participant, intake);
        redirect.addFlashAttribute("notice", "matching.waiting.added");
        return "redirect:/programmes/" + id;
    }

    @GetMapping("/{entryId}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String editWaiting(@PathVariable UUID id, @PathVariable UUID entryId, Model model) {
        EditableIntake current = programmes.editableIntake(id, entryId);
        return intakeEdit.show(
                id, current.name(), PersonForm.of(current), "/programmes/" + id + "/waiting/" + entryId, model);
    }

    @PostMapping("/{entryId}")
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
        return intakeEdit.show(
                id,
                programmes.editableIntake(id, entryId).name(),
                form,
                "/programmes/" + id + "/waiting/" + entryId,
                model);
    }

    /** The form with the choice for the search typed (cut to the longest a name is), the participant chosen kept. */
    private String waitingForm(UUID id, PersonForm form, String q, Model model) {
        String search = NameSearch.typed(q);
        model.addAttribute("programme", programmes.get(id));
        ParticipantId chosen = form.participantNamed();
        ParticipantManagement.NamedChoice candidates = programmes.candidatesForWaitingList(id, search, chosen);
        model.addAttribute("candidates", candidates);
        // the choice is selected, and the search form carries it on, only while it is one: an id that is not offered
        // is not echoed back; one typed in upper case or with spaces around it is selected as the id it is
        model.addAttribute("keptChoice", candidates.offers(chosen) ? chosen.value() : null);
        model.addAttribute("mostCandidates", ProgrammeManagement.WAITING_CHOICES);
        model.addAttribute("q", search);
        model.addAttribute("form", form);
        return "programmes/waiting";
    }
}

package be.brugwerk.matching.web;

import be.brugwerk.matching.programme.BuddyManagement;
import be.brugwerk.matching.programme.BuddyStatus;
import be.brugwerk.matching.programme.BuddyView;
import be.brugwerk.matching.programme.EditableIntake;
import be.brugwerk.matching.programme.ProgrammeManagement;
import be.brugwerk.matching.programme.ProgrammeView;
import be.brugwerk.people.Language;
import be.brugwerk.people.MailNotSent;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashMap;
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
 * A programme's buddies, as its coordinator manages them: registering one with their intake, correcting it,
 * approving one after the intake; the organisation admin sees the list. (A buddy's own pages are
 * {@link BuddyController}'s.) Whether the person coordinates the programme is checked by the services (404 otherwise).
 */
@Controller
@RequestMapping("/programmes/{id}/buddies")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ORGANISATION_ADMIN')")
class ProgrammeBuddyController implements PathAccess {

    private final ProgrammeManagement programmes;
    private final BuddyManagement buddies;
    private final IntakeEditPage intakeEdit;

    ProgrammeBuddyController(ProgrammeManagement programmes, BuddyManagement buddies, IntakeEditPage intakeEdit) {
        this.programmes = programmes;
        this.buddies = buddies;
        this.intakeEdit = intakeEdit;
    }

    /** The programme the path names: one the person coordinates or oversees, or 404 before the form is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(programmes::checkAccess);
    }

    /**
     * The programme's buddies and applicants a page at a time (applicants first, then approved buddies, each by name),
     * narrowed to one status and to a part of the name when the address asks; an unknown status shows them all.
     */
    @GetMapping
    String buddies(
            @PathVariable UUID id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String before,
            Model model) {
        BuddyStatus only = known(status);
        Keyset.Page<BuddyView, UUID> page =
                buddies.page(id, only, name, Keyset.Cursor.of(after, before, UUID::fromString), Keyset.PAGE_SIZE);
        Map<String, String> filters = new HashMap<>();
        filters.put("status", only == null ? null : only.name());
        filters.put("name", name);
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("coordinates", programmes.coordinates(id));
        model.addAttribute("buddies", page.rows());
        model.addAttribute("pages", Keyset.Links.of("/programmes/" + id + "/buddies", filters, page));
        model.addAttribute("statuses", BuddyStatus.values());
        model.addAttribute("status", only);
        model.addAttribute("nameFilter", name);
        model.addAttribute("filtered", only != null || (name != null && !name.isBlank()));
        return "programmes/buddies";
    }

    private static BuddyStatus known(String status) {
        for (BuddyStatus each : BuddyStatus.values()) {
            if (each.name().equals(status)) {
                return each;
            }
        }
        return null;
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newBuddy(@PathVariable UUID id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("form", PersonForm.empty());
        return "programmes/buddy";
    }

    @PostMapping
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

    @GetMapping("/{buddyId}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String editBuddy(@PathVariable UUID id, @PathVariable UUID buddyId, Model model) {
        EditableIntake current = buddies.editable(id, buddyId);
        model.addAttribute("emailEditable", current.emailEditable());
        return intakeEdit.show(
                id, current.name(), PersonForm.of(current), "/programmes/" + id + "/buddies/" + buddyId, model);
    }

    @PostMapping("/{buddyId}")
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
        return intakeEdit.show(id, current.name(), form, "/programmes/" + id + "/buddies/" + buddyId, model);
    }

    @PostMapping("/{buddyId}/approve")
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
}

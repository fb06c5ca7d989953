package be.brugwerk.roles.web;

import be.brugwerk.neighbourhood.ActorManagement;
import be.brugwerk.neighbourhood.ActorView;
import be.brugwerk.roles.Gain;
import be.brugwerk.roles.RoleManagement;
import be.brugwerk.roles.RoleProposals;
import be.brugwerk.roles.RoleView;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Uploads;
import be.brugwerk.system.VersionConflict;
import be.brugwerk.talents.Talent;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Valued roles as pages: the roles of the organisation's actors, one actor's roles with the form to make one of a need
 * and to change, close or reopen it, the import of a file of needs, and a coordinator's matching run with its
 * explained proposals. Everything goes through {@link RoleManagement} and {@link RoleProposals}, as the API does: a
 * refused field shows the form again with everything typed and the message beside the field; a role changed meanwhile
 * answers 409 and keeps what was typed.
 */
@Controller
@RequestMapping("/roles")
@PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class RoleController implements PathAccess {

    private final RoleManagement roles;
    private final RoleProposals proposals;
    private final ActorManagement actors;
    private final MessageSource messages;

    RoleController(RoleManagement roles, RoleProposals proposals, ActorManagement actors, MessageSource messages) {
        this.roles = roles;
        this.proposals = proposals;
        this.actors = actors;
        this.messages = messages;
    }

    /** The actor or the role the path names: one of the own organisation's, or 404 before the input is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("actor").ifPresent(actors::checkAccess);
        path.id("role").ifPresent(roles::checkAccess);
    }

    /** Every actor of the organisation with its roles. */
    @GetMapping
    String overview(Model model) {
        Map<ActorView, List<RoleView>> byActor = new LinkedHashMap<>();
        actors.list().forEach(actor -> byActor.put(actor, roles.ofActor(actor.id())));
        model.addAttribute("byActor", byActor);
        model.addAttribute("mayEdit", actors.mayEdit());
        return "roles/overview";
    }

    @GetMapping("/actors/{actor}")
    String ofActor(@PathVariable UUID actor, Model model) {
        model.addAttribute("actor", actors.get(actor));
        model.addAttribute("roles", roles.ofActor(actor));
        model.addAttribute("mayEdit", actors.mayEdit());
        return "roles/actor";
    }

    @GetMapping("/actors/{actor}/new")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    String add(@PathVariable UUID actor, Model model) {
        return form(model, RoleForm.EMPTY, actors.get(actor), null);
    }

    /** Posted to the form's own address, so that the language links after a refusal show the form again. */
    @PostMapping("/actors/{actor}/new")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    String create(
            @PathVariable UUID actor,
            @ModelAttribute("form") RoleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            roles.create(actor, form.input());
            redirect.addFlashAttribute("notice", "roles.page.saved");
            return "redirect:/roles/actors/" + actor;
        } catch (Refusal refused) {
            RoleForm.onForm(refused).showOn(errors);
        }
        return form(model, form, actors.get(actor), null);
    }

    @GetMapping("/{role}/edit")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    String edit(@PathVariable UUID role, Model model) {
        RoleView stored = roles.get(role);
        return form(model, RoleForm.of(stored), actors.get(stored.actor()), stored);
    }

    @PostMapping("/{role}/edit")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    String revise(
            @PathVariable UUID role,
            @ModelAttribute("form") RoleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            RoleView saved = roles.revise(role, form.readVersion(), form.input());
            redirect.addFlashAttribute("notice", "roles.page.saved");
            return "redirect:/roles/actors/" + saved.actor();
        } catch (Refusal refused) {
            RoleForm.onForm(refused).showOn(errors);
        } catch (VersionConflict conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            RoleView current = roles.get(role);
            model.addAttribute("changedMeanwhile", true);
            // what was typed stays; the form now names the current version, so saving again is a deliberate choice
            model.addAttribute("form", form.withVersion(current.version()));
            return form(model, null, actors.get(current.actor()), current);
        }
        RoleView stored = roles.get(role);
        return form(model, form, actors.get(stored.actor()), stored);
    }

    @PostMapping("/{role}/close")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    String close(
            @PathVariable UUID role,
            @RequestParam(defaultValue = "") String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return change(role, version, true, model, redirect, response);
    }

    @PostMapping("/{role}/reopen")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    String reopen(
            @PathVariable UUID role,
            @RequestParam(defaultValue = "") String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return change(role, version, false, model, redirect, response);
    }

    private String change(
            UUID role,
            String version,
            boolean close,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        int read = version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
        try {
            RoleView changed = close ? roles.close(role, read) : roles.reopen(role, read);
            redirect.addFlashAttribute("notice", close ? "roles.page.closed" : "roles.page.reopened");
            return "redirect:/roles/actors/" + changed.actor();
        } catch (VersionConflict conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("changedMeanwhile", true);
            return ofActor(roles.get(role).actor(), model);
        }
    }

    @GetMapping("/import")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    String importPage() {
        return "roles/import";
    }

    @PostMapping("/import")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    String importNeeds(
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        try {
            List<RoleView> made = roles.importNeeds(bytes(file));
            // plain text in the session, never an object (docs/adr/0009-sessions-hold-no-serialised-objects.md)
            redirect.addFlashAttribute("imported", Integer.toString(made.size()));
            return "redirect:/roles/import";
        } catch (Refusal refused) {
            if (refused.tampered()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            model.addAttribute("fileError", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
        }
        return "roles/import";
    }

    private static byte[] bytes(MultipartFile file) {
        return Uploads.bytes(file, "roles.page.fileRequired", "roles.page.fileUnreadable");
    }

    @GetMapping("/proposals")
    @PreAuthorize("hasRole('COORDINATOR')")
    String proposalsPage() {
        return "roles/proposals";
    }

    /** A matching run: nothing is stored, so the proposals are shown at once rather than after a redirect. */
    @PostMapping("/proposals")
    @PreAuthorize("hasRole('COORDINATOR')")
    String propose(Model model) {
        model.addAttribute("run", proposals.run());
        return "roles/proposals";
    }

    private static String form(Model model, RoleForm form, ActorView actor, RoleView role) {
        if (form != null) {
            model.addAttribute("form", form);
        }
        model.addAttribute("actor", actor);
        model.addAttribute("role", role);
        model.addAttribute("talents", Talent.values());
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("gains", Gain.values());
        return "roles/form";
    }
}

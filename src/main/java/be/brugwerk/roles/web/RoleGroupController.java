package be.brugwerk.roles.web;

import be.brugwerk.neighbourhood.ActorManagement;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.roles.RoleGroupManagement;
import be.brugwerk.roles.RoleManagement;
import be.brugwerk.roles.RoleView;
import be.brugwerk.system.NameSearch;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import java.util.ArrayList;
import java.util.List;
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

/**
 * The group that takes a collective role, as a page: how large it is against its minimum, who is in it (by name only
 * those the coach works with, the others as a count), and a form to propose the role to several of the coach's
 * participants at once, offered {@value RoleGroupManagement#MOST_PROPOSABLE} at a time and found by name. Calls
 * {@link RoleGroupManagement}, as the API does; a refusal shows the form again with the participants ticked.
 */
@Controller
@RequestMapping("/roles/{role}/group")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class RoleGroupController implements PathAccess {

    private final RoleGroupManagement groups;
    private final RoleManagement roles;
    private final ActorManagement actors;

    RoleGroupController(RoleGroupManagement groups, RoleManagement roles, ActorManagement actors) {
        this.groups = groups;
        this.roles = roles;
        this.actors = actors;
    }

    /** The role the path names: one of the own organisation's, or 404 before the input is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("role").ifPresent(groups::checkAccess);
    }

    /** The participants ticked, as sent, and the name searched for when they were offered. */
    record GroupForm(List<String> participants, String q) {

        GroupForm {
            participants = participants == null ? List.of() : List.copyOf(participants);
        }

        /** The participants ticked that are ids, to tick them again when the form comes back. */
        List<ParticipantId> ticked() {
            List<ParticipantId> ids = new ArrayList<>();
            // one that is no id is not offered again; the refusal names the list
            participants.forEach(value -> ParticipantId.typed(value).ifPresent(ids::add));
            return ids;
        }

        /** The participants ticked; one that is no id is refused on the list. */
        List<ParticipantId> ids() {
            List<ParticipantId> ids = ticked();
            if (ids.size() != participants.size()) {
                throw new Refusal("participants", "roles.group.participantRequired");
            }
            return ids;
        }
    }

    @GetMapping
    String group(@PathVariable UUID role, @RequestParam(required = false) String q, Model model) {
        return page(role, new GroupForm(List.of(), q), model);
    }

    @PostMapping
    String propose(
            @PathVariable UUID role,
            @ModelAttribute("form") GroupForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            groups.proposeTogether(role, form.ids());
            redirect.addFlashAttribute("notice", "roles.group.page.proposed");
            return "redirect:/roles/" + role + "/group";
        } catch (Refusal refused) {
            RoleForm.onForm(refused).showOn(errors);
        }
        return page(role, form, model);
    }

    private String page(UUID role, GroupForm form, Model model) {
        RoleView shown = roles.get(role);
        model.addAttribute("role", shown);
        model.addAttribute("actor", actors.get(shown.actor()));
        model.addAttribute("group", groups.group(role));
        String search = NameSearch.typed(form.q());
        model.addAttribute("proposable", groups.proposable(role, search, form.ticked()));
        model.addAttribute("q", search);
        model.addAttribute("mostProposable", RoleGroupManagement.MOST_PROPOSABLE);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "roles/group";
    }
}

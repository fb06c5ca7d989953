package be.brugwerk.roles.web;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.roles.RoleGroupManagement;
import be.brugwerk.roles.RoleGroupView;
import be.brugwerk.roles.RoleTakingView;
import be.brugwerk.system.PathAccess;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The group that takes a collective role, over JSON: the group as the caller may see it, and a coach proposing the
 * role to several participants at once.
 */
@RestController
@RequestMapping("/api/v1/roles/{role}/group")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class RoleGroupApiController implements PathAccess {

    private final RoleGroupManagement groups;

    RoleGroupApiController(RoleGroupManagement groups) {
        this.groups = groups;
    }

    /** The role the path names: one of the own organisation's, or 404 before the input is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("role").ifPresent(groups::checkAccess);
    }

    @GetMapping
    @Operation(summary = "The group that takes a role, as the caller may see it", description = """
            size is how many hold a place of the role (agreed or under way), formed whether that reaches its \
            minimumGroup, so that its members may start. members are the current takings (proposed, chosen, \
            agreed, under way) of participants the caller works with, by name; othersInGroup counts the members \
            of the group the caller does not work with, who are never named.""")
    RoleGroupView group(@PathVariable UUID role) {
        return groups.group(role);
    }

    @PostMapping("/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a collective role to several participants at once", description = """
            Body: {"participants": ["<participant id>", ...]}, all or none: each gets a proposal of their own and \
            chooses for themselves. 400 naming participants when empty or more than the role's capacity, \
            participants[i] for a missing id, one named twice or one who already has the role proposed or taken, \
            role for a role that is not collective, closed or filled. A participant the caller does not work with \
            answers 404, as when proposing to one.""")
    List<RoleTakingView> propose(@PathVariable UUID role, @RequestBody GroupProposalBody body) {
        return groups.proposeTogether(role, body.participants() == null ? null : ids(body.participants()));
    }

    /** The participants to propose the role to. */
    record GroupProposalBody(List<UUID> participants) {}

    private static List<ParticipantId> ids(List<UUID> participants) {
        return participants.stream()
                .map(id -> id == null ? null : new ParticipantId(id))
                .toList();
    }
}

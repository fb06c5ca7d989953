package be.brugwerk.roles.web;

import be.brugwerk.neighbourhood.ActorManagement;
import be.brugwerk.roles.RoleManagement;
import be.brugwerk.roles.RoleProposals;
import be.brugwerk.roles.RoleView;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Valued roles made of neighbourhood actors' needs over JSON: an actor's roles, one role, a new role, a change, closing
 * and reopening, a file of needs, and a matching run.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class RoleApiController implements PathAccess {

    private final RoleManagement roles;
    private final RoleProposals proposals;
    private final ActorManagement actors;

    RoleApiController(RoleManagement roles, RoleProposals proposals, ActorManagement actors) {
        this.roles = roles;
        this.proposals = proposals;
        this.actors = actors;
    }

    /** The actor or the role the path names: one of the own organisation's, or 404 before the input is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("actor").ifPresent(actors::checkAccess);
        path.id("role").ifPresent(roles::checkAccess);
    }

    @GetMapping("/neighbourhood/actors/{actor}/roles")
    @Operation(summary = "The valued roles made of an actor's needs, by title")
    List<RoleView> ofActor(@PathVariable UUID actor) {
        return roles.ofActor(actor);
    }

    @PostMapping("/neighbourhood/actors/{actor}/roles")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    @Operation(summary = "Make a valued role of one of the actor's needs", description = """
            Coordinators and organisation admins. title, talents (codes of the curated list), capacity (1 to 50) and \
            gains (VALUED_ROLE, LIGHT_TIES, LEARNING) are required; a collective role takes at least 2; LEARNING \
            goes with the talents one learns (learning). The role takes place at the actor's place: an actor \
            without a place answers 400 naming actor. A refused field answers 400 with a problem naming it in \
            errors[].field (e.g. talents[1]) and nothing is stored.""")
    RoleView create(@PathVariable UUID actor, @RequestBody RoleBody body) {
        return roles.create(actor, body.toInput());
    }

    @GetMapping("/roles/{role}")
    @Operation(summary = "One valued role; 404 when the organisation has none with this id")
    RoleView get(@PathVariable UUID role) {
        return roles.get(role);
    }

    @PutMapping("/roles/{role}")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    @Operation(summary = "Change a valued role, made on the version read", description = """
            The whole role as it should be, with the version that was read; a change made since answers 409 and \
            changes nothing. Its capacity never drops below the people who took it. A refused field answers 400 \
            naming it and nothing is stored.""")
    RoleView revise(@PathVariable UUID role, @RequestBody RoleBody body) {
        return roles.revise(role, version(body.version()), body.toInput());
    }

    @PostMapping("/roles/{role}/close")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    @Operation(summary = "Close a role the actor no longer needs", description = """
            With the version read: {"version": 2}. A closed role takes nobody more; 409 when changed since.""")
    RoleView close(@PathVariable UUID role, @RequestBody VersionBody body) {
        return roles.close(role, version(body.version()));
    }

    @PostMapping("/roles/{role}/reopen")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    @Operation(summary = "Reopen a closed role", description = """
            With the version read: {"version": 3}. It is open again, or filled when as many took it as it can take; \
            409 when changed since.""")
    RoleView reopen(@PathVariable UUID role, @RequestBody VersionBody body) {
        return roles.reopen(role, version(body.version()));
    }

    /** The version a change was made on. */
    record VersionBody(Integer version) {}

    private static int version(Integer version) {
        if (version == null) {
            throw new Refusal("version", "roles.role.versionRequired");
        }
        return version;
    }

    @PostMapping(path = "/roles/import", consumes = "text/csv")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    @Operation(summary = "Make a valued role of every need in a CSV file, all or nothing", description = """
            Coordinators and organisation admins. A header row names the columns: actor (an actor's id or name), \
            title, talents, capacity and gains are required; description, times, days, languages, collective and \
            learning may follow; several codes in a cell are separated by semicolons (docs/roles.md). A fault \
            answers 400 with a problem on the field file whose message names the line and the column, and nothing \
            is stored. The body is required: an empty one answers 400 with a problem on the field file \
            (roles.page.fileRequired).""")
    List<RoleView> importNeeds(@RequestBody(required = false) byte[] file) {
        return roles.importNeeds(file);
    }

    @PostMapping("/roles/proposals")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Run the role matching: propose participants for the open roles", description = """
            Coordinators. Weighs the organisation's open roles at actors on the map against the participants one \
            works with who agreed to be approached for matching, from their talent cards (what they would like to \
            share and to learn), registered languages and own places; a role takes up to its open places, a \
            participant one proposal a run. Each proposal explains its score in parts that add up to it, in the \
            request's language, with the distance in km from the participant's nearest own place (null when \
            unknown). Nothing is stored; the cards and places read are audited.""")
    RoleProposals.Run propose() {
        return proposals.run();
    }
}

package be.brugwerk.roles.web;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.roles.RoleTakingManagement;
import be.brugwerk.roles.RoleTakingView;
import be.brugwerk.system.DateInput;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Participants taking valued roles over JSON: a coach proposes a role to a participant, records their choice, the
 * start, the end or a refusal; a coordinator records the actor's agreement. Each step is made on the version read:
 * a change made since answers 409.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class RoleTakingApiController implements PathAccess {

    private final RoleTakingManagement takings;
    private final ParticipantManagement participants;

    RoleTakingApiController(RoleTakingManagement takings, ParticipantManagement participants) {
        this.takings = takings;
        this.participants = participants;
    }

    /** The participant or the taking the path names: one the signed-in person may see, or 404 before the input is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("participant").map(ParticipantId::new).ifPresent(participants::checkAccess);
        path.id("taking").ifPresent(takings::checkAccess);
    }

    @GetMapping("/participants/{participant}/role-takings")
    @Operation(summary = "The valued roles proposed to and taken by a participant, newest proposal first")
    List<RoleTakingView> ofParticipant(@PathVariable UUID participant) {
        return takings.ofParticipant(new ParticipantId(participant));
    }

    @PostMapping("/participants/{participant}/role-takings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose an open valued role to a participant", description = """
            Body: {"role": "<role id>"}. A role that is closed or filled, or that the participant already has \
            proposed or taken, answers 400 naming role.""")
    RoleTakingView propose(@PathVariable UUID participant, @RequestBody ProposalBody body) {
        if (body.role() == null) {
            throw new Refusal("role", "roles.taking.roleRequired");
        }
        return takings.propose(body.role(), new ParticipantId(participant));
    }

    @GetMapping("/role-takings/{taking}")
    @Operation(summary = "One taking of a valued role")
    RoleTakingView get(@PathVariable UUID taking) {
        return takings.get(taking);
    }

    @PostMapping("/role-takings/{taking}/choose")
    @Operation(summary = "Record the participant's choice of the proposed role", description = """
            On the participant's word: {"version": 1, "onMap": true}. onMap is their yes or no to the role's actor \
            on their network map (its name and kind only), required. 409 when changed since.""")
    RoleTakingView choose(@PathVariable UUID taking, @RequestBody StepBody body) {
        return takings.choose(taking, version(body), body.onMap());
    }

    @PostMapping("/role-takings/{taking}/agree")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Record the actor's agreement: the taking holds a place of the role", description = """
            Coordinators: {"version": 2}. A role closed or filled meanwhile answers 400 naming role; two agreements \
            for its last place at once: one succeeds, the other answers 409.""")
    RoleTakingView agree(@PathVariable UUID taking, @RequestBody StepBody body) {
        return takings.agree(taking, version(body));
    }

    @PostMapping("/role-takings/{taking}/start")
    @Operation(summary = "The participant starts in the role: the taking is active", description = """
            {"version": 3, "date": "2026-03-09", "checkInIntervalDays": 14}. Only an agreed taking starts. \
            checkInIntervalDays (optional, 1 to 365, 14 when left out) is how often a check-in is due; outside that \
            range answers 400 naming checkInIntervalDays.""")
    RoleTakingView start(@PathVariable UUID taking, @RequestBody StepBody body) {
        return takings.start(
                taking, version(body), DateInput.required("date", body.date()), body.checkInIntervalDays());
    }

    @PostMapping("/role-takings/{taking}/end")
    @Operation(summary = "End an active taking, with a reason; its place is free again", description = """
            {"version": 4, "date": "2026-06-01", "reason": "..."}; the date is not before the start.""")
    RoleTakingView end(@PathVariable UUID taking, @RequestBody StepBody body) {
        return takings.end(taking, version(body), DateInput.required("date", body.date()), body.reason());
    }

    @PostMapping("/role-takings/{taking}/decline")
    @Operation(summary = "The participant or the actor says no before the taking is active", description = """
            {"version": 2, "reason": "..."}; a place the taking held is free again.""")
    RoleTakingView decline(@PathVariable UUID taking, @RequestBody StepBody body) {
        return takings.decline(taking, version(body), body.reason());
    }

    @GetMapping("/role-takings/check-ins-due")
    @Operation(summary = "The check-ins due on active takings of valued roles, longest due first", description = """
            A check-in is due when the taking's interval (checkInIntervalDays, set at its start) has passed since \
            its last check-in, or since its start when it has none. A coordinator gets those of every participant \
            they may work with, a professional or volunteer coach those of their own caseload; at most 50. Each \
            names the taking, the participant and their name, the role and its title, and dueOn.""")
    List<RoleTakingManagement.DueCheckIn> checkInsDue() {
        return takings.dueCheckIns();
    }

    @GetMapping("/role-takings/{taking}/check-ins")
    @Operation(summary = "The check-ins on a taking, newest first")
    List<RoleTakingManagement.CheckInView> checkIns(@PathVariable UUID taking) {
        return takings.checkIns(taking);
    }

    @PostMapping("/role-takings/{taking}/check-ins")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A check-in on an active taking: how it goes", description = """
            {"date": "2026-03-23", "note": "..."}: a date from the start until today and a note of at most 500 \
            characters, both required.""")
    RoleTakingManagement.CheckInView checkIn(@PathVariable UUID taking, @RequestBody StepBody body) {
        return takings.checkIn(taking, DateInput.required("date", body.date()), body.note());
    }

    /** The role to propose. */
    record ProposalBody(UUID role) {}

    /** A step on the version read: the yes or no to the map when choosing, a date, a reason and a note where they belong. */
    record StepBody(
            Integer version, Boolean onMap, String date, String reason, String note, Integer checkInIntervalDays) {}

    private static int version(StepBody body) {
        if (body.version() == null) {
            throw new Refusal("version", "roles.role.versionRequired");
        }
        return body.version();
    }
}

package be.brugwerk.coaching.web;

import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.coaching.TrajectorySummary;
import be.brugwerk.coaching.TrajectoryView;
import be.brugwerk.coaching.web.TrajectoryForms.CloseForm;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.NameSearch;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.StaleWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trajectories themselves over JSON, with the same rules as the pages: the list, starting one, reading it (also as
 * the participant receives it), handing it to another coach, the network before and after, and closing it. Its parts
 * have controllers of their own: the plan ({@link TrajectoryPlanApiController}) and what happens in it
 * ({@link TrajectoryProgressApiController}). A refused field is named in the problem's {@code errors}; a write on a
 * stale version answers 409 with {@code currentVersion}.
 */
@RestController
@RequestMapping("/api/v1/trajectories")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class TrajectoryApiController implements PathAccess {

    static final String STALE = StaleWrites.STALE;

    private final TrajectoryManagement trajectories;

    TrajectoryApiController(TrajectoryManagement trajectories) {
        this.trajectories = trajectories;
    }

    /** The trajectory the path names, if any: reachable, or 404 before the body is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(trajectories::checkAccess);
    }

    /** The trajectories the caller may work in; a volunteer coach gets only their own. */
    @GetMapping
    @Operation(
            summary = "A page of the trajectories the caller may work in, newest first",
            description = Keyset.API_PAGING)
    ResponseEntity<List<TrajectorySummary>> list(
            @Parameter(description = Keyset.API_AFTER) @RequestParam(required = false) String after,
            @Parameter(description = Keyset.API_BEFORE) @RequestParam(required = false) String before) {
        Keyset.Page<TrajectorySummary, UUID> page =
                trajectories.page(Keyset.Cursor.sent(after, before, UUID::fromString), Keyset.PAGE_SIZE);
        return Keyset.Links.of("/api/v1/trajectories", Map.of(), page).answer(page.rows());
    }

    @GetMapping("/start-choices")
    @Operation(
            summary = "Whom a trajectory can be started for, and who can coach it",
            description = "At most " + TrajectoryManagement.MOST_STARTABLE + " of the participants the caller works "
                    + "with who have no open trajectory, by name, whose name contains search (all when absent); more "
                    + "is true when others may match too (a longer search finds them), and reach says why: "
                    + "FIRST_MATCHES when more matched than are given (these are the first by name), STOPPED_READING "
                    + "when reading stopped at its most before the choice was full (most of the names read had an "
                    + "open trajectory), EVERY_MATCH when every match is given. The coaches are those active on "
                    + "their caseloads; a volunteer coach can start one only with themselves as coach. A search longer "
                    + "than a name can be (" + NameSearch.LONGEST + " characters, spaces around it not counted) is "
                    + "refused, named in errors[].field.")
    TrajectoryManagement.StartChoices startChoices(
            @Parameter(description = "only those whose name holds this text") @RequestParam(required = false)
                    String search) {
        // stripped before it is measured, as the pages do (NameSearch.typed); its text was checked with every request
        // parameter's (ParameterText)
        String stripped = search == null ? null : search.strip();
        if (stripped != null && stripped.length() > NameSearch.LONGEST) {
            throw Refusal.tampered("search", "participant.name.tooLong");
        }
        return trajectories.startChoices(stripped, null);
    }

    record StartRequest(@NotNull UUID participant, @NotNull UUID coach) {}

    /** Starts a trajectory with the organisation's step plan; the coach must work with the participant. */
    @PostMapping
    @Operation(
            summary = "Start a trajectory with the organisation's step plan",
            description = "The coach must work with the participant (caseload, and consent for a volunteer coach); "
                    + "a participant has at most one open trajectory.")
    ResponseEntity<Map<String, UUID>> start(@Valid @RequestBody StartRequest request) {
        UUID created = trajectories.start(new ParticipantId(request.participant()), request.coach());
        return ResponseEntity.created(URI.create("/api/v1/trajectories/" + created))
                .body(Map.of("id", created));
    }

    /** The trajectory with the notes the caller may read (shared ones and their own private ones). */
    @GetMapping("/{id}")
    @Operation(
            summary = "The trajectory: steps, wishes, actions, sessions, notes, plan, round tables, evaluation",
            description = "With the version of the trajectory and of each step, action and round table, as a write "
                    + "on them must send it; notes are the shared ones and the caller's own private ones.")
    TrajectoryView get(@PathVariable UUID id) {
        return trajectories.get(id);
    }

    @GetMapping("/{id}/printout")
    @Operation(
            summary = "The trajectory as the participant receives it",
            description = "Shared notes only, never a private one.")
    TrajectoryView printout(@PathVariable UUID id) {
        return trajectories.forParticipant(id);
    }

    @GetMapping("/{id}/network-change")
    @Operation(
            summary = "The network before and after: the first and the last version of the map since the start",
            description = "Their figures, what changed, and both maps; 204 while fewer than two versions were taken.")
    ResponseEntity<TrajectoryManagement.NetworkChange> networkChange(@PathVariable UUID id) {
        return trajectories
                .networkChange(id)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    record CoachChange(
            @Schema(description = "the account of the new coach; they must work with the participant")
            String coach,

            @Schema(description = "the trajectory's version that was read", requiredMode = Schema.RequiredMode.REQUIRED)
            String version) {}

    @GetMapping("/{id}/coach-candidates")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(
            summary = "Whom the coordinator may hand the trajectory to (coordinators only)",
            description = "The organisation's professionals and volunteer coaches other than the current coach; "
                    + "empty once the trajectory is closed.")
    List<ParticipantView.CaseloadMember> coachCandidates(@PathVariable UUID id) {
        return trajectories.coachCandidates(trajectories.get(id));
    }

    @PutMapping("/{id}/coach")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(
            summary = "Hand the trajectory to another coach (coordinators only)",
            description = "Under the same rule as at the start; notes stay with their authors. " + STALE)
    ResponseEntity<Void> changeCoach(@PathVariable UUID id, @RequestBody CoachChange change) {
        UUID coach = FormValues.id("coach", change.coach());
        if (coach == null) {
            throw new Refusal("coach", "coaching.field.required");
        }
        int version = StaleWrites.required(change.version());
        StaleWrites.write(() -> trajectories.changeCoach(id, version, coach), () -> currentVersion(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/close")
    @Operation(
            summary = "Close the trajectory with its evaluation",
            description = "What changed in the network and the scores, the participant's own words, and a follow-up "
                    + "date (followUpOn, as 2026-03-02) or a handover (handoverTo): one of the two is required. "
                    + STALE)
    ResponseEntity<Void> close(@PathVariable UUID id, @Valid @RequestBody CloseForm form) {
        int version = StaleWrites.required(form.version());
        StaleWrites.write(() -> trajectories.close(id, version, form.evaluation()), () -> currentVersion(id));
        return ResponseEntity.noContent().build();
    }

    /** A part added to the trajectory: 201, the trajectory (where the part is read) as its location, and its id. */
    static ResponseEntity<Map<String, UUID>> created(UUID trajectory, UUID created) {
        return ResponseEntity.created(URI.create("/api/v1/trajectories/" + trajectory))
                .body(Map.of("id", created));
    }

    private int currentVersion(UUID id) {
        return trajectories.get(id).version();
    }
}

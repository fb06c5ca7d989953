package be.brugwerk.coaching.web;

import be.brugwerk.coaching.OutcomeManagement;
import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.coaching.TrajectorySummary;
import be.brugwerk.coaching.TrajectoryView;
import be.brugwerk.coaching.scoring.Instrument;
import be.brugwerk.coaching.scoring.LonelinessAnswerFormat;
import be.brugwerk.coaching.web.TrajectoryForms.ActionForm;
import be.brugwerk.coaching.web.TrajectoryForms.SessionForm;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.DateInput;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.PathAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trajectories over JSON, with the same rules as the pages. A refused field is named in the problem's
 * {@code errors} ({@code dueOn}, {@code memberId}, {@code answers.<ITEM>}, ...).
 */
@RestController
@RequestMapping("/api/v1/trajectories")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class TrajectoryApiController implements PathAccess {

    private final TrajectoryManagement trajectories;
    private final OutcomeManagement outcomes;

    TrajectoryApiController(TrajectoryManagement trajectories, OutcomeManagement outcomes) {
        this.trajectories = trajectories;
        this.outcomes = outcomes;
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
                trajectories.page(Keyset.Cursor.of(after, before, UUID::fromString), Keyset.PAGE_SIZE);
        return Keyset.Links.of("/api/v1/trajectories", Map.of(), page).answer(page.rows());
    }

    record StartRequest(@NotNull UUID participant, @NotNull UUID coach) {}

    /** Starts a trajectory with the organisation's step plan; the coach must work with the participant. */
    @PostMapping
    ResponseEntity<Map<String, UUID>> start(@Valid @RequestBody StartRequest request) {
        UUID created = trajectories.start(new ParticipantId(request.participant()), request.coach());
        return ResponseEntity.created(URI.create("/api/v1/trajectories/" + created))
                .body(Map.of("id", created));
    }

    /** The trajectory with the notes the caller may read (shared ones and their own private ones). */
    @GetMapping("/{id}")
    TrajectoryView get(@PathVariable UUID id) {
        return trajectories.get(id);
    }

    /** Dates as {@code 2026-03-02}; members by their id on the participant's map. */
    @PostMapping("/{id}/actions")
    ResponseEntity<Map<String, UUID>> addAction(@PathVariable UUID id, @Valid @RequestBody ActionForm action) {
        UUID created = trajectories.addAction(id, action.toAction());
        return ResponseEntity.created(URI.create("/api/v1/trajectories/" + id)).body(Map.of("id", created));
    }

    /** Logs a session; this takes a version of the participant's map. */
    @PostMapping("/{id}/sessions")
    ResponseEntity<Map<String, UUID>> logSession(@PathVariable UUID id, @Valid @RequestBody SessionForm session) {
        UUID created = trajectories.logSession(id, session.toSession());
        return ResponseEntity.created(URI.create("/api/v1/trajectories/" + id)).body(Map.of("id", created));
    }

    /** A questionnaire's raw answers (item → answer); {@code complete} false keeps it as a draft. */
    record MeasurementRequest(
            @NotNull Instrument instrument,
            LonelinessAnswerFormat format,
            String measuredOn,
            @NotNull Map<String, String> answers,
            boolean complete) {}

    @PostMapping("/{id}/measurements")
    ResponseEntity<Map<String, UUID>> addMeasurement(
            @PathVariable UUID id, @Valid @RequestBody MeasurementRequest request) {
        UUID created = outcomes.save(
                id,
                null,
                0,
                new OutcomeManagement.Filled(
                        request.instrument(),
                        request.format(),
                        DateInput.required("measuredOn", request.measuredOn()),
                        request.answers(),
                        request.complete()));
        return ResponseEntity.created(URI.create("/trajectories/" + id + "/measurements/" + created))
                .body(Map.of("id", created));
    }
}

package be.brugwerk.coaching.web;

import be.brugwerk.coaching.MeasurementView;
import be.brugwerk.coaching.OutcomeManagement;
import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.coaching.scoring.Instrument;
import be.brugwerk.coaching.scoring.LonelinessAnswerFormat;
import be.brugwerk.coaching.web.TrajectoryForms.NoteForm;
import be.brugwerk.coaching.web.TrajectoryForms.SessionForm;
import be.brugwerk.coaching.web.TrajectoryForms.SuccessForm;
import be.brugwerk.system.DateInput;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.StaleWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * What happens in a trajectory, over JSON, with the same rules as the pages: sessions (each takes a version of the
 * participant's map), notes, small successes, and the outcome questionnaires with their scores over time. A refused
 * field is named in the problem's {@code errors} ({@code heldOn}, {@code answers.<ITEM>}, ...).
 */
@RestController
@RequestMapping("/api/v1/trajectories/{id}")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class TrajectoryProgressApiController implements PathAccess {

    private final TrajectoryManagement trajectories;
    private final OutcomeManagement outcomes;

    TrajectoryProgressApiController(TrajectoryManagement trajectories, OutcomeManagement outcomes) {
        this.trajectories = trajectories;
        this.outcomes = outcomes;
    }

    /** The trajectory the path names: reachable, or 404 before the body is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(trajectories::checkAccess);
    }

    /** Logs a session; this takes a version of the participant's map. */
    @PostMapping("/sessions")
    @Operation(
            summary = "Log a session of coach and participant; it takes a version of the participant's map",
            description = "heldOn as 2026-03-02, not before the start nor in the future; durationMinutes; a note "
                    + "needs noteVisibility PRIVATE or SHARED.")
    ResponseEntity<Map<String, UUID>> logSession(@PathVariable UUID id, @Valid @RequestBody SessionForm session) {
        return TrajectoryApiController.created(id, trajectories.logSession(id, session.toSession()));
    }

    @PostMapping("/notes")
    @Operation(
            summary = "Add a note",
            description = "visibility SHARED (the participant reads it) or PRIVATE (its author only).")
    ResponseEntity<Map<String, UUID>> addNote(@PathVariable UUID id, @Valid @RequestBody NoteForm form) {
        return TrajectoryApiController.created(id, trajectories.addNote(id, form.chosenVisibility(), form.text()));
    }

    @PostMapping("/successes")
    @Operation(
            summary = "Add a small success (klein succes)",
            description = "occurredOn as 2026-03-02, not later than today.")
    ResponseEntity<Map<String, UUID>> addSuccess(@PathVariable UUID id, @Valid @RequestBody SuccessForm form) {
        return TrajectoryApiController.created(id, trajectories.addSuccess(id, form.occurred(), form.description()));
    }

    @GetMapping("/outcomes")
    @Operation(
            summary = "The questionnaires of the trajectory: drafts, finished ones and their scores over time",
            description = "Each with its answers, score and version.")
    OutcomeManagement.Outcomes outcomes(@PathVariable UUID id) {
        return outcomes.outcomes(id);
    }

    /** A questionnaire's raw answers (item → answer); {@code complete} false keeps it as a draft. */
    record MeasurementRequest(
            @NotNull Instrument instrument,
            LonelinessAnswerFormat format,
            String measuredOn,
            @NotNull Map<String, String> answers,
            boolean complete,

            @Schema(description = "the draft's version that was read; required to change a draft, ignored when adding")
            String version) {

        OutcomeManagement.Filled filled() {
            return new OutcomeManagement.Filled(
                    instrument, format, DateInput.required("measuredOn", measuredOn), answers, complete);
        }
    }

    @PostMapping("/measurements")
    @Operation(
            summary = "Add a questionnaire, finished or as a draft",
            description = "answers maps each item to its answer; a refused answer is named as answers.<ITEM>.")
    ResponseEntity<Map<String, UUID>> addMeasurement(
            @PathVariable UUID id, @Valid @RequestBody MeasurementRequest request) {
        UUID created = outcomes.save(id, null, 0, request.filled());
        return ResponseEntity.created(URI.create("/api/v1/trajectories/" + id + "/measurements/" + created))
                .body(Map.of("id", created));
    }

    @GetMapping("/measurements/{measurement}")
    @Operation(summary = "A questionnaire with its answers, its score and its version")
    MeasurementView measurement(@PathVariable UUID id, @PathVariable UUID measurement) {
        return outcomes.get(id, measurement);
    }

    @PutMapping("/measurements/{measurement}")
    @Operation(summary = "Save a draft questionnaire again, or finish it", description = TrajectoryApiController.STALE)
    ResponseEntity<Void> updateMeasurement(
            @PathVariable UUID id, @PathVariable UUID measurement, @Valid @RequestBody MeasurementRequest request) {
        int version = StaleWrites.required(request.version());
        StaleWrites.write(
                () -> outcomes.save(id, measurement, version, request.filled()),
                () -> outcomes.get(id, measurement).version());
        return ResponseEntity.noContent().build();
    }
}

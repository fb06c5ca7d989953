package be.brugwerk.coaching.web;

import be.brugwerk.coaching.ActionStatus;
import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.coaching.TrajectoryView;
import be.brugwerk.coaching.web.TrajectoryForms.ActionForm;
import be.brugwerk.coaching.web.TrajectoryForms.PlanForm;
import be.brugwerk.coaching.web.TrajectoryForms.RoundTableForm;
import be.brugwerk.coaching.web.TrajectoryForms.StepForm;
import be.brugwerk.coaching.web.TrajectoryForms.WishForm;
import be.brugwerk.system.DateInput;
import be.brugwerk.system.MultiLine;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.StaleWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A trajectory's plan over JSON, with the same rules as the pages: its steps, the participant's wishes and support
 * plan, actions (tied to members of their map) and round tables. What is added answers 201 with its id; a change of
 * something read at a version answers 204, or 409 with {@code currentVersion} when it was stale.
 */
@RestController
@RequestMapping("/api/v1/trajectories/{id}")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class TrajectoryPlanApiController implements PathAccess {

    private final TrajectoryManagement trajectories;

    TrajectoryPlanApiController(TrajectoryManagement trajectories) {
        this.trajectories = trajectories;
    }

    /** The trajectory the path names: reachable, or 404 before the body is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(trajectories::checkAccess);
    }

    @PutMapping("/steps/{step}")
    @Operation(
            summary = "Save a step's status and notes",
            description =
                    "status NOT_STARTED, IN_PROGRESS or DONE; version is the step's. " + TrajectoryApiController.STALE)
    ResponseEntity<Void> updateStep(@PathVariable UUID id, @PathVariable UUID step, @Valid @RequestBody StepForm form) {
        int version = StaleWrites.required(form.version());
        StaleWrites.write(
                () -> trajectories.updateStep(id, step, version, form.chosenStatus(), form.notes()),
                () -> versionOf(
                        id, TrajectoryView::steps, TrajectoryView.Step::id, TrajectoryView.Step::version, step));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/wishes")
    @Operation(
            summary = "Add a wish for contact",
            description =
                    "contact EXISTING (memberId: a member of the participant's map, or none) or NEW (no memberId: "
                            + "a new contact is not on the map).")
    ResponseEntity<Map<String, UUID>> addWish(@PathVariable UUID id, @Valid @RequestBody WishForm form) {
        return TrajectoryApiController.created(
                id, trajectories.addWish(id, form.chosenContact(), form.member(), form.description()));
    }

    @PostMapping("/support-plan")
    @Operation(
            summary = "Record whom the participant wants to involve, and for what, or whom not",
            description = "A member of the map (memberId) or someone named in words (who); involve \"false\" "
                    + "records someone not to involve.")
    ResponseEntity<Map<String, UUID>> addPlanEntry(@PathVariable UUID id, @Valid @RequestBody PlanForm form) {
        return TrajectoryApiController.created(
                id, trajectories.addPlanEntry(id, form.member(), form.who(), form.involves(), form.purpose()));
    }

    /** Dates as {@code 2026-03-02}; members by their id on the participant's map. */
    @PostMapping("/actions")
    @Operation(
            summary = "Add an action",
            description = "kind and performer as the page offers them; memberId and performerMemberId are members "
                    + "of the participant's map; dueOn not before the start.")
    ResponseEntity<Map<String, UUID>> addAction(@PathVariable UUID id, @Valid @RequestBody ActionForm action) {
        return TrajectoryApiController.created(id, trajectories.addAction(id, action.toAction()));
    }

    record ActionChange(
            @MultiLine @Size(max = 4000, message = "{coaching.field.tooLong}")
            String description,

            @Schema(description = "the new due date, as 2026-03-02; none for no date")
            String dueOn,

            @Schema(description = "the action's version that was read", requiredMode = Schema.RequiredMode.REQUIRED)
            String version) {}

    @PutMapping("/actions/{action}")
    @Operation(
            summary = "Change an open action's description and due date (reschedule it)",
            description = TrajectoryApiController.STALE)
    ResponseEntity<Void> updateAction(
            @PathVariable UUID id, @PathVariable UUID action, @Valid @RequestBody ActionChange change) {
        int version = StaleWrites.required(change.version());
        StaleWrites.write(
                () -> trajectories.updateAction(
                        id, action, version, change.description(), DateInput.optional("dueOn", change.dueOn())),
                () -> actionVersion(id, action));
        return ResponseEntity.noContent().build();
    }

    record StatusChange(
            @Schema(description = "OPEN, DONE or DROPPED") String status,

            @Schema(description = "the action's version that was read", requiredMode = Schema.RequiredMode.REQUIRED)
            String version) {}

    @PutMapping("/actions/{action}/status")
    @Operation(summary = "Set an action's status", description = TrajectoryApiController.STALE)
    ResponseEntity<Void> setActionStatus(
            @PathVariable UUID id, @PathVariable UUID action, @RequestBody StatusChange change) {
        int version = StaleWrites.required(change.version());
        ActionStatus status = FormValues.choice(ActionStatus.class, "status", change.status());
        StaleWrites.write(
                () -> trajectories.setActionStatus(id, action, version, status), () -> actionVersion(id, action));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/round-tables")
    @Operation(
            summary = "Plan a round table",
            description = "plannedOn as 2026-03-02, an agenda, invitees (ids of members of the map) and "
                    + "participantCentral \"true\" or \"false\": whether the participant wants to be central.")
    ResponseEntity<Map<String, UUID>> planRoundTable(@PathVariable UUID id, @Valid @RequestBody RoundTableForm form) {
        return TrajectoryApiController.created(
                id, trajectories.planRoundTable(id, form.planned(), form.agenda(), form.inviteeIds(), form.central()));
    }

    record AgreementsChange(
            @MultiLine @Size(max = 4000, message = "{coaching.field.tooLong}")
            String agreements,

            @Schema(
                    description = "the round table's version that was read",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String version) {}

    @PutMapping("/round-tables/{table}/agreements")
    @Operation(summary = "Record a round table's agreements", description = TrajectoryApiController.STALE)
    ResponseEntity<Void> recordAgreements(
            @PathVariable UUID id, @PathVariable UUID table, @Valid @RequestBody AgreementsChange change) {
        int version = StaleWrites.required(change.version());
        StaleWrites.write(
                () -> trajectories.recordAgreements(id, table, version, change.agreements()),
                () -> versionOf(
                        id,
                        TrajectoryView::roundTables,
                        TrajectoryView.RoundTable::id,
                        TrajectoryView.RoundTable::version,
                        table));
        return ResponseEntity.noContent().build();
    }

    private int actionVersion(UUID id, UUID action) {
        return versionOf(
                id, TrajectoryView::actions, TrajectoryView.Action::id, TrajectoryView.Action::version, action);
    }

    /** The version stored now of one part of the trajectory, read as the trajectory is read. */
    private <T> int versionOf(
            UUID id,
            Function<TrajectoryView, List<T>> parts,
            Function<T, UUID> partId,
            java.util.function.ToIntFunction<T> version,
            UUID wanted) {
        return parts.apply(trajectories.get(id)).stream()
                .filter(part -> partId.apply(part).equals(wanted))
                .mapToInt(version)
                .findFirst()
                .orElseThrow(() -> new NotFound("Part of the trajectory"));
    }
}

package be.brugwerk.matching.web;

import be.brugwerk.matching.programme.MatchingFailed;
import be.brugwerk.matching.programme.MatchingRuns;
import be.brugwerk.matching.programme.ProgrammeManagement;
import be.brugwerk.matching.programme.ProgrammeSettings;
import be.brugwerk.matching.programme.ProgrammeView;
import be.brugwerk.matching.programme.RunView;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.StaleWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Buddy programmes for scripts, as their coordinators see them: the programmes, their settings (read at a version; a
 * stale save answers 409 with {@code currentVersion}), their coordinators and a matching run (409 while another goes
 * on). The settings are the fields of the programme page's form, with its rules. The waiting list, the buddies and
 * the pairs have controllers of their own ({@link WaitingListApiController}, {@link BuddyApiController},
 * {@link PairApiController}).
 */
@RestController
@RequestMapping("/api/v1/programmes")
@PreAuthorize("hasRole('COORDINATOR')")
class ProgrammeApiController implements PathAccess {

    private static final String SETTINGS = "The fields of the programme page's form: weights and waitingPoints in "
            + "points (0 to 1000, at most 3 decimals), waitingDays, expectedDurationWeeks, maxCapacity (1 to 3), "
            + "checkInIntervalDays and maxDistanceKm as numbers, genderWishes IGNORED, AS_PREFERENCE or "
            + "AS_REQUIREMENT. A refused field is named in errors[].field.";

    private final ProgrammeManagement programmes;
    private final MatchingRuns runs;

    ProgrammeApiController(ProgrammeManagement programmes, MatchingRuns runs) {
        this.programmes = programmes;
        this.runs = runs;
    }

    /** The programme the path names, if any: one the caller coordinates, or 404 before the body is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(programmes::checkAccess);
    }

    record ProgrammeSummary(UUID id, String name) {}

    @GetMapping
    @Operation(summary = "A page of the programmes the caller coordinates, by name", description = Keyset.API_PAGING)
    ResponseEntity<List<ProgrammeSummary>> list(
            @Parameter(description = Keyset.API_AFTER) @RequestParam(required = false) String after,
            @Parameter(description = Keyset.API_BEFORE) @RequestParam(required = false) String before) {
        Keyset.Page<ProgrammeView, UUID> page =
                programmes.page(Keyset.Cursor.sent(after, before, UUID::fromString), Keyset.PAGE_SIZE);
        return Keyset.Links.of("/api/v1/programmes", Map.of(), page)
                .answer(page.map(p -> new ProgrammeSummary(p.id(), p.settings().name()))
                        .rows());
    }

    @PostMapping
    @Operation(summary = "Start a programme; the caller coordinates it", description = SETTINGS)
    ResponseEntity<Map<String, UUID>> create(@RequestBody ProgrammeForm form) throws BindException {
        ProgrammeSettings settings = ApiForms.checked(form, form::settings);
        ProgrammeView created = programmes.create(settings);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + created.id()))
                .body(Map.of("id", created.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A programme's settings with their version, as its edit form shows them")
    ProgrammeForm settings(@PathVariable UUID id) {
        return ProgrammeForm.of(programmes.coordinated(id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change a programme's settings",
            description = SETTINGS + " version is the one read. " + StaleWrites.STALE)
    ResponseEntity<Void> update(@PathVariable UUID id, @RequestBody ProgrammeForm form) throws BindException {
        int version = StaleWrites.required(form.version());
        ProgrammeSettings settings = ApiForms.checked(form, form::settings);
        StaleWrites.write(
                () -> programmes.update(id, settings, version),
                () -> programmes.get(id).version());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/coordinators/{account}")
    @Operation(
            summary = "Share the programme with another coordinator of the organisation",
            description = "They then see and change it too. An account that is no coordinator of the organisation "
                    + "answers 404.")
    ResponseEntity<Void> addCoordinator(@PathVariable UUID id, @PathVariable UUID account) {
        programmes.addCoordinator(id, account);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/runs")
    @Operation(summary = "Start a matching run: proposals for the whole waiting list at once")
    RunView run(@PathVariable UUID id) {
        return runs.run(id);
    }

    @GetMapping("/{id}/runs/latest")
    @Operation(
            summary = "The latest matching run: its phase while it goes on, then its outcome",
            description = "404 while the programme has had no run.")
    RunView latestRun(@PathVariable UUID id) {
        return runs.latest(id).orElseThrow(() -> new NotFound("Run"));
    }

    @ExceptionHandler(MatchingFailed.class)
    ProblemDetail failed(MatchingFailed exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, exception.getMessage());
    }
}

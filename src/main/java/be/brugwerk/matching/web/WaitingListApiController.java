package be.brugwerk.matching.web;

import be.brugwerk.matching.programme.Intake;
import be.brugwerk.matching.programme.ProgrammeManagement;
import be.brugwerk.matching.programme.ProgrammeManagement.WaitingLine;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.StaleWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A buddy programme's waiting list over JSON, as its coordinators keep it on the pages: who waits since when, a
 * participant put on it after their intake, and an intake corrected (read at a version; a stale save answers 409 with
 * {@code currentVersion}). The intake is the fields of the pages' intake form, with its rules.
 */
@RestController
@RequestMapping("/api/v1/programmes/{id}/waiting")
@PreAuthorize("hasRole('COORDINATOR')")
class WaitingListApiController implements PathAccess {

    static final String INTAKE = "The fields of the intake form: languages as [{code, level}] (level A1 to C2 or "
            + "NATIVE), interests separated by commas, availability as [\"MONDAY:MORNING\", ...], neighbourhood, "
            + "age, gender, and where the programme asks them wishedGenders, wishedAgeMin/Max and ageLimitMin/Max; "
            + "goals, constraints and answers as text. A refused field is named in errors[].field.";

    private final ProgrammeManagement programmes;

    WaitingListApiController(ProgrammeManagement programmes) {
        this.programmes = programmes;
    }

    /** The programme the path names: one the caller coordinates, or 404 before the body is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(programmes::checkAccess);
    }

    record Waiting(UUID entryId, UUID participantId, String name, LocalDate enteredOn, String status, long daysWaited) {

        static Waiting of(WaitingLine line) {
            return new Waiting(
                    line.entryId(),
                    line.participant().value(),
                    line.name(),
                    line.enteredOn(),
                    line.status().name(),
                    line.daysWaited());
        }
    }

    @GetMapping
    @Operation(
            summary = "A page of the waiting list in order of entry, with where each participant stands",
            description = Keyset.API_PAGING)
    ResponseEntity<List<Waiting>> waitingList(
            @PathVariable UUID id,
            @Parameter(description = Keyset.API_AFTER) @RequestParam(required = false) String after,
            @Parameter(description = Keyset.API_BEFORE) @RequestParam(required = false) String before) {
        Keyset.Page<WaitingLine, UUID> page =
                programmes.waitingPage(id, Keyset.Cursor.sent(after, before, UUID::fromString), Keyset.PAGE_SIZE);
        return Keyset.Links.of("/api/v1/programmes/" + id + "/waiting", Map.of(), page)
                .answer(page.map(Waiting::of).rows());
    }

    private record NewEntry(ParticipantId participant, Intake intake) {}

    @PostMapping
    @Operation(
            summary = "Put a participant on the waiting list after their intake, dated today",
            description =
                    "participant: the participant's id (one the caller may see, with consent to matching). " + INTAKE)
    ResponseEntity<Map<String, UUID>> add(@PathVariable UUID id, @RequestBody PersonForm form) throws BindException {
        NewEntry added = ApiForms.checked(form, errors -> {
            ParticipantId participant = form.chosenParticipant(errors);
            Intake intake = form.intakeFor(programmes.get(id), errors);
            return participant == null || intake == null ? null : new NewEntry(participant, intake);
        });
        UUID entry = programmes.addToWaitingList(id, added.participant(), added.intake());
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id + "/waiting/" + entry))
                .body(Map.of("id", entry));
    }

    @GetMapping("/{entryId}")
    @Operation(summary = "A waiting participant's intake with its version, as its edit form shows it")
    PersonForm intake(@PathVariable UUID id, @PathVariable UUID entryId) {
        return PersonForm.of(programmes.editableIntake(id, entryId));
    }

    @PutMapping("/{entryId}")
    @Operation(
            summary = "Correct a waiting participant's intake; their date of entry stays",
            description = INTAKE + " version is the one read. " + StaleWrites.STALE)
    ResponseEntity<Void> correct(@PathVariable UUID id, @PathVariable UUID entryId, @RequestBody PersonForm form)
            throws BindException {
        int version = StaleWrites.required(form.version());
        Intake intake = ApiForms.checked(form, errors -> form.intakeFor(programmes.get(id), errors));
        StaleWrites.write(
                () -> programmes.correctIntake(id, entryId, intake, version),
                () -> programmes.editableIntake(id, entryId).version());
        return ResponseEntity.noContent().build();
    }
}

package be.brugwerk.matching.web;

import be.brugwerk.matching.programme.BuddyManagement;
import be.brugwerk.matching.programme.BuddyStatus;
import be.brugwerk.matching.programme.BuddyView;
import be.brugwerk.matching.programme.ProgrammeManagement;
import be.brugwerk.people.Language;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.StaleWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * A buddy programme's buddies and applicants over JSON, as its coordinators keep them on the pages: a buddy they met
 * registered (as an applicant, with their consent), an applicant's or buddy's profile and intake corrected (read at
 * a version; a stale save answers 409 with {@code currentVersion}), and an applicant approved after the intake, who
 * is then invited by e-mail to an account of their own.
 */
@RestController
@RequestMapping("/api/v1/programmes/{id}/buddies")
@PreAuthorize("hasRole('COORDINATOR')")
class BuddyApiController implements PathAccess {

    private static final String PROFILE =
            "name, email, capacity (how many participants, up to the programme's " + "maxCapacity) and the intake. ";

    private final ProgrammeManagement programmes;
    private final BuddyManagement buddies;

    BuddyApiController(ProgrammeManagement programmes, BuddyManagement buddies) {
        this.programmes = programmes;
        this.buddies = buddies;
    }

    /** The programme the path names: one the caller coordinates, or 404 before the body is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(programmes::checkAccess);
    }

    record Buddy(
            UUID id,
            String name,
            String email,

            @Schema(description = "APPLIED, APPROVED or STOPPED")
            String status,

            int capacity,
            Instant appliedAt,
            boolean intakeHeld,

            @Schema(description = "whether a criminal-record extract was seen; none while not recorded")
            Boolean extractSeen,

            Instant approvedAt,
            boolean wantsToStop,
            boolean consentWithdrawn) {

        static Buddy of(BuddyView buddy) {
            return new Buddy(
                    buddy.id(),
                    buddy.name(),
                    buddy.email(),
                    buddy.status().name(),
                    buddy.capacity(),
                    buddy.appliedAt(),
                    buddy.intakeHeld(),
                    buddy.extractSeen(),
                    buddy.approvedAt(),
                    buddy.wantsToStop(),
                    buddy.consentWithdrawn());
        }
    }

    @GetMapping
    @Operation(
            summary = "A page of the programme's buddies and applicants: applicants, then approved buddies, each by"
                    + " name",
            description = Keyset.API_PAGING + " An unknown status is refused, named in errors[].field.")
    ResponseEntity<List<Buddy>> buddies(
            @PathVariable UUID id,
            @Parameter(description = "only those in this status: APPLIED or APPROVED") @RequestParam(required = false)
                    String status,
            @Parameter(description = "only those whose name holds this text") @RequestParam(required = false)
                    String name,
            @Parameter(description = Keyset.API_AFTER) @RequestParam(required = false) String after,
            @Parameter(description = Keyset.API_BEFORE) @RequestParam(required = false) String before) {
        BuddyStatus only = null;
        if (status != null && !status.isBlank()) {
            try {
                only = BuddyStatus.valueOf(status.strip());
            } catch (IllegalArgumentException unknown) {
                throw Refusal.tampered("status", "matching.api.buddyStatus.unknown");
            }
        }
        Keyset.Page<BuddyView, UUID> page =
                buddies.page(id, only, name, Keyset.Cursor.sent(after, before, UUID::fromString), Keyset.PAGE_SIZE);
        Map<String, String> filters = new HashMap<>();
        filters.put("status", only == null ? null : only.name());
        filters.put("name", name);
        return Keyset.Links.of("/api/v1/programmes/" + id + "/buddies", filters, page)
                .answer(page.map(Buddy::of).rows());
    }

    @PostMapping
    @Operation(
            summary = "Register a buddy met in person; they enter as an applicant",
            description = PROFILE + "consent must be true: the buddy agreed to their data being kept. "
                    + WaitingListApiController.INTAKE)
    ResponseEntity<Map<String, UUID>> register(@PathVariable UUID id, @RequestBody PersonForm form)
            throws BindException {
        PersonForm.Applicant buddy =
                ApiForms.checked(form, errors -> form.applicantFor(programmes.get(id), errors, true));
        UUID created = buddies.register(id, buddy.name(), buddy.email(), buddy.capacity(), buddy.intake());
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id + "/buddies/" + created))
                .body(Map.of("id", created));
    }

    @GetMapping("/{buddyId}")
    @Operation(summary = "A buddy's profile and intake with its version, as their edit form shows them")
    PersonForm profile(@PathVariable UUID id, @PathVariable UUID buddyId) {
        return PersonForm.of(buddies.editable(id, buddyId));
    }

    @PutMapping("/{buddyId}")
    @Operation(
            summary = "Correct a buddy's profile and intake",
            description = PROFILE + "The address changes only while they are an applicant: after the approval they "
                    + "sign in with it. " + WaitingListApiController.INTAKE + " version is the one read. "
                    + StaleWrites.STALE)
    ResponseEntity<Void> correct(@PathVariable UUID id, @PathVariable UUID buddyId, @RequestBody PersonForm form)
            throws BindException {
        int version = StaleWrites.required(form.version());
        PersonForm.Applicant buddy =
                ApiForms.checked(form, errors -> form.applicantFor(programmes.get(id), errors, false));
        StaleWrites.write(
                () -> buddies.correct(
                        id, buddyId, buddy.name(), buddy.email(), buddy.capacity(), buddy.intake(), version),
                () -> buddies.editable(id, buddyId).version());
        return ResponseEntity.noContent().build();
    }

    record Approval(
            @Schema(description = "the intake was held: required")
            Boolean intakeHeld,

            @Schema(description = "a criminal-record extract was seen: required where the programme asks one")
            Boolean extractSeen) {}

    @PostMapping("/{buddyId}/approve")
    @Operation(
            summary = "Approve an applicant after the intake",
            description = "The buddy is invited by e-mail, in the request's language, to an account of their own; "
                    + "the caller never sees the link. Without a mail server the applicant stays an applicant and "
                    + "the answer is 503.")
    ResponseEntity<Void> approve(
            @PathVariable UUID id, @PathVariable UUID buddyId, @RequestBody Approval approval, Locale locale) {
        buddies.approve(
                id,
                buddyId,
                Boolean.TRUE.equals(approval.intakeHeld()),
                Boolean.TRUE.equals(approval.extractSeen()),
                Language.of(locale));
        return ResponseEntity.noContent().build();
    }
}

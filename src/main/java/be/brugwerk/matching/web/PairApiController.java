package be.brugwerk.matching.web;

import be.brugwerk.matching.programme.PairManagement;
import be.brugwerk.matching.programme.PairView;
import be.brugwerk.matching.programme.ProgrammeManagement;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
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
 * A buddy programme's pairs over JSON, their whole life as the coordinator's page leads it: the pairs with the
 * explanation of their scores, a pair made by hand, accepting or rejecting a proposal, the participant's agreement,
 * coaching notes, and the end (completed, or stopped early with a reason). The same rules as the page, held by the
 * {@code Pair} aggregate; a refused field is named in the problem's {@code errors}.
 */
@RestController
@RequestMapping("/api/v1/programmes/{id}/pairs")
@PreAuthorize("hasRole('COORDINATOR')")
class PairApiController implements PathAccess {

    private final ProgrammeManagement programmes;
    private final PairManagement pairs;
    private final MatchReasons reasons;

    PairApiController(ProgrammeManagement programmes, PairManagement pairs, MatchReasons reasons) {
        this.programmes = programmes;
        this.pairs = pairs;
        this.reasons = reasons;
    }

    /** The programme the path names: one the caller coordinates, or 404 before the body is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(programmes::checkAccess);
    }

    /** A part of a pair's score: {@code reason} in the request's language, {@code fact} and {@code arguments} its facts. */
    record Part(String criterion, BigDecimal points, String reason, String fact, List<String> arguments) {}

    record Pair(
            UUID id,
            UUID participantId,
            String participantName,
            UUID buddyId,
            String buddyName,
            String status,
            BigDecimal score,
            boolean fixedByCoordinator,
            List<Part> explanation) {

        static Pair of(PairView pair, MatchReasons reasons, Locale locale) {
            return new Pair(
                    pair.id(),
                    pair.participant().value(),
                    pair.participantName(),
                    pair.buddyId(),
                    pair.buddyName(),
                    pair.status().name(),
                    pair.score(),
                    pair.fixedByCoordinator(),
                    pair.explanation().stream()
                            .map(part -> new Part(
                                    part.criterion().name(),
                                    part.points(),
                                    reasons.reason(part, locale),
                                    part.fact(),
                                    part.arguments()))
                            .toList());
        }
    }

    record Rejection(String reason) {}

    @GetMapping
    @Operation(
            summary = "A page of the programme's pairs in order of proposal, each with the explanation of its score in"
                    + " the request's language",
            description = Keyset.API_PAGING)
    ResponseEntity<List<Pair>> pairs(
            @PathVariable UUID id,
            @Parameter(description = Keyset.API_AFTER) @RequestParam(required = false) String after,
            @Parameter(description = Keyset.API_BEFORE) @RequestParam(required = false) String before,
            Locale locale) {
        Keyset.Page<PairView, UUID> page =
                programmes.pairsPage(id, Keyset.Cursor.sent(after, before, UUID::fromString), Keyset.PAGE_SIZE);
        return Keyset.Links.of("/api/v1/programmes/" + id + "/pairs", Map.of(), page)
                .answer(page.map(pair -> Pair.of(pair, reasons, locale)).rows());
    }

    record ByHand(
            @Schema(description = "the waiting participant's entry on the waiting list")
            UUID waitingEntry,

            @Schema(description = "an approved buddy of the programme")
            UUID buddy) {}

    @PostMapping
    @Operation(
            summary = "Make a pair by hand",
            description = "It replaces the participant's current proposal and every later run keeps it; start a run "
                    + "(POST /api/v1/programmes/{id}/runs) to propose the rest around it, as the page does.")
    ResponseEntity<Map<String, UUID>> fix(@PathVariable UUID id, @RequestBody ByHand pair) {
        if (pair.waitingEntry() == null) {
            throw new Refusal("waitingEntry", "matching.api.pair.required");
        }
        if (pair.buddy() == null) {
            throw new Refusal("buddy", "matching.api.pair.required");
        }
        UUID created = pairs.fix(id, pair.waitingEntry(), pair.buddy());
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id + "/pairs"))
                .body(Map.of("id", created));
    }

    @PostMapping("/{pairId}/accept")
    @Operation(
            summary = "Accept a proposal: it waits for both people's agreement",
            description = "A proposal decided meanwhile, or whose buddy has no free place left, answers 409.")
    void accept(@PathVariable UUID id, @PathVariable UUID pairId) {
        pairs.accept(id, pairId);
    }

    @PostMapping("/{pairId}/reject")
    @Operation(summary = "Reject a proposal with a reason; later runs leave the pair out")
    void reject(@PathVariable UUID id, @PathVariable UUID pairId, @RequestBody Rejection rejection) {
        pairs.reject(id, pairId, rejection.reason());
    }

    @PostMapping("/{pairId}/participant-agreed")
    @Operation(
            summary = "Record that the participant agreed to the pair",
            description = "The participant has no account: the coordinator records it. The pair starts once the "
                    + "buddy agreed too.")
    ResponseEntity<Void> participantAgreed(@PathVariable UUID id, @PathVariable UUID pairId) {
        pairs.participantAgreed(id, pairId);
        return ResponseEntity.noContent().build();
    }

    record Note(
            @Schema(description = "not empty, at most 2000 characters")
            String note) {}

    @PostMapping("/{pairId}/notes")
    @Operation(summary = "Add a coaching note of the coordinator to a pair")
    ResponseEntity<Void> note(@PathVariable UUID id, @PathVariable UUID pairId, @RequestBody Note note) {
        pairs.note(id, pairId, note.note());
        return ResponseEntity.noContent().build();
    }

    record Ending(
            @Schema(description = "COMPLETED, or STOPPED for a pair that stops early")
            String outcome,

            @Schema(description = "required when the pair stopped early; a remark when completed")
            String reason) {}

    @PostMapping("/{pairId}/end")
    @Operation(
            summary = "End a pair: completed, or stopped early with a reason",
            description = "A participant whose pair stopped early waits again with their original date of entry.")
    ResponseEntity<Void> end(@PathVariable UUID id, @PathVariable UUID pairId, @RequestBody Ending ending) {
        boolean stoppedEarly = switch (ending.outcome() == null ? "" : ending.outcome()) {
            case "COMPLETED" -> false;
            case "STOPPED" -> true;
            case "" -> throw new Refusal("outcome", "matching.api.outcome.unknown");
            default -> throw Refusal.tampered("outcome", "matching.api.outcome.unknown");
        };
        pairs.end(id, pairId, stoppedEarly, ending.reason());
        return ResponseEntity.noContent().build();
    }
}

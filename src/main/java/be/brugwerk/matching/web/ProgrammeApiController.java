package be.brugwerk.matching.web;

import be.brugwerk.matching.programme.BuddyConsentWithdrawn;
import be.brugwerk.matching.programme.MatchingFailed;
import be.brugwerk.matching.programme.MatchingRuns;
import be.brugwerk.matching.programme.PairManagement;
import be.brugwerk.matching.programme.PairView;
import be.brugwerk.matching.programme.ProgrammeManagement;
import be.brugwerk.matching.programme.RunInProgress;
import be.brugwerk.matching.programme.RunView;
import be.brugwerk.system.PathAccess;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Buddy programmes for scripts, as their coordinators see them: the programmes, a matching run (409 while another
 * goes on), the pairs with the explanation of their scores, and accepting or rejecting a proposal.
 */
@RestController
@RequestMapping("/api/v1/programmes")
@PreAuthorize("hasRole('COORDINATOR')")
class ProgrammeApiController implements PathAccess {

    private final ProgrammeManagement programmes;
    private final PairManagement pairs;
    private final MatchingRuns runs;
    private final MatchReasons reasons;

    ProgrammeApiController(
            ProgrammeManagement programmes, PairManagement pairs, MatchingRuns runs, MatchReasons reasons) {
        this.reasons = reasons;
        this.programmes = programmes;
        this.pairs = pairs;
        this.runs = runs;
    }

    /** The programme the path names, if any: one the caller coordinates, or 404 before the body is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(programmes::checkAccess);
    }

    record ProgrammeSummary(UUID id, String name) {}

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
    List<ProgrammeSummary> list() {
        return programmes.list().stream()
                .map(p -> new ProgrammeSummary(p.id(), p.settings().name()))
                .toList();
    }

    @PostMapping("/{id}/runs")
    RunView run(@PathVariable UUID id) {
        return runs.run(id);
    }

    @GetMapping("/{id}/pairs")
    List<Pair> pairs(@PathVariable UUID id, Locale locale) {
        return programmes.pairs(id).stream()
                .map(pair -> Pair.of(pair, reasons, locale))
                .toList();
    }

    @PostMapping("/{id}/pairs/{pairId}/accept")
    void accept(@PathVariable UUID id, @PathVariable UUID pairId) {
        pairs.accept(id, pairId);
    }

    @PostMapping("/{id}/pairs/{pairId}/reject")
    void reject(@PathVariable UUID id, @PathVariable UUID pairId, @RequestBody Rejection rejection) {
        pairs.reject(id, pairId, rejection.reason());
    }

    @ExceptionHandler(RunInProgress.class)
    ProblemDetail runInProgress(RunInProgress exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
    }

    @ExceptionHandler(BuddyConsentWithdrawn.class)
    ProblemDetail buddyConsentWithdrawn(BuddyConsentWithdrawn exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
    }

    @ExceptionHandler(MatchingFailed.class)
    ProblemDetail failed(MatchingFailed exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, exception.getMessage());
    }
}

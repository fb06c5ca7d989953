package be.brugwerk.matching.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import be.brugwerk.matching.programme.MatchingFailed;
import be.brugwerk.matching.programme.MatchingRuns;
import be.brugwerk.matching.programme.PairManagement;
import be.brugwerk.matching.programme.PairView;
import be.brugwerk.matching.programme.ProgrammeManagement;
import be.brugwerk.matching.programme.RunInProgress;
import be.brugwerk.matching.programme.RunView;
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
class ProgrammeApiController {

    private final ProgrammeManagement programmes;
    private final PairManagement pairs;
    private final MatchingRuns runs;

    ProgrammeApiController(ProgrammeManagement programmes, PairManagement pairs, MatchingRuns runs) {
        this.programmes = programmes;
        this.pairs = pairs;
        this.runs = runs;
    }

    record ProgrammeSummary(UUID id, String name) {
    }

    record Part(String criterion, BigDecimal points, String reason) {
    }

    record Pair(UUID id, UUID participantId, String participantName, UUID buddyId, String buddyName, String status,
            BigDecimal score, boolean fixedByCoordinator, List<Part> explanation) {

        static Pair of(PairView pair) {
            return new Pair(pair.id(), pair.participant().value(), pair.participantName(), pair.buddyId(), pair.buddyName(),
                    pair.status().name(), pair.score(), pair.fixedByCoordinator(), pair.explanation().stream()
                            .map(part -> new Part(part.criterion().name(), part.points(), part.reason())).toList());
        }
    }

    record Rejection(String reason) {
    }

    @GetMapping
    List<ProgrammeSummary> list() {
        return programmes.list().stream().map(p -> new ProgrammeSummary(p.id(), p.settings().name())).toList();
    }

    @PostMapping("/{id}/runs")
    RunView run(@PathVariable UUID id) {
        return runs.run(id);
    }

    @GetMapping("/{id}/pairs")
    List<Pair> pairs(@PathVariable UUID id) {
        return programmes.pairs(id).stream().map(Pair::of).toList();
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

    @ExceptionHandler(MatchingFailed.class)
    ProblemDetail failed(MatchingFailed exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, exception.getMessage());
    }
}

package be.brugwerk.matching.web;

import be.brugwerk.matching.programme.MatchingFailed;
import be.brugwerk.matching.programme.MatchingRuns;
import be.brugwerk.matching.programme.ProgrammeManagement;
import be.brugwerk.matching.programme.RunInProgress;
import be.brugwerk.matching.programme.RunView;
import be.brugwerk.system.PathAccess;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Buddy programmes for scripts, as their coordinators see them: the programmes and a matching run (409 while another
 * goes on). The pairs have a controller of their own ({@link PairApiController}).
 */
@RestController
@RequestMapping("/api/v1/programmes")
@PreAuthorize("hasRole('COORDINATOR')")
class ProgrammeApiController implements PathAccess {

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
    List<ProgrammeSummary> list() {
        return programmes.list().stream()
                .map(p -> new ProgrammeSummary(p.id(), p.settings().name()))
                .toList();
    }

    @PostMapping("/{id}/runs")
    RunView run(@PathVariable UUID id) {
        return runs.run(id);
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

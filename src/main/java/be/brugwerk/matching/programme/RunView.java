package be.brugwerk.matching.programme;

import java.time.Instant;
import java.util.UUID;

/**
 * A matching run as the coordinator follows it.
 *
 * @param phase the last phase entered: a {@link be.brugwerk.matching.engine.MatchingPhase} name, or STARTED
 * @param outcome PAIRS_PROPOSED, NO_CANDIDATES or FAILED; null while the run goes on
 * @param message the message key of the outcome, or null
 * @param detail a number or a short reason for the message, or null
 */
public record RunView(
        UUID id, String phase, String outcome, String message, String detail, Instant startedAt, Instant finishedAt) {

    public boolean running() {
        return finishedAt == null;
    }
}

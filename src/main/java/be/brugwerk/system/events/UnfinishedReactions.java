package be.brugwerk.system.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Tries again the reactions to events that have not succeeded: a listener that failed (its publication stays in the
 * registry), or one that never ran because the node stopped. Every node does this; listeners are written so that
 * running twice does no more than running once. Only publications older than {@link EventSettings#resubmitAfter()}
 * are taken, so a reaction still in progress is left alone.
 */
public class UnfinishedReactions {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedReactions.class);

    private final IncompleteEventPublications incomplete;
    private final EventSettings settings;

    UnfinishedReactions(IncompleteEventPublications incomplete, EventSettings settings) {
        this.incomplete = incomplete;
        this.settings = settings;
    }

    /** Resubmits every unfinished publication older than the configured age; the listeners run asynchronously. */
    public void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(settings.resubmitAfter());
        } catch (RuntimeException e) {
            // the next round tries again; a failing listener already logged its own failure
            log.warn("Resubmitting unfinished event publications failed: {}", e.toString());
        }
    }
}

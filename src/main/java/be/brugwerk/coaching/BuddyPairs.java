package be.brugwerk.coaching;

import be.brugwerk.matching.PairEnded;
import be.brugwerk.matching.PairStarted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * How coaching reacts to buddy matching: a buddy is a new tie in the participant's network, so a pair that starts, and
 * one that ends, is put on the timeline of the participant's open trajectory, where the network coach sees it beside
 * the sessions and successes. Only ids and dates cross over; the buddy's name and the reasons stay in matching. A
 * closed trajectory is not changed. Runs after the pair's change committed, for the event's organisation
 * (docs/adr/0008-events-between-modules.md).
 */
@Component
class BuddyPairs {

    private final Trajectories trajectories;

    BuddyPairs(Trajectories trajectories) {
        this.trajectories = trajectories;
    }

    @ApplicationModuleListener
    void on(PairStarted started) {
        trajectories.noteBuddyPair(
                started.organisationId(), started.participant(), started.pairId(), started.startedOn(), null, null);
    }

    @ApplicationModuleListener
    void on(PairEnded ended) {
        trajectories.noteBuddyPair(
                ended.organisationId(),
                ended.participant(),
                ended.pairId(),
                null,
                ended.endedOn(),
                ended.stoppedEarly());
    }
}

package be.brugwerk.matching.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A buddy's home: their pairs that the coordinator accepted, each with the name the coordinator shared, whether the
 * buddy still has to agree, the last meeting they logged and when the next check-in is due (running pairs only).
 */
public record BuddyHomeView(List<OwnPair> pairs) {

    public record OwnPair(
            UUID id,
            String programme,
            String name,
            PairStatus status,
            boolean agreementAsked,
            LocalDate lastMeeting,
            Long daysSinceMeeting,
            LocalDate checkInDue,
            boolean checkInDueNow) {}
}

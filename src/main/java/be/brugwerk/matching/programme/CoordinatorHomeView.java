package be.brugwerk.matching.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A coordinator's home: the waiting lists of their programmes and the proposals they still have to decide. */
public record CoordinatorHomeView(List<Programme> programmes, List<Proposal> proposals) {

    /** A programme they coordinate: how many wait, the longest wait in days (null when nobody waits), open proposals. */
    public record Programme(UUID id, String name, int waiting, Long longestWaitDays, int proposals) {}

    /** A proposed pair to accept or reject. */
    public record Proposal(
            UUID programme, String programmeName, UUID pair, String participant, String buddy, LocalDate proposedOn) {}
}

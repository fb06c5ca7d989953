package be.brugwerk.matching.engine;

import java.util.Objects;

/** A participant and a buddy named by id: a pair a coordinator fixed or rejected. */
public record PairIds(String participantId, String buddyId) {

    public PairIds {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(buddyId, "buddyId");
    }
}

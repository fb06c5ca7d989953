package be.brugwerk.people;

import java.util.UUID;

/** A participant (deelnemer): the person whose network is strengthened. */
public record ParticipantId(UUID value) {

    public ParticipantId {
        if (value == null) {
            throw new IllegalArgumentException("a participant id is required");
        }
    }

    public static ParticipantId of(String value) {
        return new ParticipantId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

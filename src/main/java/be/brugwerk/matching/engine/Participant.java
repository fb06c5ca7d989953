package be.brugwerk.matching.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person on the programme's waiting list (deelnemer).
 *
 * @param id unique among participants
 * @param waitingSince the day the person entered the waiting list
 * @param profile what the matching knows of them
 */
public record Participant(String id, LocalDate waitingSince, Profile profile) {

    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(waitingSince, "waitingSince");
        Objects.requireNonNull(profile, "profile");
    }
}

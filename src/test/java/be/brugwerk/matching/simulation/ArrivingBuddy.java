package be.brugwerk.matching.simulation;

import be.brugwerk.matching.engine.Buddy;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A volunteer who becomes available to the programme on a given day.
 *
 * @param buddy the buddy, with the number of participants they take on at once
 * @param approvedOn the first day the buddy may be matched
 */
public record ArrivingBuddy(Buddy buddy, LocalDate approvedOn) {

    public ArrivingBuddy {
        Objects.requireNonNull(buddy, "buddy");
        Objects.requireNonNull(approvedOn, "approvedOn");
    }
}

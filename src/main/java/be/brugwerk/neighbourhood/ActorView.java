package be.brugwerk.neighbourhood;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * An actor as pages and the API show it. {@code stepFree} is the organisation's answer, or else the source's.
 * {@code editableFacts} says whether name, kind, address and place may be changed here (only for actors typed by
 * hand; the others come from their source).
 */
public record ActorView(
        UUID id,
        int version,
        ActorSource source,
        String sourceId,
        LocalDate fetchedOn,
        String name,
        ActorKind kind,
        String address,
        Double latitude,
        Double longitude,
        String offers,
        String needs,
        String contactName,
        String contactReach,
        Map<DayOfWeek, String> openingHours,
        Boolean free,
        Boolean stepFree,
        Boolean accessibleToilet,
        String languages) {

    public boolean editableFacts() {
        return source == ActorSource.MANUAL;
    }

    public boolean placed() {
        return latitude != null;
    }
}

package be.brugwerk.neighbourhood;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * An actor as pages and the API show it. {@code stepFree} is the organisation's answer, or else the source's.
 * {@code openingHours} are the organisation's, or else the source's ({@code hoursFromSource} says which). {@code phone}, {@code email} and {@code website}
 * are a provider's own, from De Sociale Kaart's file (null otherwise). {@code editableFacts} says whether name, kind,
 * address and place may be changed here (only for actors typed by hand; the others come from their source, though an
 * imported actor without a place may be given one).
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
        String languages,
        String phone,
        String email,
        String website,
        boolean hoursFromSource) {

    public boolean editableFacts() {
        return source == ActorSource.MANUAL;
    }

    public boolean placed() {
        return latitude != null;
    }
}

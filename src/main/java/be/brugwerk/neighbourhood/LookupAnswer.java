package be.brugwerk.neighbourhood;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * How a look-up with the organisation's geocoder went, as the JSON API answers it wherever an address is looked up (a
 * participant's place, where a buddy lives): the outcome, and the candidates when found.
 */
public record LookupAnswer(
        @Schema(
                description = "FOUND, NONE_SET (no geocoder), HOME_NOT_SENT (a home and a geocoder that is not the "
                        + "organisation's own), FAILED, UNREACHABLE or NOT_PUBLIC; anything but FOUND: pick the place on "
                        + "a map")
        String outcome,

        List<Candidate> candidates) {

    /** A candidate point for the address, with the geocoder's label for it. */
    public record Candidate(String label, double latitude, double longitude) {}

    public static LookupAnswer of(Geocoder.Lookup lookup) {
        return new LookupAnswer(
                lookup.outcome().name(),
                lookup.candidates().stream()
                        .map(c -> new Candidate(
                                c.label(), c.point().latitude(), c.point().longitude()))
                        .toList());
    }
}

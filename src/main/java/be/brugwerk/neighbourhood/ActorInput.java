package be.brugwerk.neighbourhood;

import be.brugwerk.system.MultiLine;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.util.Map;

/**
 * An actor as typed in the form or sent to the API. For an actor imported from a source, name, kind, address and place
 * are the source's: left out ({@code null}) they stay as they are, and a different value is refused (a refresh from
 * the source would undo it).
 */
public record ActorInput(
        @Schema(
                description =
                        "for a change, the version that was read (a change made since answers 409); left out on create")
        Integer version,

        @Schema(description = "at most 200 characters, one line", example = "Buurthuis De Brug")
        String name,

        @Schema(description = "one of ActorKind", example = "COMMUNITY_CENTRE")
        String kind,

        @Schema(description = "what the actor offers, at most 2000 characters") @MultiLine
        String offers,

        @Schema(description = "what the actor needs, at most 2000 characters") @MultiLine
        String needs,

        @Schema(description = "a contact person's name or function (a third party: keep it minimal)")
        String contactName,

        @Schema(description = "one phone number or e-mail address of the contact person")
        String contactReach,

        @Schema(description = "street, number, postcode and municipality, one line")
        String address,

        @Schema(description = "degrees north, within Belgium; with longitude or not at all")
        Double latitude,

        @Schema(description = "degrees east, within Belgium; with latitude or not at all")
        Double longitude,

        @Schema(description = "per weekday, simple ranges: {\"SATURDAY\":\"10:00-12:00, 14:00-16:00\"}")
        Map<DayOfWeek, String> openingHours,

        @Schema(description = "true free, false paying, null unknown")
        Boolean free,

        @Schema(description = "step-free entrance: true, false, null unknown")
        Boolean stepFree,

        @Schema(description = "accessible toilet: true, false, null unknown")
        Boolean accessibleToilet,

        @Schema(
                description = "languages spoken, separated by commas or semicolons, each a name or code in letters "
                        + "(spaces, hyphens and apostrophes allowed, at most 60 characters), at most 200 characters "
                        + "in all; another answers 400 naming languages, unless it is the value stored, sent back "
                        + "unchanged",
                example = "Nederlands, Arabisch")
        String languages) {}

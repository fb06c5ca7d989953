package be.brugwerk.matching.web;

import be.brugwerk.matching.programme.BuddyHomes;
import be.brugwerk.matching.programme.BuddyView;
import be.brugwerk.neighbourhood.LookupAnswer;
import be.brugwerk.places.LocatedBy;
import be.brugwerk.system.Codes;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.StaleWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a buddy lives, over JSON, as the programme's coordinators set it on the buddy's home page: the point a
 * matching run measures straight-line distances from (docs/matching-engine.md), picked on a map or found by address
 * through the organisation's own geocoder. Only the programme's coordinators, and only its buddies; any other answers
 * 404 before the body is read.
 */
@RestController
@RequestMapping("/api/v1/programmes/{id}/buddies/{buddyId}/home")
@PreAuthorize("hasRole('COORDINATOR')")
class BuddyHomeApiController implements PathAccess {

    private final BuddyHomes homes;

    BuddyHomeApiController(BuddyHomes homes) {
        this.homes = homes;
    }

    /** The programme and buddy the path names: one the caller coordinates and its own buddy, or 404. */
    @Override
    public void checkAccess(Path path) {
        homes.checkAccess(path.id("id").orElseThrow(), path.id("buddyId").orElseThrow());
    }

    record Home(
            @Schema(
                    description = "WGS 84 degrees north; none while no point is set (then the intake's neighbourhood "
                            + "is the fallback)")
            Double latitude,

            @Schema(description = "WGS 84 degrees east; none while no point is set")
            Double longitude,

            @Schema(description = "PICKED (on a map) or GEOCODER (a candidate of the lookup); none without a point")
            String locatedBy,

            @Schema(description = "the version to name when changing or removing the point; 0 before one was set")
            int version) {

        static Home of(BuddyView buddy) {
            return new Home(
                    buddy.home() == null ? null : buddy.home().latitude(),
                    buddy.home() == null ? null : buddy.home().longitude(),
                    buddy.homeLocatedBy() == null ? null : buddy.homeLocatedBy().name(),
                    buddy.homeVersion());
        }
    }

    @GetMapping
    @Operation(summary = "Where the buddy lives, as the matching measures from it")
    Home home(@PathVariable UUID id, @PathVariable UUID buddyId) {
        return Home.of(homes.get(id, buddyId));
    }

    record HomeBody(
            @Schema(description = "WGS 84 degrees north, within Belgium; required")
            Double latitude,

            @Schema(description = "WGS 84 degrees east, within Belgium; required")
            Double longitude,

            @Schema(description = "PICKED (the default) or GEOCODER (a candidate of the lookup)")
            String locatedBy,

            @Schema(description = "the version read; required, a stale one answers 409")
            String version) {}

    @PutMapping
    @Operation(
            summary = "Set where the buddy lives",
            description = "Coordinates outside Belgium, or none, answer 400 with a problem naming latitude, and "
                    + "nothing is stored. Only the point is kept, never an address. " + StaleWrites.STALE)
    ResponseEntity<Void> set(@PathVariable UUID id, @PathVariable UUID buddyId, @RequestBody HomeBody body) {
        int version = StaleWrites.required(body.version());
        LocatedBy locatedBy = body.locatedBy() == null || body.locatedBy().isBlank()
                ? LocatedBy.PICKED
                : Codes.required(
                        LocatedBy.class, body.locatedBy(), "locatedBy", "places.unknownCode", "places.unknownCode");
        StaleWrites.write(
                () -> homes.set(id, buddyId, body.latitude(), body.longitude(), locatedBy, version),
                () -> homes.get(id, buddyId).homeVersion());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping
    @Operation(
            summary = "Remove where the buddy lives, as it was at the version read",
            description = "The matching then falls back to the intake's neighbourhood. " + StaleWrites.STALE)
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID buddyId, @RequestParam String version) {
        int read = StaleWrites.required(version);
        StaleWrites.write(
                () -> homes.remove(id, buddyId, read),
                () -> homes.get(id, buddyId).homeVersion());
        return ResponseEntity.noContent().build();
    }

    /** The buddy's address to look up; it is never kept. */
    record LookupBody(
            @Schema(description = "street name, without the house number")
            String street,

            String houseNumber,

            @Schema(description = "a Belgian postcode: four digits, 1000 to 9999")
            String postcode,

            String municipality) {}

    @PostMapping("/lookup")
    @Operation(
            summary = "Look the buddy's address up with the organisation's own geocoder",
            description = "Sends the address only (never a name), and only to a geocoder the organisation marked as "
                    + "its own, since it is where someone lives; answers the candidates within Belgium. Set the "
                    + "chosen one with locatedBy GEOCODER. Otherwise the outcome says why nothing was found: pick the "
                    + "point on a map. An unreadable postcode, or an address the geocoder does not know, answers 400 "
                    + "naming postcode. Writes one audit row before anything is sent.")
    LookupAnswer lookup(@PathVariable UUID id, @PathVariable UUID buddyId, @RequestBody LookupBody body) {
        return LookupAnswer.of(
                homes.lookup(id, buddyId, body.street(), body.houseNumber(), body.postcode(), body.municipality()));
    }
}

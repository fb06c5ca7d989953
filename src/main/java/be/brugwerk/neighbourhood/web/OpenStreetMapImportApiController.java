package be.brugwerk.neighbourhood.web;

import be.brugwerk.neighbourhood.OpenStreetMapImport;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.StaleWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Filling the neighbourhood map from OpenStreetMap over JSON, as its page does: the organisation's Overpass URL (read
 * at a version; a stale save answers 409 with {@code currentVersion}), and an import of the points of interest around
 * a centre. A server that fails or cannot be reached changes nothing and is named as {@code overpassUrl}.
 */
@RestController
@RequestMapping("/api/v1/neighbourhood/import")
@PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
class OpenStreetMapImportApiController implements PathAccess {

    private final OpenStreetMapImport imports;

    OpenStreetMapImportApiController(OpenStreetMapImport imports) {
        this.imports = imports;
    }

    /** The paths name nothing: the role decides. */
    @Override
    public void checkAccess(Path path) {}

    record Settings(
            @Schema(description = "the Overpass API's address (http or https); none or blank for none")
            String overpassUrl,

            @Schema(description = "the settings' version that was read", requiredMode = Schema.RequiredMode.REQUIRED)
            String version) {}

    @GetMapping("/settings")
    @Operation(summary = "The organisation's Overpass URL, with the settings' version")
    Settings settings() {
        OpenStreetMapImport.Settings settings = imports.settings();
        return new Settings(settings.overpassUrl(), Integer.toString(settings.version()));
    }

    @PutMapping("/settings")
    @Operation(summary = "Set or clear the organisation's Overpass URL", description = StaleWrites.STALE)
    ResponseEntity<Void> saveSettings(@RequestBody Settings settings) {
        int version = StaleWrites.required(settings.version());
        StaleWrites.write(
                () -> imports.saveOverpassUrl(settings.overpassUrl(), version),
                () -> imports.settings().version());
        return ResponseEntity.noContent().build();
    }

    record Around(
            @Schema(description = "the centre, in Belgium") Double latitude,
            Double longitude,
            @Schema(description = "in metres, 100 to 5000") Integer radius) {}

    @PostMapping("/openstreetmap")
    @Operation(
            summary = "Import the named points of interest around a centre from OpenStreetMap",
            description = "New ones are added as actors, those imported before are refreshed, keeping what the "
                    + "organisation added to them. Without an Overpass URL, or when its server fails, nothing "
                    + "changes and the problem names overpassUrl.")
    OpenStreetMapImport.Imported importAround(@RequestBody Around around) {
        if (around.latitude() == null) {
            throw new Refusal("latitude", "neighbourhood.actor.coordinateUnreadable");
        }
        if (around.longitude() == null) {
            throw new Refusal("longitude", "neighbourhood.actor.coordinateUnreadable");
        }
        if (around.radius() == null) {
            throw new Refusal(
                    "radius",
                    "neighbourhood.osm.radiusRange",
                    OpenStreetMapImport.MIN_RADIUS_METRES,
                    OpenStreetMapImport.MAX_RADIUS_METRES);
        }
        GeoPoint centre = GeoPoint.inBelgium("latitude", around.latitude(), around.longitude());
        return imports.around(centre, around.radius());
    }
}

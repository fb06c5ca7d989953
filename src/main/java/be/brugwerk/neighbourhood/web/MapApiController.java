package be.brugwerk.neighbourhood.web;

import be.brugwerk.neighbourhood.ActorManagement;
import be.brugwerk.system.PathAccess;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisation's neighbourhood map as a file: GeoJSON (RFC 7946). */
@RestController
@RequestMapping("/api/v1/neighbourhood")
@PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class MapApiController implements PathAccess {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final ActorManagement actors;

    MapApiController(ActorManagement actors) {
        this.actors = actors;
    }

    /** The path names nothing: the role decides. */
    @Override
    public void checkAccess(Path path) {}

    @GetMapping("/map.geojson")
    @Operation(summary = "The organisation's actors as a GeoJSON FeatureCollection", description = """
            RFC 7946: one Feature per actor, a Point with coordinates [longitude, latitude] in WGS 84, or a null \
            geometry for an actor not on the map yet. The properties leave the contact person out (the file travels \
            beyond the organisation; the contact person is a third party). A provider from De Sociale Kaart carries \
            its own public phone and website (properties phone and website, absent when unknown). Features from \
            OpenStreetMap carry their attribution (ODbL).""")
    ResponseEntity<Map<String, Object>> map() {
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"neighbourhood.geojson\"")
                .body(actors.geoJson());
    }
}

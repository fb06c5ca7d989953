package be.brugwerk.places.web;

import be.brugwerk.neighbourhood.LookupAnswer;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.places.LocatedBy;
import be.brugwerk.places.Place;
import be.brugwerk.places.PlaceManagement;
import be.brugwerk.system.Codes;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * A participant's places over JSON: list, add, change (naming the version read), remove, and the same places as a
 * GeoJSON feature collection (RFC 7946). The same people as for the network map; each call writes one audit row.
 */
@RestController
@RequestMapping("/api/v1/participants/{participant}/places")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class PlacesApiController implements PathAccess {

    /** RFC 7946's media type. */
    static final MediaType GEO_JSON = new MediaType("application", "geo+json");

    private final PlaceManagement places;
    private final JsonMapper json;

    PlacesApiController(PlaceManagement places, JsonMapper json) {
        this.places = places;
        this.json = json;
    }

    /** The participant whose places the path names: one the person may work with, or 404 before the input is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("participant").map(ParticipantId::new).ifPresent(places::checkAccess);
    }

    /** A place as answered. */
    record PlaceJson(
            UUID id,
            int version,
            String kind,
            String name,
            String address,
            double latitude,
            double longitude,

            @Schema(description = "how the coordinates were found: GEOCODER, POSTCODE_CENTRE, PICKED or ACTOR")
            String locatedBy,

            String going,
            String visits,
            String welcome,

            @Schema(description = "ids of members of the participant's network map")
            List<UUID> companions,

            String note,

            @Schema(description = "false for a home: it never appears on a shared map")
            boolean shareable,

            @Schema(description = "the id of the organisation's actor the place was taken from; null for none")
            UUID actor) {

        static PlaceJson of(Place p) {
            return new PlaceJson(
                    p.id(),
                    p.version(),
                    p.kind().name(),
                    p.name(),
                    p.address(),
                    p.point().latitude(),
                    p.point().longitude(),
                    p.locatedBy().name(),
                    p.going().name(),
                    p.visits() == null ? null : p.visits().name(),
                    p.welcome() == null ? null : p.welcome().name(),
                    p.companions(),
                    p.note(),
                    p.shareable(),
                    p.actor());
        }
    }

    /** A place as sent; on a change, the version that was read. */
    record PlaceBody(
            @Schema(description = "the version that was read; required on PUT, a stale one answers 409")
            Integer version,

            @Schema(
                    description = "SHOP, LIBRARY, PARK, PLACE_OF_WORSHIP, CAFE, SPORTS_CLUB, SOCIAL_RESTAURANT, "
                            + "SERVICE_CENTRE, HOME or OTHER")
            String kind,

            @Schema(description = "at most 100 characters, one line")
            String name,

            @Schema(description = "at most 200 characters, one line; optional")
            String address,

            @Schema(description = "WGS 84 degrees north, within Belgium")
            Double latitude,

            @Schema(description = "WGS 84 degrees east, within Belgium")
            Double longitude,

            @Schema(description = "GOES or WOULD_LIKE") String going,

            @Schema(description = "DAILY, WEEKLY, MONTHLY, A_FEW_TIMES_A_YEAR or RARELY; required when GOES")
            String visits,

            @Schema(description = "YES, PARTLY or NO; optional")
            String welcome,

            @Schema(description = "ids of members of the participant's network map")
            List<String> companions,

            @Schema(description = "at most 500 characters") String note,

            @Schema(
                    description = "on POST: the id of one of the organisation's actors on the map to take the place "
                            + "from; its name, kind, address and coordinates then replace those sent")
            String actor,

            @Schema(
                    description = "on POST: how the coordinates were found, PICKED (the default) or GEOCODER (a "
                            + "candidate of the lookup)")
            String locatedBy) {

        Place.Input input() {
            return new Place.Input(
                    kind,
                    name,
                    address,
                    latitude == null ? null : latitude.toString(),
                    longitude == null ? null : longitude.toString(),
                    going,
                    visits,
                    welcome,
                    companions,
                    note);
        }
    }

    @GetMapping
    @Operation(summary = "The participant's places, by name")
    List<PlaceJson> list(@PathVariable ParticipantId participant) {
        return places.list(participant).stream().map(PlaceJson::of).toList();
    }

    @GetMapping("/geojson")
    @Operation(summary = "The participant's places as a GeoJSON FeatureCollection (RFC 7946)", description = """
            One Point feature per place, its coordinates in longitude, latitude order as RFC 7946 requires; the \
            properties are those of the list (without the coordinates). A home is included: this is the \
            participant's own map, never a shared one.""")
    ResponseEntity<String> geoJson(@PathVariable ParticipantId participant) {
        List<Map<String, Object>> features = places.list(participant).stream()
                .map(PlacesApiController::feature)
                .toList();
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        // written here rather than by a message converter, which knows no application/geo+json
        return ResponseEntity.ok().contentType(GEO_JSON).body(json.writeValueAsString(collection));
    }

    static Map<String, Object> feature(Place place) {
        PlaceJson json = PlaceJson.of(place);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("version", json.version());
        properties.put("kind", json.kind());
        properties.put("name", json.name());
        properties.put("address", json.address());
        properties.put("locatedBy", json.locatedBy());
        properties.put("going", json.going());
        properties.put("visits", json.visits());
        properties.put("welcome", json.welcome());
        properties.put("companions", json.companions());
        properties.put("note", json.note());
        properties.put("shareable", json.shareable());
        properties.put("actor", json.actor());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", place.id().toString());
        // RFC 7946 section 3.1.1: longitude first
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(json.longitude(), json.latitude())));
        feature.put("properties", properties);
        return feature;
    }

    @PostMapping
    @Operation(summary = "Add a place", description = """
            Needs a kind, a name, coordinates within Belgium and whether the participant goes there (GOES, then also \
            how often) or would like to; a refused place answers 400 with a problem naming the field, and nothing is \
            stored. Coordinates sent here count as picked on a map, unless locatedBy says GEOCODER (a candidate of the \
            lookup); with actor, the place is taken from that actor of the organisation.""")
    ResponseEntity<PlaceJson> add(@PathVariable ParticipantId participant, @RequestBody PlaceBody body) {
        Place added;
        if (body.actor() != null && !body.actor().isBlank()) {
            added = places.addFromActor(participant, PlaceForm.actorId(body.actor()), body.input());
        } else {
            LocatedBy found = body.locatedBy() == null || body.locatedBy().isBlank()
                    ? LocatedBy.PICKED
                    : Codes.required(
                            LocatedBy.class, body.locatedBy(), "locatedBy", "places.unknownCode", "places.unknownCode");
            added = places.add(participant, body.input(), found);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(PlaceJson.of(added));
    }

    /** An address to look up, for a place of a kind (a home is sent only to the organisation's own geocoder). */
    record LookupBody(
            @Schema(
                    description =
                            "the kind of the place, required: HOME is sent only to the organisation's own geocoder")
            String kind,

            @Schema(description = "street name, without the house number")
            String street,

            String houseNumber,

            @Schema(description = "a Belgian postcode: four digits, 1000 to 9999")
            String postcode,

            String municipality) {}

    @PostMapping("/lookup")
    @Operation(summary = "Look an address up with the organisation's geocoder", description = """
            Sends the address only (never a name) to the organisation's Nominatim-compatible geocoder and answers the \
            candidates within Belgium; add the chosen one with locatedBy GEOCODER. Without a geocoder, or when it \
            fails, the outcome says so and nothing is found: pick the place on a map (there is no postcode centre to \
            fall back on). An unreadable postcode, or an address the geocoder does not know, answers 400 naming \
            postcode. Writes one audit row.""")
    LookupAnswer lookup(@PathVariable ParticipantId participant, @RequestBody LookupBody body) {
        return LookupAnswer.of(places.lookup(
                participant, body.kind(), body.street(), body.houseNumber(), body.postcode(), body.municipality()));
    }

    @PutMapping("/{place}")
    @Operation(summary = "Change a place, naming the version read; a stale version answers 409")
    PlaceJson change(@PathVariable ParticipantId participant, @PathVariable UUID place, @RequestBody PlaceBody body) {
        if (body.version() == null) {
            throw new Refusal("version", "input.version.required");
        }
        return PlaceJson.of(places.change(participant, place, body.version(), body.input()));
    }

    @DeleteMapping("/{place}")
    @Operation(summary = "Remove a place as it was at the version read; a stale version answers 409")
    ResponseEntity<Void> remove(
            @PathVariable ParticipantId participant, @PathVariable UUID place, @RequestParam int version) {
        places.remove(participant, place, version);
        return ResponseEntity.noContent().build();
    }
}

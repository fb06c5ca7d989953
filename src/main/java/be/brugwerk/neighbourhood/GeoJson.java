package be.brugwerk.neighbourhood;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation's map as a GeoJSON FeatureCollection (RFC 7946): one Feature per actor, a Point in [longitude,
 * latitude] order (WGS 84), or a null geometry for an actor not on the map yet (RFC 7946 §3.2). The properties leave
 * the contact person out: an exported file travels beyond the organisation's walls, and the contact person is a third
 * party who never agreed to that (docs/neighbourhood.md). They carry the provider's own public phone number and website
 * where its source gave them (De Sociale Kaart); not yet its e-mail address, which a file cannot show to be a shared
 * mailbox rather than a staff member's own. Features from OpenStreetMap carry its attribution.
 */
public final class GeoJson {

    static final String OSM_ATTRIBUTION = "© OpenStreetMap contributors, ODbL 1.0";

    private GeoJson() {}

    public static Map<String, Object> featureCollection(List<ActorView> actors) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (ActorView actor : actors) {
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", actor.id().toString());
            feature.put(
                    "geometry",
                    actor.placed()
                            ? Map.of("type", "Point", "coordinates", List.of(actor.longitude(), actor.latitude()))
                            : null);
            feature.put("properties", properties(actor));
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private static Map<String, Object> properties(ActorView actor) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", actor.name());
        properties.put("kind", actor.kind().name());
        properties.put("address", actor.address());
        properties.put("offers", actor.offers());
        properties.put("needs", actor.needs());
        properties.put("openingHours", actor.openingHours());
        properties.put("free", actor.free());
        properties.put("stepFree", actor.stepFree());
        properties.put("accessibleToilet", actor.accessibleToilet());
        properties.put("languages", actor.languages());
        properties.put("source", actor.source().name());
        properties.put("sourceId", actor.sourceId());
        properties.put(
                "fetchedOn",
                actor.fetchedOn() == null ? null : actor.fetchedOn().toString());
        if (actor.phone() != null) {
            properties.put("phone", actor.phone());
        }
        if (actor.website() != null) {
            properties.put("website", actor.website());
        }
        if (actor.source() == ActorSource.OPENSTREETMAP) {
            properties.put("attribution", OSM_ATTRIBUTION);
        }
        return properties;
    }
}

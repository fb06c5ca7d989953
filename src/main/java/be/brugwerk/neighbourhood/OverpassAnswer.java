package be.brugwerk.neighbourhood;

import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.TextInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenStreetMap's points of interest as an Overpass API server answers them ({@code [out:json]}, {@code out center
 * tags}), read into actors' facts. Which tags become which kind is {@link #KINDS} (docs/neighbourhood.md). An element
 * without a name is left out (an unnamed bench or pitch is not an actor one can contact); an element that cannot be
 * read, or lies outside Belgium, refuses the whole answer naming it ({@code node/42}). Plain Java.
 */
final class OverpassAnswer {

    /** The tags asked for and the kind each becomes, in the order the query asks for them. */
    static final Map<String, ActorKind> KINDS = orderedKinds();

    /** One point of interest: its OpenStreetMap id ({@code node/42}, {@code way/7}) and its facts. */
    record Poi(String sourceId, Actor.Facts facts) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OverpassAnswer() {}

    private static Map<String, ActorKind> orderedKinds() {
        java.util.LinkedHashMap<String, ActorKind> kinds = new java.util.LinkedHashMap<>();
        kinds.put("amenity=library", ActorKind.LIBRARY);
        kinds.put("amenity=community_centre", ActorKind.COMMUNITY_CENTRE);
        kinds.put("amenity=social_centre", ActorKind.MEETING_PLACE);
        kinds.put("amenity=place_of_worship", ActorKind.RELIGIOUS_COMMUNITY);
        kinds.put("leisure=park", ActorKind.PARK);
        kinds.put("leisure=sports_centre", ActorKind.SPORTS_GROUND);
        kinds.put("leisure=pitch", ActorKind.SPORTS_GROUND);
        kinds.put("amenity=cafe", ActorKind.CAFE);
        return java.util.Collections.unmodifiableMap(kinds);
    }

    /**
     * The Overpass QL query for the points of interest within {@code radiusMetres} of {@code centre}: every tag of
     * {@link #KINDS} on nodes, ways and relations, with a centre point for ways and relations.
     */
    static String query(GeoPoint centre, int radiusMetres) {
        String around = String.format(
                Locale.ROOT, "(around:%d,%.6f,%.6f)", radiusMetres, centre.latitude(), centre.longitude());
        StringBuilder query = new StringBuilder("[out:json][timeout:60];(");
        KINDS.keySet().forEach(tag -> {
            String[] keyValue = tag.split("=");
            query.append("nwr[\"")
                    .append(keyValue[0])
                    .append("\"=\"")
                    .append(keyValue[1])
                    .append("\"]")
                    .append(around)
                    .append(';');
        });
        return query.append(");out center tags;").toString();
    }

    /**
     * The named points of interest of an answer.
     *
     * @throws Refusal on field {@code answer} when the answer is not Overpass JSON, or naming the element at fault
     */
    static List<Poi> read(String answer) {
        JsonNode root;
        try {
            root = JSON.readTree(answer);
        } catch (JacksonException notJson) {
            throw new Refusal("answer", "neighbourhood.osm.unreadable");
        }
        JsonNode elements = root == null ? null : root.get("elements");
        if (elements == null || !elements.isArray()) {
            throw new Refusal("answer", "neighbourhood.osm.unreadable");
        }
        List<Poi> pois = new ArrayList<>();
        for (JsonNode element : elements) {
            String id = text(element, "type") + "/" + text(element, "id");
            JsonNode tags = element.get("tags");
            String name = tags == null ? null : text(tags, "name");
            if (name == null || name.isBlank()) {
                continue;
            }
            ActorKind kind = kind(tags);
            if (kind == null) {
                continue; // an element the query did not ask for
            }
            JsonNode at = element.has("lat") ? element : element.get("center");
            if (at == null || !at.has("lat") || !at.has("lon")) {
                throw new Refusal(id, "neighbourhood.osm.elementWithoutPlace", id);
            }
            GeoPoint point;
            try {
                point = GeoPoint.inBelgium(
                        id, at.get("lat").asDouble(), at.get("lon").asDouble());
            } catch (Refusal outside) {
                throw new Refusal(id, "neighbourhood.osm.elementOutsideBelgium", id);
            }
            pois.add(new Poi(
                    id,
                    new Actor.Facts(clip(name.strip(), Actor.NAME_MAX), kind, address(tags), point, stepFree(tags))));
        }
        return pois;
    }

    private static ActorKind kind(JsonNode tags) {
        for (Map.Entry<String, ActorKind> kind : KINDS.entrySet()) {
            String[] keyValue = kind.getKey().split("=");
            if (keyValue[1].equals(text(tags, keyValue[0]))) {
                return kind.getValue();
            }
        }
        return null;
    }

    /** {@code wheelchair=yes} is step-free, {@code no} is not; {@code limited} or nothing is unknown. */
    private static Boolean stepFree(JsonNode tags) {
        String wheelchair = text(tags, "wheelchair");
        return "yes".equals(wheelchair) ? Boolean.TRUE : "no".equals(wheelchair) ? Boolean.FALSE : null;
    }

    /** {@code addr:street addr:housenumber, addr:postcode addr:city}, as far as it is tagged. */
    private static String address(JsonNode tags) {
        String street = join(text(tags, "addr:street"), text(tags, "addr:housenumber"));
        String place = join(text(tags, "addr:postcode"), text(tags, "addr:city"));
        String address = street.isEmpty() ? place : place.isEmpty() ? street : street + ", " + place;
        return address.isEmpty() ? null : clip(address, Actor.ADDRESS_MAX);
    }

    private static String join(String first, String second) {
        return ((first == null ? "" : first) + " " + (second == null ? "" : second)).strip();
    }

    private static String clip(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max);
    }

    /**
     * A value of the answer, without the hidden marks a name typed on a page loses ({@link TextInput#withoutHiddenMarks}):
     * OpenStreetMap is edited by anyone, and its names and addresses are shown as an actor's. The one place the answer's
     * text is read, so that a name of nothing but such marks counts as none.
     */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : TextInput.withoutHiddenMarks(value.asString());
    }
}

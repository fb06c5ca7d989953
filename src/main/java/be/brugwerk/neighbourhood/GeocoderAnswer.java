package be.brugwerk.neighbourhood;

import be.brugwerk.neighbourhood.Geocoder.Candidate;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.Refusal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The question to a Nominatim-compatible search endpoint and the reading of its answer (format {@code jsonv2}: an
 * array of objects with {@code lat} and {@code lon} as text and a {@code display_name}). Plain Java, no Spring.
 */
final class GeocoderAnswer {

    /** At most this many candidates are asked for and shown. */
    static final int LIMIT = 5;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeocoderAnswer() {}

    /**
     * The configured search URL with the structured address query added: {@code street} (house number and street),
     * {@code postalcode}, {@code city}, limited to Belgium, in {@code jsonv2}. The URL's own parameters stay, except a
     * {@code format} of its own, which this one replaces.
     */
    static URI query(String searchUrl, Address address) {
        URI base = URI.create(searchUrl);
        StringBuilder query = new StringBuilder();
        if (base.getRawQuery() != null) {
            for (String parameter : base.getRawQuery().split("&")) {
                if (!parameter.isEmpty() && !parameter.startsWith("format=")) {
                    query.append(parameter).append('&');
                }
            }
        }
        String street = (address.houseNumber() == null ? "" : address.houseNumber() + " ")
                + (address.street() == null ? "" : address.street());
        add(query, "street", street.strip());
        add(query, "postalcode", address.postcode());
        add(query, "city", address.municipality());
        query.append("countrycodes=be&format=jsonv2&addressdetails=0&limit=").append(LIMIT);
        String s = base.toString();
        int cut = s.indexOf('?');
        return URI.create((cut < 0 ? s : s.substring(0, cut)) + "?" + query);
    }

    private static void add(StringBuilder query, String name, String value) {
        if (value != null && !value.isEmpty()) {
            query.append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                    .append('&');
        }
    }

    /**
     * The candidates within Belgium, in the geocoder's order, at most {@link #LIMIT}; a candidate outside Belgium or
     * without readable coordinates is left out.
     *
     * @throws Refusal on {@code answer} when the text is not a jsonv2 search answer
     */
    static List<Candidate> read(String body) {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (JacksonException notJson) {
            throw new Refusal("answer", "geocoder.unreadable");
        }
        if (answer == null || !answer.isArray()) {
            throw new Refusal("answer", "geocoder.unreadable");
        }
        List<Candidate> candidates = new ArrayList<>();
        for (JsonNode place : answer) {
            if (candidates.size() == LIMIT) {
                break;
            }
            try {
                GeoPoint point = GeoPoint.inBelgium(
                        "latitude",
                        Double.parseDouble(place.path("lat").asString("")),
                        Double.parseDouble(place.path("lon").asString("")));
                String label = place.path("display_name").asString("").strip();
                candidates.add(
                        new Candidate(label.isEmpty() ? point.latitude() + ", " + point.longitude() : label, point));
            } catch (NumberFormatException | Refusal notInBelgium) {
                // not a point we can use: left out, never guessed
            }
        }
        return candidates;
    }
}

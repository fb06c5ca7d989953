package be.brugwerk.system;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the maps' background tiles come from ({@code brugwerk.map-tiles.url}, a Leaflet URL template such as
 * {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}) and the attribution their licence asks for. An empty URL
 * means no tiles: the maps show their markers on a plain background and the browser fetches nothing from outside
 * (the tests run so). The content security policy allows images from the tile URL's origin only.
 *
 * @param url the tile URL template, or empty for no tiles
 * @param attribution the text shown in the map's corner, e.g. {@code © OpenStreetMap contributors}
 */
public record MapTiles(String url, String attribution) {

    /** Stands for Leaflet's {@code {s}} while the template is read as a URI. */
    private static final String SUBDOMAIN = "leaflet-subdomain";

    public MapTiles {
        url = url == null ? "" : url.strip();
        attribution = attribution == null ? "" : attribution.strip();
        if (!url.isEmpty()) {
            origin(url); // refuses a tile URL that is not an absolute http(s) address when Brugwerk starts
        }
    }

    /** Whether tiles are drawn at all. */
    public boolean configured() {
        return !url.isEmpty();
    }

    /** The tile server's origin, {@code scheme://host[:port]}, for the content security policy; empty without tiles. */
    public String origin() {
        return configured() ? origin(url) : "";
    }

    private static String origin(String template) {
        try {
            // the template's placeholders ({z}, ...) are not valid in a URI; a subdomain one ({s}) becomes a wildcard
            URI uri = new URI(template.replace("{s}", SUBDOMAIN).replaceAll("\\{[a-z]+}", "0"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new IllegalArgumentException(
                        "brugwerk.map-tiles.url must be an absolute http(s) URL template, or empty for no tiles");
            }
            return scheme + "://" + uri.getHost().replace(SUBDOMAIN, "*")
                    + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("brugwerk.map-tiles.url is not a URL template", e);
        }
    }
}

package be.brugwerk.network.exchange;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats a map is exported and imported in, each with its media type and file name. */
public enum MapFormat {
    JSON("application/json", "network-map.json"),
    GRAPHML("application/graphml+xml", "network-map.graphml"),
    ZIP("application/zip", "network-map.zip");

    private final String mediaType;
    private final String fileName;

    MapFormat(String mediaType, String fileName) {
        this.mediaType = mediaType;
        this.fileName = fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName() {
        return fileName;
    }

    /** The format named {@code json}, {@code graphml} or {@code zip} (any case). */
    public static Optional<MapFormat> named(String name) {
        return Arrays.stream(values())
                .filter(f -> f.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    /**
     * The format of a request body by its content type: GraphML for {@code application/graphml+xml},
     * {@code application/xml} and {@code text/xml}; a ZIP for {@code application/zip} (and
     * {@code application/x-zip-compressed}); JSON otherwise.
     */
    public static MapFormat ofContentType(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/graphml+xml")
                || type.startsWith("application/xml")
                || type.startsWith("text/xml")) {
            return GRAPHML;
        }
        if (type.startsWith("application/zip") || type.startsWith("application/x-zip")) {
            return ZIP;
        }
        return JSON;
    }

    public MapFile read(byte[] content) throws BadInput {
        return switch (this) {
            case JSON -> JsonMapFormat.read(content);
            case GRAPHML -> GraphmlMapFormat.read(content);
            case ZIP -> NetworkCanvasZip.read(content);
        };
    }

    public byte[] write(MapFile map, Instant now) {
        return switch (this) {
            case JSON -> JsonMapFormat.write(map);
            case GRAPHML -> GraphmlMapFormat.write(map);
            case ZIP -> NetworkCanvasZip.write(map, now);
        };
    }
}

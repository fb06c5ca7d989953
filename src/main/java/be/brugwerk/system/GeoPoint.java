package be.brugwerk.system;

/**
 * A place on the earth in WGS 84 degrees, as OpenStreetMap, Nominatim, Leaflet and GeoJSON give and take it. Brugwerk
 * works in Belgium: a point outside the country's bounding box (with a margin for places just over the border) is
 * refused, which also catches latitude and longitude given the wrong way round.
 *
 * @param latitude degrees north
 * @param longitude degrees east
 */
public record GeoPoint(double latitude, double longitude) {

    /** Belgium's bounding box with about 10 km to spare: Brugwerk's places lie within it. */
    static final double SOUTH = 49.40;

    static final double NORTH = 51.60;
    static final double WEST = 2.40;
    static final double EAST = 6.50;

    /** The earth's mean radius (IUGG), the one every distance in Brugwerk is measured on. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    /** Refuses a point outside Belgium's bounds, naming {@code field} (the form's or the JSON body's). */
    public static GeoPoint inBelgium(String field, double latitude, double longitude) {
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude)) {
            throw Refusal.tampered(field, "geo.unreadable");
        }
        if (latitude < SOUTH || latitude > NORTH || longitude < WEST || longitude > EAST) {
            throw new Refusal(field, "geo.outsideBelgium");
        }
        return new GeoPoint(latitude, longitude);
    }

    /**
     * Kilometres along the earth's surface (haversine on the mean radius): a straight line, which is what "within 1
     * km" honestly means when no route is known. Within Belgium its error against the ellipsoid is below 0.5 %.
     */
    public double kilometresTo(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude))
                        * Math.cos(Math.toRadians(other.latitude))
                        * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}

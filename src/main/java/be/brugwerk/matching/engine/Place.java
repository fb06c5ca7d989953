package be.brugwerk.matching.engine;

import be.brugwerk.system.GeoPoint;
import java.util.OptionalDouble;

/**
 * Where someone lives or prefers to meet: coordinates (WGS 84), a neighbourhood name, or both; either may
 * be unknown.
 *
 * @param latitude degrees in [-90, 90], or null
 * @param longitude degrees in [-180, 180], null exactly when {@code latitude} is
 * @param neighbourhood the neighbourhood's name, or null
 */
public record Place(Double latitude, Double longitude, String neighbourhood) {

    public Place {
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("A place needs both latitude and longitude, or neither");
        }
        if (latitude != null
                && (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || latitude.isNaN() || longitude.isNaN())) {
            throw new IllegalArgumentException("Coordinates out of range: " + latitude + ", " + longitude);
        }
    }

    public static Place at(double latitude, double longitude) {
        return new Place(latitude, longitude, null);
    }

    public static Place inNeighbourhood(String neighbourhood) {
        return new Place(null, null, neighbourhood);
    }

    public static Place unknown() {
        return new Place(null, null, null);
    }

    /** How a distance between two places was measured. */
    public enum Measure {
        /** Both places have coordinates: kilometres along a straight line over the earth's surface. */
        STRAIGHT_LINE,
        /** At least one has no coordinates, but both name the same neighbourhood: counted as 0 km. */
        SAME_NEIGHBOURHOOD,
        /** Neither: the distance cannot be known. */
        UNKNOWN
    }

    /** Which measure applies between this place and {@code other}: coordinates first, the neighbourhood as fallback. */
    public Measure measureTo(Place other) {
        if (latitude != null && other.latitude != null) {
            return Measure.STRAIGHT_LINE;
        }
        if (neighbourhood != null && neighbourhood.equals(other.neighbourhood)) {
            return Measure.SAME_NEIGHBOURHOOD;
        }
        return Measure.UNKNOWN;
    }

    /**
     * The great-circle (haversine) distance in km when both places have coordinates; 0 when they do not but
     * name the same neighbourhood; empty when the distance cannot be known ({@link #measureTo}).
     */
    public OptionalDouble distanceKmTo(Place other) {
        return switch (measureTo(other)) {
            case STRAIGHT_LINE ->
                OptionalDouble.of(
                        new GeoPoint(latitude, longitude).kilometresTo(new GeoPoint(other.latitude, other.longitude)));
            case SAME_NEIGHBOURHOOD -> OptionalDouble.of(0);
            case UNKNOWN -> OptionalDouble.empty();
        };
    }
}

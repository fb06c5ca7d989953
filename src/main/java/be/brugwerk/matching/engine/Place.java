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

    /**
     * The great-circle (haversine) distance in km when both places have coordinates; 0 when they only
     * name the same neighbourhood; empty when the distance cannot be known.
     */
    public OptionalDouble distanceKmTo(Place other) {
        if (latitude != null && other.latitude != null) {
            return OptionalDouble.of(
                    new GeoPoint(latitude, longitude).kilometresTo(new GeoPoint(other.latitude, other.longitude)));
        }
        if (neighbourhood != null && neighbourhood.equals(other.neighbourhood)) {
            return OptionalDouble.of(0);
        }
        return OptionalDouble.empty();
    }
}

package be.brugwerk.matching.engine;

import be.brugwerk.system.GeoPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A spatial index that keeps the candidate phase sparse: only buddies that can lie within the programme's
 * maximum distance of a participant are looked at.
 *
 * <p>Places with coordinates become points on the unit sphere, bucketed in a uniform 3-D grid of cell edge
 * s = maxDistanceKm / R (R the earth radius of {@link Place}). The straight chord between two points is
 * never longer than the great-circle arc, so two places at most maxDistanceKm apart are at most s apart
 * in space and lie in the same or adjacent cells: looking at the 27 cells around a participant misses no
 * candidate. Buddies without coordinates have an unknown or neighbourhood distance and are returned for
 * everyone; a participant without coordinates gets every buddy.
 *
 * <p>Building: O(B). A query: O(buddies in the 27 cells + buddies without coordinates). Results come in
 * the order of the list given, so candidates are built in the same order whatever the request's order.
 */
final class NearbyBuddies {

    private record Cell(long x, long y, long z) {}

    private final List<Buddy> all;
    private final double cellEdge;
    private final Map<Cell, List<Integer>> located = new HashMap<>();
    private final List<Integer> unlocated = new ArrayList<>();

    NearbyBuddies(List<Buddy> buddies, double maxDistanceKm) {
        this.all = buddies;
        this.cellEdge = maxDistanceKm / GeoPoint.EARTH_RADIUS_KM;
        for (int i = 0; i < buddies.size(); i++) {
            Place place = buddies.get(i).profile().place();
            if (place.latitude() == null) {
                unlocated.add(i);
            } else {
                located.computeIfAbsent(cellOf(place), cell -> new ArrayList<>())
                        .add(i);
            }
        }
    }

    List<Buddy> near(Participant participant) {
        Place place = participant.profile().place();
        if (place.latitude() == null) {
            return all;
        }
        Cell centre = cellOf(place);
        List<Integer> indices = new ArrayList<>(unlocated);
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                for (long dz = -1; dz <= 1; dz++) {
                    indices.addAll(located.getOrDefault(
                            new Cell(centre.x() + dx, centre.y() + dy, centre.z() + dz), List.of()));
                }
            }
        }
        indices.sort(null);
        List<Buddy> near = new ArrayList<>(indices.size());
        indices.forEach(i -> near.add(all.get(i)));
        return near;
    }

    private Cell cellOf(Place place) {
        double latitude = Math.toRadians(place.latitude());
        double longitude = Math.toRadians(place.longitude());
        double x = Math.cos(latitude) * Math.cos(longitude);
        double y = Math.cos(latitude) * Math.sin(longitude);
        double z = Math.sin(latitude);
        return new Cell(
                (long) Math.floor(x / cellEdge), (long) Math.floor(y / cellEdge), (long) Math.floor(z / cellEdge));
    }
}

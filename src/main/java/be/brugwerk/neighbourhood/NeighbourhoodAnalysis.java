package be.brugwerk.neighbourhood;

import be.brugwerk.system.GeoPoint;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The neighbourhood analysis (buurtanalyse): where the organisation's actors leave gaps. Plain Java on a list of
 * actors; deterministic; the input is not changed. Three questions, each measured as stated here and on the page:
 *
 * <ol>
 *   <li><b>A free meeting place within walking distance.</b> A free meeting place is an actor of a kind in
 *       {@link ActorKind#MEETING_PLACES} whose organisation answered "free". Walking distance is {@link #WALK_KM} (1 km)
 *       in a straight line ({@link GeoPoint#kilometresTo}), not along streets. The area is the bounding box of the
 *       actors that are on the map. Over it lies a grid of points {@link #GRID_KM} (250 m) apart, starting at its
 *       south-west corner (at most {@link #MAX_GRID_POINTS} points: a larger area doubles the spacing until it fits,
 *       and the result says the spacing used); a point with no free meeting place within 1 km is uncovered. Besides,
 *       each actor on the map without a free meeting place within 1 km is named, so that the gap has a place.
 *       O(g × m) for g grid points and m free meeting places.</li>
 *   <li><b>Open at the weekend.</b> How many actors are open at some time on Saturday and on Sunday, by their opening
 *       hours; actors without any opening hours are counted apart, as unknown.</li>
 *   <li><b>Step-free per kind.</b> For each kind the organisation has actors of: how many have a step-free entrance,
 *       how many have none, and how many are unknown. A kind with none known to be step-free is a gap.</li>
 * </ol>
 */
public final class NeighbourhoodAnalysis {

    /** Walking distance, in a straight line. */
    public static final double WALK_KM = 1.0;
    /** The spacing of the grid over the area. */
    public static final double GRID_KM = 0.25;
    /** Enough for an area of about 25 by 25 km at 250 m; a larger one is measured on a coarser grid. */
    public static final int MAX_GRID_POINTS = 10_000;

    private static final double KM_PER_DEGREE_LATITUDE = 6371.0088 * Math.PI / 180;

    /** The grid over the area: how far apart its points were, how many, how many had no free meeting place near. */
    public record Coverage(double spacingKm, int points, int uncovered) {

        /** The share of the area's points with a free meeting place within walking distance, 0 to 1. */
        public double coveredShare() {
            return points == 0 ? 0 : (points - uncovered) / (double) points;
        }
    }

    /** Actors open at the weekend, and those whose opening hours are unknown. */
    public record Weekend(int openOnSaturday, int openOnSunday, int hoursUnknown) {}

    /** Step-free entrances among the actors of one kind. */
    public record KindAccess(ActorKind kind, int actors, int stepFree, int notStepFree, int unknown) {

        /** No actor of this kind is known to have a step-free entrance. */
        public boolean gap() {
            return stepFree == 0;
        }
    }

    /**
     * What the analysis found.
     *
     * @param actors how many actors there are
     * @param placed how many of them are on the map
     * @param freeMeetingPlaces how many free meeting places are on the map
     * @param coverage the grid over the area; {@code null} when no actor is on the map
     * @param farFromFreeMeetingPlace the actors on the map without a free meeting place within walking distance
     */
    public record Result(
            int actors,
            int placed,
            int freeMeetingPlaces,
            Coverage coverage,
            List<ActorView> farFromFreeMeetingPlace,
            Weekend weekend,
            List<KindAccess> kinds) {}

    private NeighbourhoodAnalysis() {}

    public static Result of(List<ActorView> actors) {
        List<ActorView> placed = actors.stream().filter(ActorView::placed).toList();
        List<GeoPoint> freeMeetingPlaces = placed.stream()
                .filter(NeighbourhoodAnalysis::freeMeetingPlace)
                .map(NeighbourhoodAnalysis::point)
                .toList();
        List<ActorView> far = placed.stream()
                .filter(actor -> !withinWalk(point(actor), freeMeetingPlaces))
                .toList();
        return new Result(
                actors.size(),
                placed.size(),
                freeMeetingPlaces.size(),
                placed.isEmpty() ? null : coverage(placed, freeMeetingPlaces),
                far,
                weekend(actors),
                kinds(actors));
    }

    static boolean freeMeetingPlace(ActorView actor) {
        return ActorKind.MEETING_PLACES.contains(actor.kind()) && Boolean.TRUE.equals(actor.free());
    }

    private static GeoPoint point(ActorView actor) {
        return new GeoPoint(actor.latitude(), actor.longitude());
    }

    private static boolean withinWalk(GeoPoint from, List<GeoPoint> places) {
        return places.stream().anyMatch(place -> from.kilometresTo(place) <= WALK_KM);
    }

    private static Coverage coverage(List<ActorView> placed, List<GeoPoint> freeMeetingPlaces) {
        double south = placed.stream().mapToDouble(ActorView::latitude).min().orElseThrow();
        double north = placed.stream().mapToDouble(ActorView::latitude).max().orElseThrow();
        double west = placed.stream().mapToDouble(ActorView::longitude).min().orElseThrow();
        double east = placed.stream().mapToDouble(ActorView::longitude).max().orElseThrow();
        double kmPerDegreeLongitude = KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians((south + north) / 2));
        double spacing = GRID_KM;
        while (count(north - south, spacing / KM_PER_DEGREE_LATITUDE)
                        * (long) count(east - west, spacing / kmPerDegreeLongitude)
                > MAX_GRID_POINTS) {
            spacing *= 2;
        }
        double latitudeStep = spacing / KM_PER_DEGREE_LATITUDE;
        double longitudeStep = spacing / kmPerDegreeLongitude;
        int rows = count(north - south, latitudeStep);
        int columns = count(east - west, longitudeStep);
        int uncovered = 0;
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                GeoPoint point = new GeoPoint(south + row * latitudeStep, west + column * longitudeStep);
                if (!withinWalk(point, freeMeetingPlaces)) {
                    uncovered++;
                }
            }
        }
        return new Coverage(spacing, rows * columns, uncovered);
    }

    /** Grid lines over a span: the first at its start, then one every step while within the span. */
    private static int count(double span, double step) {
        // the tiny margin keeps a line that falls on the far edge, which rounding might otherwise drop
        return (int) Math.floor(span / step + 1e-9) + 1;
    }

    private static Weekend weekend(List<ActorView> actors) {
        int saturday = 0;
        int sunday = 0;
        int unknown = 0;
        for (ActorView actor : actors) {
            Map<DayOfWeek, String> hours = actor.openingHours();
            if (hours.isEmpty()) {
                unknown++;
            }
            if (hours.containsKey(DayOfWeek.SATURDAY)) {
                saturday++;
            }
            if (hours.containsKey(DayOfWeek.SUNDAY)) {
                sunday++;
            }
        }
        return new Weekend(saturday, sunday, unknown);
    }

    private static List<KindAccess> kinds(List<ActorView> actors) {
        Map<ActorKind, int[]> counts = new EnumMap<>(ActorKind.class);
        for (ActorView actor : actors) {
            int[] c = counts.computeIfAbsent(actor.kind(), k -> new int[3]);
            c[actor.stepFree() == null ? 2 : actor.stepFree() ? 0 : 1]++;
        }
        List<KindAccess> kinds = new ArrayList<>();
        counts.forEach((kind, c) -> kinds.add(new KindAccess(kind, c[0] + c[1] + c[2], c[0], c[1], c[2])));
        return kinds;
    }
}

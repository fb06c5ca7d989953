package be.brugwerk.places;

/** What kind of place it is; the names are translated as {@code places.kind.<NAME>}. */
public enum PlaceKind {
    SHOP,
    LIBRARY,
    PARK,
    PLACE_OF_WORSHIP,
    CAFE,
    SPORTS_CLUB,
    SOCIAL_RESTAURANT,
    SERVICE_CENTRE,
    /** The participant's own home: shown on their own page only, never on a shared map, never sent to a geocoder. */
    HOME,
    OTHER
}

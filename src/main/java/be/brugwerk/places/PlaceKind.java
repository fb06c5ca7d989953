package be.brugwerk.places;

import be.brugwerk.neighbourhood.ActorKind;

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
    OTHER;

    /**
     * The kind of place an actor of the organisation's map is for the participant: the same where both lists have it
     * (library, park, café, shop), the nearest one where they name it differently (a sports ground is a sports club, a
     * religious community a place of worship, a service a service centre), and other for the rest.
     */
    public static PlaceKind of(ActorKind kind) {
        return switch (kind) {
            case LIBRARY -> LIBRARY;
            case PARK -> PARK;
            case CAFE -> CAFE;
            case SHOP -> SHOP;
            case SPORTS_GROUND -> SPORTS_CLUB;
            case RELIGIOUS_COMMUNITY -> PLACE_OF_WORSHIP;
            case SERVICE -> SERVICE_CENTRE;
            case ASSOCIATION, SCHOOL, MEETING_PLACE, SELF_ORGANISATION, COMMUNITY_CENTRE, OTHER -> OTHER;
        };
    }
}

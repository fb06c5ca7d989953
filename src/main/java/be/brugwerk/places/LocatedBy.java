package be.brugwerk.places;

/**
 * How a place's coordinates were found, which the page tells the reader: by the organisation's geocoder from the
 * address, as the centre of the address's postcode, picked on the map by the person filling in the place, or taken
 * from one of the organisation's actors (whose place its own source gave).
 */
public enum LocatedBy {
    GEOCODER,
    POSTCODE_CENTRE,
    PICKED,
    ACTOR
}

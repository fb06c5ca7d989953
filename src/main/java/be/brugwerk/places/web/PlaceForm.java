package be.brugwerk.places.web;

import be.brugwerk.places.Place;
import be.brugwerk.system.Refusal;
import java.util.List;
import java.util.UUID;

/**
 * A place's form as typed: every part is text, so that no input can fail to bind and lose the rest; the place's own
 * rules check it. The coordinates come from picking on the map (read-only fields the map fills), from a candidate of
 * the organisation's geocoder the person chose, or from one of the organisation's actors; never typed.
 *
 * @param actor the id of the organisation's actor the place is taken from; empty for none
 * @param street the address to look up (street, house number, postcode, municipality): never a name
 * @param candidate the geocoder's candidate chosen, as its latitude and longitude separated by a space; empty for
 *     none (then the point picked on the map counts)
 */
record PlaceForm(
        String version,
        String kind,
        String name,
        String address,
        String latitude,
        String longitude,
        String going,
        String visits,
        String welcome,
        List<String> companions,
        String note,
        String actor,
        String street,
        String houseNumber,
        String postcode,
        String municipality,
        String candidate) {

    PlaceForm {
        companions = companions == null ? List.of() : List.copyOf(companions);
    }

    /** An empty form for a new place: the participant goes there. */
    static PlaceForm blank() {
        return new PlaceForm("", "", "", "", "", "", "GOES", "", "", List.of(), "", "", "", "", "", "", "");
    }

    static PlaceForm of(Place place) {
        Place.Input input = place.toInput();
        return new PlaceForm(
                Integer.toString(place.version()),
                input.kind(),
                input.name(),
                input.address(),
                input.latitude(),
                input.longitude(),
                input.going(),
                input.visits(),
                input.welcome(),
                input.companions(),
                input.note(),
                "",
                "",
                "",
                "",
                "",
                "");
    }

    /** The place as typed; a chosen geocoder candidate stands in for the point picked on the map. */
    Place.Input input() {
        String lat = latitude;
        String lon = longitude;
        if (geocoded()) {
            String[] point = candidate.strip().split(" ", 2);
            lat = point[0];
            lon = point.length > 1 ? point[1] : "";
        }
        return new Place.Input(kind, name, address, lat, lon, going, visits, welcome, companions, note);
    }

    /** Whether a candidate of the geocoder was chosen. */
    boolean geocoded() {
        return candidate != null && !candidate.isBlank();
    }

    /** Whether the place is to be taken from one of the organisation's actors. */
    boolean fromActor() {
        return actor != null && !actor.isBlank();
    }

    /** The same form as read at another version: what was typed stays. */
    PlaceForm atVersion(int readVersion) {
        return with(Integer.toString(readVersion), address);
    }

    /** The same form with {@code looked} as the place's address when none was typed. */
    PlaceForm withAddress(String looked) {
        return with(version, address != null && !address.isBlank() ? address : looked);
    }

    private PlaceForm with(String newVersion, String newAddress) {
        return new PlaceForm(
                newVersion,
                kind,
                name,
                newAddress,
                latitude,
                longitude,
                going,
                visits,
                welcome,
                companions,
                note,
                actor,
                street,
                houseNumber,
                postcode,
                municipality,
                candidate);
    }

    /** The id of the actor a place is to be taken from; a malformed one is no page's and is refused as tampered. */
    static UUID actorId(String sent) {
        try {
            return UUID.fromString(sent.strip());
        } catch (IllegalArgumentException malformed) {
            throw Refusal.tampered("actor", "places.actorUnknown");
        }
    }

    /** The version the form was read at; a missing or unreadable one counts as 0, which no place has. */
    int readVersion() {
        try {
            return Integer.parseInt(version == null ? "" : version.strip());
        } catch (NumberFormatException unreadable) {
            return 0;
        }
    }

    /** Whether a member of the network map was ticked as going there too. */
    boolean with(Object member) {
        return companions.contains(String.valueOf(member));
    }
}

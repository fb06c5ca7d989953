package be.brugwerk.places.web;

import be.brugwerk.places.Place;
import java.util.List;

/**
 * A place's form as typed: every part is text, so that no input can fail to bind and lose the rest; the place's own
 * rules check it. The coordinates come from picking on the map (read-only fields the map fills), never typed.
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
        String note) {

    PlaceForm {
        companions = companions == null ? List.of() : List.copyOf(companions);
    }

    /** An empty form for a new place: the participant goes there. */
    static PlaceForm blank() {
        return new PlaceForm("", "", "", "", "", "", "GOES", "", "", List.of(), "");
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
                input.note());
    }

    Place.Input input() {
        return new Place.Input(kind, name, address, latitude, longitude, going, visits, welcome, companions, note);
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

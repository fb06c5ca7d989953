package be.brugwerk.places;

import be.brugwerk.neighbourhood.ActorView;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Codes;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.TextInput;
import be.brugwerk.system.VersionConflict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A place the participant goes or would like to go (buurtkaart van de burger): what kind it is and what it is called,
 * where it is and how that was found, how often they go, with whom of their network map, whether they feel welcome,
 * and a note. Its rules are here, tested without Spring; each change makes the next version, and a change made on an
 * older version is a {@link VersionConflict}.
 *
 * @param companions ids of members of the participant's network map, never their names
 * @param actor the organisation's actor the place was taken from; null for a place found otherwise
 */
public record Place(
        UUID id,
        ParticipantId participant,
        int version,
        PlaceKind kind,
        String name,
        String address,
        GeoPoint point,
        LocatedBy locatedBy,
        Going going,
        Visits visits,
        Welcome welcome,
        List<UUID> companions,
        String note,
        UUID actor) {

    public static final int MAX_NAME = 100;
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_NOTE = 500;

    public Place {
        companions = List.copyOf(companions);
    }

    /**
     * A place as a form or a script sent it, every part as text (enum names, decimal degrees; empty or null for none),
     * checked by {@link #add} and {@link #revise}.
     */
    public record Input(
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

        /**
         * This input with what an actor of the organisation's map says about itself in place of the participant's
         * words: its name, kind, address and point. A name or address longer than a place takes is cut short; an
         * actor that is not on the map leaves the point empty, which a place refuses.
         */
        public Input takenFrom(ActorView actor) {
            return new Input(
                    PlaceKind.of(actor.kind()).name(),
                    cut(actor.name(), MAX_NAME),
                    cut(actor.address(), MAX_ADDRESS),
                    actor.latitude() == null ? null : actor.latitude().toString(),
                    actor.longitude() == null ? null : actor.longitude().toString(),
                    going,
                    visits,
                    welcome,
                    companions,
                    note);
        }

        private static String cut(String text, int max) {
            if (text == null || text.codePointCount(0, text.length()) <= max) {
                return text;
            }
            return text.substring(0, text.offsetByCodePoints(0, max)).strip();
        }
    }

    /**
     * A new place at version 1 from {@code input}, whose coordinates were found as {@code locatedBy}; {@code members}
     * are the ids of the participant's network map, the only people who can go there with them.
     *
     * @throws Refusal naming the field at fault; nothing is stored then
     */
    static Place add(ParticipantId participant, Input input, LocatedBy locatedBy, Set<UUID> members) {
        return read(UUID.randomUUID(), participant, 1, input, locatedBy, members, null);
    }

    /**
     * A new place at version 1 taken from one of the organisation's actors: its name, kind, address and point are the
     * actor's ({@link Input#takenFrom}), the rest the participant's, and the place keeps the actor's id.
     *
     * @throws Refusal on {@code actor} when the actor is not on the map, or naming the participant's field at fault
     */
    static Place takenFrom(ParticipantId participant, ActorView actor, Input input, Set<UUID> members) {
        if (!actor.placed()) {
            throw new Refusal("actor", "places.actorNotOnMap");
        }
        return read(UUID.randomUUID(), participant, 1, input.takenFrom(actor), LocatedBy.ACTOR, members, actor.id());
    }

    /**
     * The place as changed by {@code input}, made on version {@code readVersion}, as its next version.
     *
     * @throws VersionConflict when the place was changed since {@code readVersion}
     * @throws Refusal naming the field at fault
     */
    Place revise(int readVersion, Input input, LocatedBy locatedBy, Set<UUID> members) {
        if (readVersion != version) {
            throw new VersionConflict("places.conflict.place");
        }
        // a point left as it was keeps how it was found; a new one was found as the change says
        LocatedBy found = at(input) ? this.locatedBy : locatedBy;
        return read(id, participant, version + 1, input, found, members, actor);
    }

    /** Whether the input's coordinates are this place's point. */
    private boolean at(Input input) {
        if (empty(input.latitude()) || empty(input.longitude())) {
            return false;
        }
        try {
            return Double.parseDouble(input.latitude().strip()) == point.latitude()
                    && Double.parseDouble(input.longitude().strip()) == point.longitude();
        } catch (NumberFormatException unreadable) {
            return false; // refused by the place's own rules
        }
    }

    /**
     * The kind as typed, required: an address is looked up only for a known kind, so that a home is never sent to a
     * geocoder by mistake.
     *
     * @throws Refusal on {@code kind}
     */
    public static PlaceKind kindOf(String kind) {
        return required(PlaceKind.class, kind, "kind", "places.kindRequired");
    }

    /** Whether the place may appear on a map others share: a home never does (issue 14.7). */
    public boolean shareable() {
        return kind != PlaceKind.HOME;
    }

    /** The place as input again: what a form shows to change it. */
    public Input toInput() {
        return new Input(
                kind.name(),
                name,
                address == null ? "" : address,
                Double.toString(point.latitude()),
                Double.toString(point.longitude()),
                going.name(),
                visits == null ? "" : visits.name(),
                welcome == null ? "" : welcome.name(),
                companions.stream().map(UUID::toString).toList(),
                note == null ? "" : note);
    }

    private static Place read(
            UUID id,
            ParticipantId participant,
            int version,
            Input input,
            LocatedBy locatedBy,
            Set<UUID> members,
            UUID actor) {
        PlaceKind kind = required(PlaceKind.class, input.kind(), "kind", "places.kindRequired");
        String name = text(input.name(), "name", MAX_NAME, false);
        if (name == null) {
            throw new Refusal("name", "places.nameRequired");
        }
        String address = text(input.address(), "address", MAX_ADDRESS, false);
        GeoPoint point = point(input.latitude(), input.longitude());
        Going going = required(Going.class, input.going(), "going", "places.goingRequired");
        Visits visits = optional(Visits.class, input.visits(), "visits");
        if (going == Going.GOES && visits == null) {
            throw new Refusal("visits", "places.visitsRequired");
        }
        Welcome welcome = optional(Welcome.class, input.welcome(), "welcome");
        List<UUID> companions = companions(input.companions(), members);
        String note = text(input.note(), "note", MAX_NOTE, true);
        return new Place(
                id,
                participant,
                version,
                kind,
                name,
                address,
                point,
                locatedBy,
                going,
                visits,
                welcome,
                companions,
                note,
                actor);
    }

    /** Both coordinates, or a refusal on {@code latitude}: a place must be on the map, and in Belgium. */
    private static GeoPoint point(String latitude, String longitude) {
        if (empty(latitude) || empty(longitude)) {
            throw new Refusal("latitude", "places.pointRequired");
        }
        try {
            return GeoPoint.inBelgium(
                    "latitude", Double.parseDouble(latitude.strip()), Double.parseDouble(longitude.strip()));
        } catch (NumberFormatException notANumber) {
            throw Refusal.tampered("latitude", "geo.unreadable");
        }
    }

    private static List<UUID> companions(List<String> given, Set<UUID> members) {
        List<UUID> companions = new ArrayList<>();
        for (String value : given == null ? List.<String>of() : given) {
            if (empty(value)) {
                continue;
            }
            UUID member;
            try {
                member = UUID.fromString(value.strip());
            } catch (IllegalArgumentException malformed) {
                throw Refusal.tampered("companions", "places.companionNotOnMap");
            }
            if (!members.contains(member)) {
                throw new Refusal("companions", "places.companionNotOnMap");
            }
            if (!companions.contains(member)) {
                companions.add(member);
            }
        }
        return companions;
    }

    private static String text(String value, String field, int max, boolean multiLine) {
        if (empty(value)) {
            return null;
        }
        String text = value.strip();
        TextInput.check(field, text, multiLine);
        if (text.codePointCount(0, text.length()) > max) {
            throw new Refusal(field, "places.tooLong", max);
        }
        return text;
    }

    private static <E extends Enum<E>> E required(Class<E> type, String value, String field, String missingKey) {
        return Codes.required(type, value, field, missingKey, "places.unknownCode");
    }

    private static <E extends Enum<E>> E optional(Class<E> type, String value, String field) {
        return Codes.optional(type, value, field, "places.unknownCode");
    }

    private static boolean empty(String value) {
        return value == null || value.isBlank();
    }
}

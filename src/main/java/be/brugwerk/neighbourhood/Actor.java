package be.brugwerk.neighbourhood;

import be.brugwerk.system.EmailAddress;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.SpokenLanguages;
import be.brugwerk.system.TextInput;
import be.brugwerk.system.VersionConflict;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An actor of the organisation's neighbourhood (buurtactor) and the rules of changing it. What its source says (name,
 * kind, address, place and, from OpenStreetMap, step-free access: the {@link Facts}) is kept apart from what the
 * organisation added (offers, needs, a contact person, opening hours, free or paying, accessibility: {@link Own}). An
 * actor typed by hand is the organisation's throughout; an imported one takes its facts from its source only, so that
 * a refresh rewrites them and never what the organisation added. A change is made on the version that was read, or
 * it is a conflict; bad input is refused whole, naming the field.
 */
final class Actor {

    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 2000;
    static final int ADDRESS_MAX = 300;
    static final int CONTACT_NAME_MAX = 100;
    static final int LANGUAGES_MAX = 200;
    static final int CONTACT_REACH_MAX = 200;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ./()-]{5,24}");

    /**
     * What the source says; for an actor typed by hand, what was typed. The provider's own phone, e-mail address,
     * website and opening hours come from De Sociale Kaart's file only (an organisation's, never a person's).
     */
    record Facts(
            String name,
            ActorKind kind,
            String address,
            GeoPoint point,
            Boolean stepFree,
            String phone,
            String email,
            String website,
            OpeningHours hours) {

        Facts {
            hours = hours == null ? OpeningHours.NONE : hours;
        }

        /** Facts without the provider's contact or hours: what a hand or OpenStreetMap gives. */
        Facts(String name, ActorKind kind, String address, GeoPoint point, Boolean stepFree) {
            this(name, kind, address, point, stepFree, null, null, null, OpeningHours.NONE);
        }

        /** The same facts at {@code other} place. */
        Facts placedAt(GeoPoint other) {
            return new Facts(name, kind, address, other, stepFree, phone, email, website, hours);
        }
    }

    /** What the organisation added, which a refresh from the source never touches. */
    record Own(
            String offers,
            String needs,
            String contactName,
            String contactReach,
            OpeningHours hours,
            Boolean free,
            Boolean stepFree,
            Boolean accessibleToilet,
            String languages) {

        static final Own NOTHING = new Own(null, null, null, null, OpeningHours.NONE, null, null, null, null);
    }

    private final UUID id;
    private final int storedVersion;
    private final ActorSource source;
    private final String sourceId;
    private LocalDate fetchedOn;
    private Facts facts;
    private Own own;
    private boolean changed;

    private Actor(
            UUID id, int version, ActorSource source, String sourceId, LocalDate fetchedOn, Facts facts, Own own) {
        this.id = Objects.requireNonNull(id);
        this.storedVersion = version;
        this.source = Objects.requireNonNull(source);
        this.sourceId = sourceId;
        this.fetchedOn = fetchedOn;
        this.facts = Objects.requireNonNull(facts);
        this.own = Objects.requireNonNull(own);
    }

    /** An actor typed by hand. @throws Refusal naming the field at fault */
    static Actor typed(UUID id, ActorInput input) {
        Actor actor = new Actor(id, 0, ActorSource.MANUAL, null, null, typedFacts(input), own(input, null));
        actor.changed = true;
        return actor;
    }

    /** An actor as its source gives it, with nothing of the organisation's yet. */
    static Actor imported(UUID id, ActorSource source, String sourceId, LocalDate fetchedOn, Facts facts) {
        if (source == ActorSource.MANUAL || sourceId == null || fetchedOn == null) {
            throw new IllegalArgumentException("an imported actor names its source, its id there and the date");
        }
        Actor actor = new Actor(id, 0, source, sourceId, fetchedOn, facts, Own.NOTHING);
        actor.changed = true;
        return actor;
    }

    /** An actor as stored; only the repository rebuilds one. */
    static Actor restore(
            UUID id, int version, ActorSource source, String sourceId, LocalDate fetchedOn, Facts facts, Own own) {
        return new Actor(id, version, source, sourceId, fetchedOn, facts, own);
    }

    /**
     * Changes the actor as edited on version {@code readVersion}. For an imported actor the facts stay the source's: a
     * field left out keeps its value, a different one is refused.
     *
     * @throws VersionConflict when the actor was changed since {@code readVersion}
     * @throws Refusal naming the field at fault; nothing is changed then
     */
    void revise(int readVersion, ActorInput input) {
        if (readVersion != storedVersion) {
            throw new VersionConflict("neighbourhood.conflict.actor");
        }
        Facts revisedFacts = source == ActorSource.MANUAL ? typedFacts(input) : keptFacts(input);
        Own revisedOwn = own(input, own.languages());
        if (!revisedFacts.equals(facts) || !revisedOwn.equals(own)) {
            facts = revisedFacts;
            own = revisedOwn;
            changed = true;
        }
    }

    /**
     * Takes the facts as the source gives them now, fetched on {@code fetchedOn}; what the organisation added stays.
     * A refresh that changes nothing still records the date it was fetched. When the source gives no place, the place
     * the actor has (found for its address before, or picked by the organisation) stays.
     */
    void refresh(Facts fromSource, LocalDate fetchedOn) {
        if (source == ActorSource.MANUAL) {
            throw new IllegalStateException("an actor typed by hand has no source to refresh from");
        }
        this.fetchedOn = fetchedOn;
        this.facts =
                fromSource.point() == null && facts.point() != null ? fromSource.placedAt(facts.point()) : fromSource;
        changed = true;
    }

    boolean changed() {
        return changed;
    }

    /** The version it has: the stored one, or the next once changed. */
    int version() {
        return changed ? storedVersion + 1 : storedVersion;
    }

    /** The version it was read at: the one a save must still find stored. */
    int storedVersion() {
        return storedVersion;
    }

    UUID id() {
        return id;
    }

    ActorSource source() {
        return source;
    }

    String sourceId() {
        return sourceId;
    }

    LocalDate fetchedOn() {
        return fetchedOn;
    }

    Facts facts() {
        return facts;
    }

    Own own() {
        return own;
    }

    /** Step-free access: the organisation's answer, or else the source's, or unknown ({@code null}). */
    Boolean stepFree() {
        return own.stepFree() != null ? own.stepFree() : facts.stepFree();
    }

    /** Opening hours: the organisation's when it set any, or else the source's (none when neither). */
    OpeningHours hours() {
        return own.hours().days().isEmpty() ? facts.hours() : own.hours();
    }

    ActorView view() {
        GeoPoint point = facts.point();
        return new ActorView(
                id,
                version(),
                source,
                sourceId,
                fetchedOn,
                facts.name(),
                facts.kind(),
                facts.address(),
                point == null ? null : point.latitude(),
                point == null ? null : point.longitude(),
                own.offers(),
                own.needs(),
                own.contactName(),
                own.contactReach(),
                hours().texts(),
                own.free(),
                stepFree(),
                own.accessibleToilet(),
                own.languages(),
                facts.phone(),
                facts.email(),
                facts.website(),
                own.hours().days().isEmpty() && !facts.hours().days().isEmpty());
    }

    private static Facts typedFacts(ActorInput input) {
        String name = text("name", input.name(), NAME_MAX, false);
        if (name == null) {
            throw new Refusal("name", "neighbourhood.actor.nameRequired");
        }
        return new Facts(
                name,
                kind(input.kind()),
                text("address", input.address(), ADDRESS_MAX, false),
                point(input.latitude(), input.longitude()),
                null);
    }

    /** The facts of an imported actor, which only its source changes. */
    private Facts keptFacts(ActorInput input) {
        if (input.name() != null && !Objects.equals(text("name", input.name(), NAME_MAX, false), facts.name())) {
            throw fromSource("name");
        }
        if (input.kind() != null && !input.kind().isBlank() && kind(input.kind()) != facts.kind()) {
            throw fromSource("kind");
        }
        if (input.address() != null
                && !Objects.equals(text("address", input.address(), ADDRESS_MAX, false), facts.address())) {
            throw fromSource("address");
        }
        if (input.latitude() != null || input.longitude() != null) {
            GeoPoint typed = point(input.latitude(), input.longitude());
            if (facts.point() == null) {
                // the source gave no place and none was found for its address: the organisation picks it
                return facts.placedAt(typed);
            }
            if (!Objects.equals(typed, facts.point())) {
                throw fromSource("latitude");
            }
        }
        return facts;
    }

    private Refusal fromSource(String field) {
        return new Refusal(field, "neighbourhood.actor.fromSource." + source);
    }

    /** What the organisation typed; {@code storedLanguages} are taken back unchanged ({@link #languages}). */
    private static Own own(ActorInput input, String storedLanguages) {
        String contactReach = text("contactReach", input.contactReach(), CONTACT_REACH_MAX, false);
        if (contactReach != null
                && !EmailAddress.isValid(contactReach)
                && !PHONE.matcher(contactReach).matches()) {
            throw new Refusal("contactReach", "neighbourhood.actor.contactReach");
        }
        return new Own(
                text("offers", input.offers(), TEXT_MAX, true),
                text("needs", input.needs(), TEXT_MAX, true),
                text("contactName", input.contactName(), CONTACT_NAME_MAX, false),
                contactReach,
                OpeningHours.parse(input.openingHours(), Actor::hoursField),
                input.free(),
                input.stepFree(),
                input.accessibleToilet(),
                languages(input.languages(), storedLanguages));
    }

    /**
     * The languages it is reached in, each written as a language ({@link SpokenLanguages}: {@code Nederlands},
     * {@code Vlaamse Gebarentaal}, {@code ar}) and separated by commas or semicolons, kept as
     * {@code "Nederlands, Arabisch"}; null for none. The languages as stored, sent back unchanged, are kept as they
     * are: an actor saved before this rule may hold {@code "NL/FR"}, and editing its opening hours must not be refused
     * for that.
     */
    private static String languages(String typed, String stored) {
        String text = text("languages", typed, LANGUAGES_MAX, false);
        if (text == null) {
            return null;
        }
        if (text.equals(stored)) {
            return stored;
        }
        List<String> languages = SpokenLanguages.listed("languages", text);
        String kept = String.join(", ", languages);
        if (kept.length() > LANGUAGES_MAX) {
            throw new Refusal("languages", "neighbourhood.actor.tooLong", LANGUAGES_MAX);
        }
        return languages.isEmpty() ? null : kept;
    }

    /** The field of a day's opening hours, as the API body names it. */
    static String hoursField(DayOfWeek day) {
        return "openingHours." + day;
    }

    private static ActorKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw new Refusal("kind", "neighbourhood.actor.kindRequired");
        }
        try {
            return ActorKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            throw Refusal.tampered("kind", "neighbourhood.actor.kindUnknown");
        }
    }

    private static GeoPoint point(Double latitude, Double longitude) {
        if (latitude == null && longitude == null) {
            return null;
        }
        if (latitude == null) {
            throw new Refusal("latitude", "neighbourhood.actor.pointHalf");
        }
        if (longitude == null) {
            throw new Refusal("longitude", "neighbourhood.actor.pointHalf");
        }
        return GeoPoint.inBelgium("latitude", latitude, longitude);
    }

    /** The text stripped, {@code null} when blank; refused when too long or holding what no text field takes. */
    private static String text(String field, String value, int max, boolean multiLine) {
        if (value == null || value.isBlank()) {
            return null;
        }
        TextInput.check(field, value, multiLine);
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new Refusal(field, "neighbourhood.actor.tooLong", max);
        }
        return stripped;
    }
}

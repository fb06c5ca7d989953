package be.brugwerk.places;

import be.brugwerk.neighbourhood.ActorManagement;
import be.brugwerk.neighbourhood.ActorView;
import be.brugwerk.neighbourhood.Address;
import be.brugwerk.neighbourhood.Geocoder;
import be.brugwerk.network.MapDocument;
import be.brugwerk.network.NetworkMapManagement;
import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.AuditTrail.Action;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A participant's places (buurtkaart van de burger): listing, adding, changing and removing them. Whoever may see and
 * change the participant's network map may do this, and nobody else learns the participant exists (404). Every read
 * and every change writes one audit row of its own; reading the names of the network map's members for the page, or
 * their ids to check the companions of a change, is a read of the network map and is audited as such by the network
 * module. The rules of a place are its own ({@link Place}); this reads, checks access and stores.
 */
@Service
@Transactional // read-write, also for reads: their audit rows are written in the same transaction
public class PlaceManagement {

    private static final AuditTrail.Subject SUBJECT = AuditTrail.Subject.PARTICIPANT_PLACES;

    private final Places places;
    private final ParticipantManagement participants;
    private final NetworkMapManagement networkMaps;
    private final ActorManagement actors;
    private final Geocoder geocoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PlaceManagement(
            Places places,
            ParticipantManagement participants,
            NetworkMapManagement networkMaps,
            ActorManagement actors,
            Geocoder geocoder,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.geocoder = geocoder;
        this.transaction = new TransactionTemplate(transactions);
        this.places = places;
        this.participants = participants;
        this.networkMaps = networkMaps;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Throws {@link NotFound} unless the signed-in person may see (and so change) the participant's places: the same
     * people as for their network map. Asked before a request's input is read (ADR 0006); no audit row.
     */
    @Transactional(readOnly = true)
    public void checkAccess(ParticipantId participant) {
        requireVisible(participant);
    }

    /** The participant's places, by name. */
    public List<Place> list(ParticipantId participant) {
        requireVisible(participant);
        audit.record(Action.LIST, SUBJECT, List.of(participant.value()));
        return places.of(participant);
    }

    /**
     * The places of those of {@code participants} the signed-in person may see and work with (the others are left
     * out), each by name, in a fixed number of statements however many, with one audit row naming every participant
     * whose places were read: for a module that weighs many participants at once (a role matching run).
     */
    public Map<ParticipantId, List<Place>> listAll(Collection<ParticipantId> participants) {
        Set<ParticipantId> visible = visibleOf(participants);
        if (visible.isEmpty()) {
            return Map.of();
        }
        audit.record(
                Action.LIST, SUBJECT, visible.stream().map(ParticipantId::value).toList());
        Map<ParticipantId, List<Place>> of = places.ofAll(visible);
        Map<ParticipantId, List<Place>> all = new LinkedHashMap<>();
        visible.forEach(participant -> all.put(participant, List.copyOf(of.getOrDefault(participant, List.of()))));
        return all;
    }

    /** One of the participant's places; {@link NotFound} when it is not theirs. */
    public Place get(ParticipantId participant, UUID place) {
        requireVisible(participant);
        audit.record(Action.READ, SUBJECT, List.of(participant.value()));
        return places.find(participant, place).orElseThrow(() -> new NotFound("Place"));
    }

    /**
     * Adds a place whose coordinates were picked on the map (or sent by a script).
     *
     * @throws Refusal naming the field at fault; nothing is stored then
     */
    public Place add(ParticipantId participant, Place.Input input) {
        return add(participant, input, LocatedBy.PICKED);
    }

    /**
     * Adds a place whose coordinates were found as {@code locatedBy}: picked on the map, or a candidate of the
     * organisation's geocoder that the person chose (see AddressLookup).
     *
     * @throws Refusal naming the field at fault; nothing is stored then
     */
    public Place add(ParticipantId participant, Place.Input input, LocatedBy locatedBy) {
        if (locatedBy != LocatedBy.PICKED && locatedBy != LocatedBy.GEOCODER) {
            throw Refusal.tampered("locatedBy", "places.unknownCode");
        }
        SignedInUser me = requireVisible(participant);
        return store(me, participant, Place.add(participant, input, locatedBy, membersFor(participant, input)));
    }

    /**
     * Adds a place taken from one of the organisation's actors: the actor's name, kind, address and point, the
     * participant's going, visits, welcome, companions and note; the place keeps the actor's id.
     *
     * @throws Refusal on {@code actor} when the organisation has no such actor or it is not on the map, or naming the
     *     field at fault; nothing is stored then
     */
    public Place addFromActor(ParticipantId participant, UUID actorId, Place.Input input) {
        SignedInUser me = requireVisible(participant);
        ActorView actor;
        try {
            actor = actors.get(actorId);
        } catch (NotFound unknown) {
            throw Refusal.tampered("actor", "places.actorUnknown"); // the page offers the organisation's actors only
        }
        return store(me, participant, Place.takenFrom(participant, actor, input, membersFor(participant, input)));
    }

    /**
     * Looks an address up with the organisation's geocoder, for a place of kind {@code kind} of the participant: the
     * address only is sent, and a home only to a geocoder that is the organisation's own ({@link Geocoder}). The kind
     * must be chosen first, so that a home is never sent by mistake. One audit row (a search on the participant's
     * places) is written before anything is sent. The call to the geocoder runs outside any transaction.
     *
     * @throws Refusal on {@code kind} when none is chosen, on the address's part at fault, or on {@code postcode}
     *     when the geocoder knows no such address; nothing is stored then
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Geocoder.Lookup lookup(
            ParticipantId participant, String kind, String street, String number, String postcode, String town) {
        transaction.executeWithoutResult(tx -> requireVisible(participant));
        PlaceKind chosen = Place.kindOf(kind);
        Address address = Address.of(street, number, postcode, town);
        transaction.executeWithoutResult(tx -> audit.record(Action.SEARCH, SUBJECT, List.of(participant.value())));
        return geocoder.search(address, chosen == PlaceKind.HOME);
    }

    /**
     * The home points of those of {@code participants} whom the signed-in person may approach for matching now
     * (visible to them, not archived, a current MATCHING consent), for a matching run that measures the distance to a
     * buddy: read in one query for all, with one audit row (a read of the places of those whose home was asked). Of a
     * participant with more than one home, the one changed last; one without a home is left out. The point is only
     * measured against, never shown: a home never appears on a shared map.
     */
    public Map<ParticipantId, GeoPoint> homesForMatching(Collection<ParticipantId> participants) {
        Set<ParticipantId> approachable = this.participants.approachableForMatching(participants);
        if (approachable.isEmpty()) {
            return Map.of();
        }
        audit.record(
                Action.READ,
                SUBJECT,
                approachable.stream().map(ParticipantId::value).toList());
        return places.homes(approachable);
    }

    /** Whether the organisation set a geocoder: the page says how places can be found. */
    @Transactional(readOnly = true)
    public boolean geocoderAvailable() {
        return geocoder.available();
    }

    private Place store(SignedInUser me, ParticipantId participant, Place place) {
        places.insert(me.organisationId(), place, me.accountId(), clock.instant());
        audit.record(Action.CREATE, SUBJECT, List.of(participant.value()));
        return place;
    }

    /**
     * Changes a place, made on version {@code readVersion}, into its next version.
     *
     * @throws VersionConflict when the place was changed since {@code readVersion}
     * @throws Refusal naming the field at fault
     */
    public Place change(ParticipantId participant, UUID id, int readVersion, Place.Input input) {
        SignedInUser me = requireVisible(participant);
        Place place = places.find(participant, id).orElseThrow(() -> new NotFound("Place"));
        Place changed = place.revise(readVersion, input, LocatedBy.PICKED, membersFor(participant, input));
        if (!places.update(changed, me.accountId(), clock.instant())) {
            throw new VersionConflict("places.conflict.place");
        }
        audit.record(Action.UPDATE, SUBJECT, List.of(participant.value()));
        return changed;
    }

    /**
     * Removes a place as it was at {@code version}.
     *
     * @throws VersionConflict when it was changed since
     */
    public void remove(ParticipantId participant, UUID id, int version) {
        requireVisible(participant);
        places.find(participant, id).orElseThrow(() -> new NotFound("Place"));
        if (!places.delete(participant, id, version)) {
            throw new VersionConflict("places.conflict.place");
        }
        audit.record(Action.DELETE, SUBJECT, List.of(participant.value()));
    }

    /** A place on the page: the place and the names of those who go there with the participant, in its order. */
    public record PlaceLine(Place place, List<String> companions) {}

    /**
     * What the places page shows: the participant, their places with their companions' names, the members of their
     * network map (id to name) that the form offers as companions, and the organisation's actors on the map that a
     * place can be taken from.
     */
    public record PlacesPage(
            ParticipantView participant, List<PlaceLine> places, Map<UUID, String> members, List<ActorView> actors) {}

    /** The page, read with one audit row for the places and one for the network map's member names. */
    public PlacesPage page(ParticipantId participant) {
        requireVisible(participant);
        audit.record(Action.LIST, SUBJECT, List.of(participant.value()));
        Map<UUID, String> members = memberNames(participant);
        List<PlaceLine> lines = places.of(participant).stream()
                .map(place -> new PlaceLine(
                        place,
                        place.companions().stream()
                                // a member since removed from the map is left out
                                .filter(members::containsKey)
                                .map(members::get)
                                .toList()))
                .toList();
        List<ActorView> placedActors =
                actors.list().stream().filter(ActorView::placed).toList();
        return new PlacesPage(participants.getWithoutAudit(participant), lines, members, placedActors);
    }

    /** What a place's own page shows: the participant, the place, and the members the form offers as companions. */
    public record EditPage(ParticipantView participant, Place place, Map<UUID, String> members) {}

    /** A place's page, read with one audit row for the place and one for the network map's member names. */
    public EditPage editPage(ParticipantId participant, UUID id) {
        requireVisible(participant);
        audit.record(Action.READ, SUBJECT, List.of(participant.value()));
        Place place = places.find(participant, id).orElseThrow(() -> new NotFound("Place"));
        return new EditPage(participants.getWithoutAudit(participant), place, memberNames(participant));
    }

    private Map<UUID, String> memberNames(ParticipantId participant) {
        Map<UUID, String> members = new LinkedHashMap<>();
        for (MapDocument.MemberEntry member :
                networkMaps.workingCopy(participant).members()) {
            members.put(member.id(), member.name());
        }
        return members;
    }

    /** The ids of the network map's members, read (and audited) only when the input names companions. */
    private Set<UUID> membersFor(ParticipantId participant, Place.Input input) {
        boolean companions =
                input.companions() != null && input.companions().stream().anyMatch(c -> c != null && !c.isBlank());
        if (!companions) {
            return Set.of();
        }
        return memberNames(participant).keySet();
    }

    /** Those of {@code participants} the signed-in person may see and work with, in their order; one query. */
    private Set<ParticipantId> visibleOf(Collection<ParticipantId> participants) {
        SignedInUser me = Tenancy.requireUser();
        if (me.organisationId() == null || participants.isEmpty()) {
            return Set.of();
        }
        Set<ParticipantId> visible = new LinkedHashSet<>(participants);
        visible.retainAll(this.participants.workableAmong(participants));
        return visible;
    }

    private SignedInUser requireVisible(ParticipantId participant) {
        SignedInUser me = Tenancy.requireUser();
        if (me.organisationId() == null || !participants.isVisible(participant)) {
            throw new NotFound("Participant");
        }
        return me;
    }
}

package be.brugwerk.places;

import be.brugwerk.network.MapDocument;
import be.brugwerk.network.NetworkMapManagement;
import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.AuditTrail.Action;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final AuditTrail audit;
    private final Clock clock;

    PlaceManagement(
            Places places,
            ParticipantManagement participants,
            NetworkMapManagement networkMaps,
            AuditTrail audit,
            Clock clock) {
        this.places = places;
        this.participants = participants;
        this.networkMaps = networkMaps;
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
        SignedInUser me = requireVisible(participant);
        Place place = Place.add(participant, input, LocatedBy.PICKED, membersFor(participant, input));
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
            throw new VersionConflict("This place");
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
            throw new VersionConflict("This place");
        }
        audit.record(Action.DELETE, SUBJECT, List.of(participant.value()));
    }

    /** A place on the page: the place and the names of those who go there with the participant, in its order. */
    public record PlaceLine(Place place, List<String> companions) {}

    /**
     * What the places page shows: the participant, their places with their companions' names, and the members of their
     * network map (id to name) that the form offers as companions.
     */
    public record PlacesPage(ParticipantView participant, List<PlaceLine> places, Map<UUID, String> members) {}

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
        return new PlacesPage(participants.getWithoutAudit(participant), lines, members);
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

    private SignedInUser requireVisible(ParticipantId participant) {
        SignedInUser me = Tenancy.requireUser();
        if (me.organisationId() == null || !participants.isVisible(participant)) {
            throw new NotFound("Participant");
        }
        return me;
    }
}

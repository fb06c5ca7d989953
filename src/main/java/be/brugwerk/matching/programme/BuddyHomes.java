package be.brugwerk.matching.programme;

import be.brugwerk.neighbourhood.Address;
import be.brugwerk.neighbourhood.Geocoder;
import be.brugwerk.people.AuditTrail;
import be.brugwerk.places.LocatedBy;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a buddy lives, as a point the matching measures straight-line distances from (docs/matching-engine.md): set by
 * the programme's coordinators, picked on the map or found by address through the organisation's geocoder under the
 * same rules as a participant's places (docs/places.md): only the address is sent, never a name; a buddy's address is
 * a home, so it goes only to a geocoder the organisation marked as its own; every look-up writes an audit row before
 * anything is sent; when there is no such geocoder or it fails, the page says so and the point is picked on the map.
 * The address is not kept, only the point and how it was found. A point outside Belgium is refused naming the field.
 * Every read and change writes one audit row; a change names the version it read (a stale one is a 409).
 */
@Service
@Transactional
public class BuddyHomes {

    private static final AuditTrail.Subject SUBJECT = AuditTrail.Subject.BUDDY;

    private final ProgrammeAccess access;
    private final Buddies buddies;
    private final Geocoder geocoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    BuddyHomes(
            ProgrammeAccess access,
            Buddies buddies,
            Geocoder geocoder,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.access = access;
        this.buddies = buddies;
        this.geocoder = geocoder;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Throws {@link NotFound} unless the signed-in person coordinates the programme and the buddy is one of its own.
     * Asked before a request's input is read (ADR 0006); no audit row.
     */
    @Transactional(readOnly = true)
    public void checkAccess(UUID programme, UUID buddy) {
        buddyOf(programme, buddy);
    }

    /** The buddy with their point, for the page and the API (one audit row). */
    public BuddyView get(UUID programme, UUID buddy) {
        BuddyView found = buddyOf(programme, buddy);
        audit.record(AuditTrail.Action.READ, SUBJECT, List.of(buddy));
        return found;
    }

    /**
     * Sets where the buddy lives: a point picked on the map, or the candidate of the organisation's geocoder that the
     * coordinator chose.
     *
     * @throws Refusal on {@code latitude} when the point is missing or lies outside Belgium, on {@code locatedBy} when it is neither
     *     PICKED nor GEOCODER; nothing is stored then
     * @throws VersionConflict when the point was changed since {@code readVersion}
     */
    public void set(
            UUID programme, UUID buddy, Double latitude, Double longitude, LocatedBy locatedBy, int readVersion) {
        SignedInUser me = Tenancy.requireUser();
        buddyOf(programme, buddy);
        if (locatedBy != LocatedBy.PICKED && locatedBy != LocatedBy.GEOCODER) {
            throw Refusal.tampered("locatedBy", "places.unknownCode");
        }
        if (latitude == null || longitude == null) {
            throw new Refusal("latitude", "places.pointRequired");
        }
        GeoPoint point = GeoPoint.inBelgium("latitude", latitude, longitude);
        if (!buddies.home(programme, buddy, point, locatedBy, readVersion, me.accountId(), clock.instant())) {
            throw new VersionConflict("matching.conflict.buddyHome");
        }
        audit.record(AuditTrail.Action.UPDATE, SUBJECT, List.of(buddy));
    }

    /**
     * Removes the buddy's point as it was at {@code readVersion}: the matching falls back to their neighbourhood.
     *
     * @throws VersionConflict when the point was changed since
     */
    public void remove(UUID programme, UUID buddy, int readVersion) {
        SignedInUser me = Tenancy.requireUser();
        buddyOf(programme, buddy);
        if (!buddies.home(programme, buddy, null, null, readVersion, me.accountId(), clock.instant())) {
            throw new VersionConflict("matching.conflict.buddyHome");
        }
        audit.record(AuditTrail.Action.UPDATE, SUBJECT, List.of(buddy));
    }

    /**
     * Looks the buddy's address up with the organisation's geocoder: the address only is sent, and only to a geocoder
     * that is the organisation's own, since it is where someone lives. One audit row (a search on the buddy) is written
     * before anything is sent; the call to the geocoder runs outside any transaction.
     *
     * @throws Refusal on the address's part at fault, or on {@code postcode} when the geocoder knows no such address
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Geocoder.Lookup lookup(
            UUID programme, UUID buddy, String street, String number, String postcode, String town) {
        transaction.executeWithoutResult(tx -> buddyOf(programme, buddy));
        Address address = Address.of(street, number, postcode, town);
        transaction.executeWithoutResult(tx -> audit.record(AuditTrail.Action.SEARCH, SUBJECT, List.of(buddy)));
        return geocoder.search(address, true);
    }

    /** Whether the organisation set a geocoder: the page says how the point can be found. */
    @Transactional(readOnly = true)
    public boolean geocoderAvailable() {
        return geocoder.available();
    }

    private BuddyView buddyOf(UUID programme, UUID buddy) {
        access.coordinated(programme);
        return buddies.find(programme, buddy).orElseThrow(() -> new NotFound("Buddy"));
    }
}

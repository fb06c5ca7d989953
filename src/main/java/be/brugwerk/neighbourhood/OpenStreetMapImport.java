package be.brugwerk.neighbourhood;

import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.AuditTrail.Action;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.OutsideServices;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the organisation's map from OpenStreetMap: the points of interest within a radius of a centre, fetched from the
 * Overpass-compatible URL the organisation set (none by default). An actor seen before (same OpenStreetMap id) is
 * refreshed: its source's facts and fetch date are rewritten, never what the organisation added ({@link SourcedActors}). All or nothing: a
 * server that fails, cannot be reached or answers what cannot be read changes nothing and says why. Coordinators and
 * organisation admins only; one audit row names every actor added or refreshed. The fetch runs outside any
 * transaction, so a slow or silent server never holds a pooled connection.
 */
@Service
public class OpenStreetMapImport {

    /** Smallest and largest radius asked for: a street's worth, and a town's. */
    public static final int MIN_RADIUS_METRES = 100;

    public static final int MAX_RADIUS_METRES = 5000;

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final SourcedActors sourced;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate transaction;
    private final OutsideServices outside;
    private final HttpClient http;

    OpenStreetMapImport(
            SourcedActors sourced,
            JdbcClient jdbc,
            AuditTrail audit,
            PlatformTransactionManager transactions,
            OutsideServices outside) {
        this.sourced = sourced;
        this.outside = outside;
        this.http = outside.client(Duration.ofSeconds(10));
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The organisation's outside servers: its Overpass URL and its geocoder's URL (each null when none is set),
     * whether the geocoder is the organisation's own (see {@link Geocoder}), and the version of these settings (0
     * before any).
     */
    public record Settings(String overpassUrl, String geocoderUrl, boolean geocoderOwn, int version) {}

    @Transactional(readOnly = true)
    public Settings settings() {
        SignedInUser me = Tenancy.requireRole(ActorManagement.EDITORS);
        return read(jdbc, me.organisationId());
    }

    static Settings read(JdbcClient jdbc, UUID organisation) {
        return jdbc.sql("""
                        select overpass_url, geocoder_url, geocoder_own, version from neighbourhood_settings
                        where organisation_id = ?""")
                .param(organisation)
                .query((row, n) -> new Settings(row.getString(1), row.getString(2), row.getBoolean(3), row.getInt(4)))
                .optional()
                .orElse(new Settings(null, null, false, 0));
    }

    /**
     * Sets (or, blank, clears) the Overpass URL and the geocoder's URL, and whether the geocoder is the organisation's
     * own, made on settings version {@code readVersion}.
     *
     * @throws Refusal on {@code overpassUrl} or {@code geocoderUrl} when it is not an https address of a server
     * @throws VersionConflict when the settings were changed since
     */
    @Transactional
    public void saveSettings(String overpassTyped, String geocoderTyped, boolean geocoderOwn, int readVersion) {
        SignedInUser me = Tenancy.requireRole(ActorManagement.EDITORS);
        String overpass = outside.checkUrl("overpassUrl", overpassTyped);
        String geocoder = outside.checkUrl("geocoderUrl", geocoderTyped);
        boolean own = geocoder != null && geocoderOwn;
        int updated = readVersion == 0
                ? jdbc.sql("""
                        insert into neighbourhood_settings (organisation_id, overpass_url, geocoder_url, geocoder_own,
                            version)
                        values (?, ?, ?, ?, 1) on conflict (organisation_id) do nothing""")
                        .params(me.organisationId(), overpass, geocoder, own)
                        .update()
                : jdbc.sql("""
                        update neighbourhood_settings
                        set overpass_url = ?, geocoder_url = ?, geocoder_own = ?, version = version + 1
                        where organisation_id = ? and version = ?""")
                        .params(overpass, geocoder, own, me.organisationId(), readVersion)
                        .update();
        if (updated != 1) {
            throw new VersionConflict("neighbourhood.conflict.osmSettings");
        }
        audit.record(Action.UPDATE, AuditTrail.Subject.ORGANISATION, List.of(me.organisationId()));
    }

    /** How many actors an import added, and how many it refreshed. */
    public record Imported(int added, int refreshed) {}

    /**
     * Fetches the points of interest within {@code radiusMetres} of {@code centre} and adds or refreshes them.
     *
     * @throws Refusal naming {@code radius} or {@code overpassUrl} (none set, unreachable, failing, unreadable) or the
     *     element at fault; nothing is changed then
     */
    public Imported around(GeoPoint centre, int radiusMetres) {
        // the signed-in person is resolved before any connection is held (it may read the session store)
        SignedInUser me = Tenancy.requireRole(ActorManagement.EDITORS);
        if (radiusMetres < MIN_RADIUS_METRES || radiusMetres > MAX_RADIUS_METRES) {
            throw new Refusal("radius", "neighbourhood.osm.radiusRange", MIN_RADIUS_METRES, MAX_RADIUS_METRES);
        }
        String url = readOnly.execute(tx -> settings()).overpassUrl();
        if (url == null) {
            throw new Refusal("overpassUrl", "neighbourhood.osm.noUrl");
        }
        List<OverpassAnswer.Poi> pois;
        try {
            pois = OverpassAnswer.read(fetch(url, OverpassAnswer.query(centre, radiusMetres)));
        } catch (Refusal unreadable) {
            throw "answer".equals(unreadable.field())
                    ? new Refusal("overpassUrl", "neighbourhood.osm.unreadable")
                    : unreadable;
        }
        return transaction.execute(tx -> store(me, pois));
    }

    /** Adds the points of interest not seen before and refreshes the others, in one transaction. */
    private Imported store(SignedInUser me, List<OverpassAnswer.Poi> pois) {
        SourcedActors.Stored stored = sourced.store(
                me,
                ActorSource.OPENSTREETMAP,
                pois.stream()
                        .map(poi -> new SourcedActors.Sourced(poi.sourceId(), poi.facts()))
                        .toList());
        return new Imported(stored.added(), stored.refreshed());
    }

    /** The server's answer to the query, sent as Overpass takes it: a form field {@code data}. */
    private String fetch(String url, String query) {
        URI server = URI.create(url);
        outside.checkPublic("overpassUrl", server); // right before the call: the host may resolve otherwise by now
        HttpRequest request = HttpRequest.newBuilder(server)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("data=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new Refusal("overpassUrl", "neighbourhood.osm.failed", answer.statusCode());
            }
            return answer.body();
        } catch (IOException unreachable) {
            throw new Refusal("overpassUrl", "neighbourhood.osm.unreachable");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Refusal("overpassUrl", "neighbourhood.osm.unreachable");
        }
    }
}

package be.brugwerk.neighbourhood;

import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.AuditTrail.Action;
import be.brugwerk.system.GeoPoint;
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
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * refreshed: its source's facts and fetch date are rewritten, never what the organisation added. All or nothing: a
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

    private final Actors actors;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate transaction;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    OpenStreetMapImport(
            Actors actors, JdbcClient jdbc, AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
        this.actors = actors;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The organisation's Overpass URL (null when none is set) and the version of its settings (0 before any). */
    public record Settings(String overpassUrl, int version) {}

    @Transactional(readOnly = true)
    public Settings settings() {
        SignedInUser me = Tenancy.requireRole(ActorManagement.EDITORS);
        return jdbc.sql("select overpass_url, version from neighbourhood_settings where organisation_id = ?")
                .param(me.organisationId())
                .query((row, n) -> new Settings(row.getString(1), row.getInt(2)))
                .optional()
                .orElse(new Settings(null, 0));
    }

    /**
     * Sets (or, blank, clears) the Overpass URL, made on settings version {@code readVersion}.
     *
     * @throws Refusal on {@code overpassUrl} when it is not an http(s) address of a server
     * @throws VersionConflict when the settings were changed since
     */
    @Transactional
    public void saveOverpassUrl(String typed, int readVersion) {
        SignedInUser me = Tenancy.requireRole(ActorManagement.EDITORS);
        String url = overpassUrl(typed);
        int updated = readVersion == 0
                ? jdbc.sql("""
                        insert into neighbourhood_settings (organisation_id, overpass_url, version) values (?, ?, 1)
                        on conflict (organisation_id) do nothing""").params(me.organisationId(), url).update()
                : jdbc.sql("""
                        update neighbourhood_settings set overpass_url = ?, version = version + 1
                        where organisation_id = ? and version = ?""").params(url, me.organisationId(), readVersion).update();
        if (updated != 1) {
            throw new VersionConflict("These settings");
        }
        audit.record(Action.UPDATE, AuditTrail.Subject.ORGANISATION, List.of(me.organisationId()));
    }

    private static String overpassUrl(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String url = typed.strip();
        try {
            URI uri = URI.create(url);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getUserInfo() != null || url.length() > 300) {
                throw new Refusal("overpassUrl", "neighbourhood.osm.urlInvalid");
            }
        } catch (IllegalArgumentException notAUri) {
            throw new Refusal("overpassUrl", "neighbourhood.osm.urlInvalid");
        }
        return url;
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
        LocalDate today = LocalDate.now(clock);
        int added = 0;
        int refreshed = 0;
        List<UUID> ids = new ArrayList<>();
        for (OverpassAnswer.Poi poi : pois) {
            var known = actors.fromSource(me.organisationId(), ActorSource.OPENSTREETMAP, poi.sourceId());
            if (known.isPresent()) {
                Actor actor = known.get();
                actor.refresh(poi.facts(), today);
                actors.update(me.organisationId(), actor, me.accountId(), clock.instant());
                ids.add(actor.id());
                refreshed++;
            } else {
                Actor actor = Actor.imported(
                        UUID.randomUUID(), ActorSource.OPENSTREETMAP, poi.sourceId(), today, poi.facts());
                actors.insert(me.organisationId(), actor, me.accountId(), clock.instant());
                ids.add(actor.id());
                added++;
            }
        }
        if (!ids.isEmpty()) {
            audit.record(Action.CREATE, AuditTrail.Subject.NEIGHBOURHOOD_ACTOR, ids);
        }
        return new Imported(added, refreshed);
    }

    /** The server's answer to the query, sent as Overpass takes it: a form field {@code data}. */
    private String fetch(String url, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
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

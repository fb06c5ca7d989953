package be.brugwerk.neighbourhood;

import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.OutsideServices;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns an address into candidate points through the geocoder the organisation set: a Nominatim-compatible search URL
 * (none by default, then nothing is sent anywhere). The geocoder is sent the address only (street, house number,
 * postcode, municipality), never a name. A home address is sent only to a geocoder the organisation marked as its
 * own, that is run by the organisation or for it under a processing agreement: to any other it is never sent, and
 * the home is picked on the map instead. When no geocoder is set, or it fails, cannot be reached or is not a public
 * server, the answer says which, and the place is picked on the map: there is no postcode centre to fall back on
 * (docs/places.md). Readers of the organisation's actors may look up; the call runs outside any transaction.
 */
@Service
public class Geocoder {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final OutsideServices outside;
    private final TransactionTemplate readOnly;
    private final HttpClient http;

    Geocoder(JdbcClient jdbc, OutsideServices outside, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.outside = outside;
        this.http = outside.client(Duration.ofSeconds(5));
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** A point the geocoder proposes for the address, with the label it gives it. */
    public record Candidate(String label, GeoPoint point) {}

    /** How a look-up went: what the page tells the person. */
    public enum Outcome {
        /** The geocoder answered with at least one candidate in Belgium. */
        FOUND,
        /** The organisation set no geocoder. */
        NONE_SET,
        /** A home address, and the geocoder is not the organisation's own: nothing was sent. */
        HOME_NOT_SENT,
        /** The geocoder answered with an error, or with something that is not a search answer. */
        FAILED,
        /** The geocoder could not be reached in time, or its host does not resolve. */
        UNREACHABLE,
        /** The geocoder's host resolves to an address inside the network: nothing was sent. */
        NOT_PUBLIC
    }

    /** The outcome, and the candidates when found. */
    public record Lookup(Outcome outcome, List<Candidate> candidates) {

        public Lookup {
            candidates = List.copyOf(candidates);
        }

        static Lookup not(Outcome outcome) {
            return new Lookup(outcome, List.of());
        }
    }

    /** Whether the organisation set a geocoder (the pages say so before anyone types an address). */
    public boolean available() {
        SignedInUser me = Tenancy.requireRole(ActorManagement.READERS);
        return readOnly.execute(tx -> OpenStreetMapImport.read(jdbc, me.organisationId()))
                        .geocoderUrl()
                != null;
    }

    /**
     * Looks {@code address} up; {@code home} says that it is where someone lives.
     *
     * @throws Refusal on {@code postcode} when the geocoder knows no such address (an unknown postcode, a street not in
     *     it): nothing to choose from
     */
    public Lookup search(Address address, boolean home) {
        SignedInUser me = Tenancy.requireRole(ActorManagement.READERS);
        OpenStreetMapImport.Settings settings =
                readOnly.execute(tx -> OpenStreetMapImport.read(jdbc, me.organisationId()));
        if (settings.geocoderUrl() == null) {
            return Lookup.not(Outcome.NONE_SET);
        }
        if (home && !settings.geocoderOwn()) {
            return Lookup.not(Outcome.HOME_NOT_SENT);
        }
        URI query = GeocoderAnswer.query(settings.geocoderUrl(), address);
        try {
            outside.checkPublic("geocoderUrl", query);
        } catch (Refusal refused) {
            return Lookup.not(
                    "outside.notPublic".equals(refused.messageKey()) ? Outcome.NOT_PUBLIC : Outcome.UNREACHABLE);
        }
        HttpResponse<String> answer;
        try {
            answer = http.send(
                    HttpRequest.newBuilder(query)
                            .timeout(TIMEOUT)
                            .header("Accept", "application/json")
                            // Nominatim's usage policy asks every application to name itself
                            .header("User-Agent", "Brugwerk")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            return Lookup.not(Outcome.UNREACHABLE);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Lookup.not(Outcome.UNREACHABLE);
        }
        if (answer.statusCode() != 200) {
            return Lookup.not(Outcome.FAILED);
        }
        List<Candidate> candidates;
        try {
            candidates = GeocoderAnswer.read(answer.body());
        } catch (Refusal unreadable) {
            return Lookup.not(Outcome.FAILED);
        }
        if (candidates.isEmpty()) {
            throw new Refusal("postcode", "geocoder.noResult");
        }
        return new Lookup(Outcome.FOUND, candidates);
    }
}

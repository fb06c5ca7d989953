package be.brugwerk.neighbourhood;

import be.brugwerk.system.Refusal;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the organisation's map with the care and welfare providers of De Sociale Kaart, from a file the organisation
 * exported there ({@link SocialeKaartFile}, docs/neighbourhood.md). All or nothing: a fault anywhere in the file
 * refuses it whole, naming the line and the column, and nothing is stored. A provider imported before (same id in De
 * Sociale Kaart) is refreshed: its name, kind, address, place, phone, e-mail address, website and opening hours are the
 * file's again, never what the organisation added. A provider's place is the file's; when the file gives none and
 * the provider has none yet, its address (never its name) is looked up through the organisation's geocoder when one
 * is set; otherwise it is left to be picked on the map. Coordinators and organisation admins only. The look-ups run
 * outside any transaction, so a slow geocoder never holds a pooled connection.
 */
@Service
public class SocialeKaartImport {

    private final SourcedActors sourced;
    private final Geocoder geocoder;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate transaction;

    SocialeKaartImport(SourcedActors sourced, Geocoder geocoder, PlatformTransactionManager transactions) {
        this.sourced = sourced;
        this.geocoder = geocoder;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * How many providers the file added and refreshed, how many of its providers were placed through the geocoder,
     * and how many are not on the map yet (to be picked).
     */
    public record Imported(int added, int refreshed, int geocoded, int unplaced) {}

    /**
     * Adds the file's providers not imported before and refreshes the others.
     *
     * @throws Refusal on {@code file} naming the line and the column at fault, or that there is no file (none or
     *     empty); nothing is stored then
     */
    public Imported file(byte[] content) {
        // the signed-in person is resolved before any connection is held (it may read the session store)
        SignedInUser me = Tenancy.requireRole(ActorManagement.EDITORS);
        if (content == null || content.length == 0) {
            throw new Refusal("file", "neighbourhood.sk.fileRequired");
        }
        List<SocialeKaartFile.Provider> providers = SocialeKaartFile.read(content);
        Set<String> placed = readOnly.execute(tx -> sourced.placed(me.organisationId(), ActorSource.SOCIALE_KAART));
        List<SourcedActors.Sourced> found = new ArrayList<>(providers.size());
        int geocoded = 0;
        boolean lookUp = true;
        for (SocialeKaartFile.Provider provider : providers) {
            Actor.Facts facts = provider.facts();
            if (lookUp && facts.point() == null && !placed.contains(provider.sourceId())) {
                Geocoder.Lookup lookup = lookUp(provider.address());
                if (lookup.outcome() == Geocoder.Outcome.FOUND) {
                    facts = facts.placedAt(lookup.candidates().get(0).point());
                    geocoded++;
                } else if (lookup.outcome() != Geocoder.Outcome.FAILED) {
                    // none set, unreachable or not public: asking again for the next provider would go the same way
                    lookUp = false;
                }
            }
            found.add(new SourcedActors.Sourced(provider.sourceId(), facts));
        }
        SourcedActors.Stored stored = transaction.execute(tx -> sourced.store(me, ActorSource.SOCIALE_KAART, found));
        return new Imported(stored.added(), stored.refreshed(), geocoded, stored.unplaced());
    }

    /** The geocoder's candidates for a provider's address (not a home: a public geocoder may be asked). */
    private Geocoder.Lookup lookUp(Address address) {
        try {
            return geocoder.search(address, false);
        } catch (Refusal unknownAddress) {
            // the geocoder knows no such address: the provider is picked on the map
            return new Geocoder.Lookup(Geocoder.Outcome.FAILED, List.of());
        }
    }
}

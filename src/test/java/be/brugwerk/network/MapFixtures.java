package be.brugwerk.network;

import be.brugwerk.network.MapDocument.MemberEntry;
import be.brugwerk.network.analysis.CapitalType;
import be.brugwerk.network.analysis.ContactFrequency;
import be.brugwerk.network.analysis.Level;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.network.analysis.Valence;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Members of a participant's map for tests, in the map's words; what a test does not name is weekly and supportive. */
public final class MapFixtures {

    private MapFixtures() {}

    /**
     * A member on {@code ring} of the {@code category} sector, giving or receiving {@code support}, with its
     * {@code status} since {@code since} (null: no date); weekly contact, supportive, bonding, in the city.
     */
    public static MemberEntry member(
            UUID id,
            String name,
            RelationCategory category,
            Ring ring,
            Map<SupportFunction, SupportDirection> support,
            RelationshipStatus status,
            LocalDate since) {
        return new MemberEntry(
                id,
                name,
                category,
                ring,
                ContactFrequency.WEEKLY,
                support,
                Valence.SUPPORTIVE,
                status,
                since,
                null,
                CapitalType.BONDING,
                Level.CITY,
                false,
                null,
                null);
    }
}

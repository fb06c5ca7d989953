package be.brugwerk.network;

import be.brugwerk.network.MapDocument.MemberEntry;
import be.brugwerk.network.analysis.CapitalType;
import be.brugwerk.network.analysis.ContactFrequency;
import be.brugwerk.network.analysis.Level;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.Valence;
import be.brugwerk.network.map.NetworkMaps;
import be.brugwerk.network.map.WorkingCopy;
import be.brugwerk.people.ParticipantId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A neighbourhood actor whose valued role the participant took joins their map as a light tie: on the outer ring,
 * weekly, supportive, bridging, in the neighbourhood, formal, under the actor's name only (never a contact person),
 * in a new version of the working copy. Called by the roles module's reaction to a taking that started, inside the
 * event's organisation and only when the participant agreed; once per member id, however often it is called. When the
 * taking ends, the member becomes dormant.
 */
@Service
public class ActorTies {

    private final NetworkMaps maps;
    private final Clock clock;

    ActorTies(NetworkMaps maps, Clock clock) {
        this.maps = maps;
        this.clock = clock;
    }

    /**
     * Adds the actor as member {@code member} unless the map has that member already; answers whether it added it.
     *
     * @param by the account the change is recorded as made by (who recorded the start)
     */
    @Transactional
    public boolean addLightTie(
            UUID organisation,
            ParticipantId participant,
            UUID member,
            String name,
            RelationCategory category,
            UUID by) {
        WorkingCopy copy = maps.load(participant);
        MapDocument read = copy.asRead();
        if (read.members().stream().anyMatch(m -> m.id().equals(member))) {
            return false;
        }
        List<MemberEntry> members = new ArrayList<>(read.members());
        members.add(new MemberEntry(
                member,
                name.length() > 100 ? name.substring(0, 100) : name,
                category,
                Ring.OUTER,
                ContactFrequency.WEEKLY,
                Map.of(),
                Valence.SUPPORTIVE,
                RelationshipStatus.ACTIVE,
                null,
                null,
                CapitalType.BRIDGING,
                Level.NEIGHBOURHOOD,
                true,
                true,
                null));
        copy.redraw(new MapDocument(read.version(), members, read.ties()), LocalDate.now(clock));
        maps.save(organisation, copy, by, clock.instant());
        return true;
    }

    /**
     * Makes member {@code member} dormant since {@code since} (today when that is later), in a new version of the
     * working copy, while it is still active: a member the coach removed, or whose status they changed, stays as it
     * is. Answers whether it changed it.
     *
     * @param by the account the change is recorded as made by (who recorded the end)
     */
    @Transactional
    public boolean makeDormant(UUID organisation, ParticipantId participant, UUID member, LocalDate since, UUID by) {
        WorkingCopy copy = maps.load(participant);
        MapDocument read = copy.asRead();
        LocalDate today = LocalDate.now(clock);
        List<MemberEntry> members = new ArrayList<>(read.members());
        for (int i = 0; i < members.size(); i++) {
            MemberEntry m = members.get(i);
            if (m.id().equals(member) && m.status() == RelationshipStatus.ACTIVE) {
                members.set(i, m.withStatus(RelationshipStatus.DORMANT, since.isAfter(today) ? today : since));
                copy.redraw(new MapDocument(read.version(), members, read.ties()), today);
                maps.save(organisation, copy, by, clock.instant());
                return true;
            }
        }
        return false;
    }
}

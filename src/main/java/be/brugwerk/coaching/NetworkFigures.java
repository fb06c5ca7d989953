package be.brugwerk.coaching;

import java.time.Instant;
import java.util.UUID;

import be.brugwerk.network.MapDocument;
import be.brugwerk.network.analysis.NetworkAnalysis;
import be.brugwerk.network.analysis.NetworkAnalyser;
import be.brugwerk.people.ParticipantId;

/**
 * The main figures of one version of a participant's map, as shown beside the scores: members, active members,
 * members of the natural (informal) network, and Burt's effective size (null when undefined, for an empty map).
 */
public record NetworkFigures(UUID version, Instant takenAt, int members, int activeMembers, int informal,
        Double effectiveSize) {

    public static NetworkFigures of(UUID version, Instant takenAt, MapDocument map, ParticipantId participant) {
        NetworkAnalysis analysis = new NetworkAnalyser().analyse(map.toEngine(participant.toString()));
        return new NetworkFigures(version, takenAt, analysis.composition().members(),
                analysis.composition().activeMembers(), analysis.composition().informal(),
                analysis.structure().effectiveSize().isPresent() ? analysis.structure().effectiveSize().getAsDouble()
                        : null);
    }
}

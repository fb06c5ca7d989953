package be.brugwerk.coaching;

import be.brugwerk.network.MapDocument;
import be.brugwerk.network.analysis.FunctionSupport;
import be.brugwerk.network.analysis.NetworkAnalyser;
import be.brugwerk.network.analysis.NetworkAnalysis;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.people.ParticipantId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * The main figures of one version of a participant's map, as shown beside the scores: members, active members,
 * members of the natural (informal) network, and Burt's effective size (null when undefined, for an empty map);
 * {@code functions} holds, per support function, how many members carry it (informal and professional, in any
 * direction).
 */
public record NetworkFigures(
        UUID version,
        Instant takenAt,
        int members,
        int activeMembers,
        int informal,
        Double effectiveSize,
        Map<SupportFunction, Integer> functions) {

    public NetworkFigures {
        functions = Map.copyOf(functions);
    }

    public static NetworkFigures of(UUID version, Instant takenAt, MapDocument map, ParticipantId participant) {
        NetworkAnalysis analysis = new NetworkAnalyser().analyse(map.toEngine(participant.toString()));
        Map<SupportFunction, Integer> functions = new EnumMap<>(SupportFunction.class);
        for (FunctionSupport function : analysis.support().functions()) {
            functions.put(function.function(), function.informalMembers() + function.formalMembers());
        }
        return new NetworkFigures(
                version,
                takenAt,
                analysis.composition().members(),
                analysis.composition().activeMembers(),
                analysis.composition().informal(),
                analysis.structure().effectiveSize().isPresent()
                        ? analysis.structure().effectiveSize().getAsDouble()
                        : null,
                functions);
    }

    /** How many members carry {@code function}. */
    public int carrying(SupportFunction function) {
        return functions.getOrDefault(function, 0);
    }
}

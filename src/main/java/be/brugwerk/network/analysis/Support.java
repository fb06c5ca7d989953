package be.brugwerk.network.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which support functions the network carries, by whom and in which direction, and how much the
 * participant gives and receives. Covers every recorded relationship, whatever its status. O(m) for m
 * members.
 *
 * @param functions one entry per support function, in declaration order
 * @param reciprocity give and take over all recorded relationships
 */
public record Support(List<FunctionSupport> functions, Reciprocity reciprocity) {

    public Support {
        functions = List.copyOf(functions);
    }

    static Support of(NetworkMap map) {
        Collection<Relationship> recorded = map.recordedRelationships().values();
        List<FunctionSupport> functions = new ArrayList<>();
        for (SupportFunction function : SupportFunction.values()) {
            Map<SupportDirection, Integer> informal = Tally.count(
                    SupportDirection.class,
                    recorded.stream()
                            .filter(relationship -> !relationship.formal())
                            .flatMap(relationship -> relationship.direction(function).stream())
                            .toList(),
                    Function.identity());
            int formal = (int) recorded.stream()
                    .filter(relationship -> relationship.formal()
                            && relationship.direction(function).isPresent())
                    .count();
            int receives = informal.get(SupportDirection.RECEIVES);
            int gives = informal.get(SupportDirection.GIVES);
            int both = informal.get(SupportDirection.BOTH);
            functions.add(new FunctionSupport(function, receives + gives + both, receives, gives, both, formal));
        }
        return new Support(functions, reciprocityOf(recorded));
    }

    private static Reciprocity reciprocityOf(Collection<Relationship> recorded) {
        int onlyReceives = 0;
        int onlyGives = 0;
        int both = 0;
        int withoutSupport = 0;
        int given = 0;
        int received = 0;
        for (Relationship relationship : recorded) {
            boolean receives = relationship.participantReceivesAny();
            boolean gives = relationship.participantGivesAny();
            if (receives && gives) {
                both++;
            } else if (receives) {
                onlyReceives++;
            } else if (gives) {
                onlyGives++;
            } else {
                withoutSupport++;
            }
            for (SupportDirection direction : relationship.support().values()) {
                given += direction.participantGives() ? 1 : 0;
                received += direction.participantReceives() ? 1 : 0;
            }
        }
        return new Reciprocity(onlyReceives, onlyGives, both, withoutSupport, given, received);
    }

    /** The entry for {@code function}. */
    public FunctionSupport of(SupportFunction function) {
        return functions.stream()
                .filter(entry -> entry.function() == function)
                .findFirst()
                .orElseThrow();
    }

    /** The functions carried only by professionals. */
    public List<SupportFunction> onlyProfessional() {
        return carried(Coverage.PROFESSIONAL_ONLY);
    }

    /** The functions nobody on the map is involved in. */
    public List<SupportFunction> carriedByNobody() {
        return carried(Coverage.NOBODY);
    }

    private List<SupportFunction> carried(Coverage coverage) {
        return functions.stream()
                .filter(entry -> entry.coverage() == coverage)
                .map(FunctionSupport::function)
                .toList();
    }
}

package be.brugwerk.network.analysis;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable snapshot of one participant's personal network map (netwerkkaart): the participant in the
 * centre, the members around them and the ties among the members. This is the engine's input vocabulary.
 *
 * <p>Checked up front, in O(m + t) for m members and t ties: member ids are unique, every tie joins two
 * distinct known members, and no pair of members is tied twice (in either order). A violation throws an
 * {@link InvalidNetworkMap} naming the element.
 *
 * @param participant the participant's identifier (the ego)
 * @param members the members, in the order the map lists them
 * @param ties the ties among members
 */
public record NetworkMap(String participant, List<Member> members, List<Tie> ties) {

    public NetworkMap {
        Objects.requireNonNull(participant, "participant");
        members = List.copyOf(members);
        ties = List.copyOf(ties);
        Set<String> ids = new HashSet<>();
        for (Member member : members) {
            if (member.id().equals(participant)) {
                throw new InvalidNetworkMap("Member " + member.id() + " is the participant");
            }
            if (!ids.add(member.id())) {
                throw new InvalidNetworkMap("Member id " + member.id() + " appears more than once");
            }
        }
        Set<Set<String>> tiedPairs = new HashSet<>();
        for (Tie tie : ties) {
            for (String end : List.of(tie.first(), tie.second())) {
                if (!ids.contains(end)) {
                    throw new InvalidNetworkMap("Tie " + tie + " names unknown member " + end);
                }
            }
            if (!tiedPairs.add(Set.of(tie.first(), tie.second()))) {
                throw new InvalidNetworkMap("Tie " + tie + " appears more than once");
            }
        }
    }

    /** The recorded relationships, keyed by member id, in map order. */
    Map<String, Relationship> recordedRelationships() {
        Map<String, Relationship> recorded = new LinkedHashMap<>();
        for (Member member : members) {
            member.relationship().ifPresent(relationship -> recorded.put(member.id(), relationship));
        }
        return recorded;
    }
}
